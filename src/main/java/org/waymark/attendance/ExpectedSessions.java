package org.waymark.attendance;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which sessions a placement's timetable asks the provider to mark (domain rule 9: every scheduled session,
 * morning and afternoon). Missing-register flags and attendance reports start from this list.
 *
 * <p>The rule (docs/decisions/0300-expected-sessions.md): a slot makes the <b>morning</b> session expected when
 * it starts before 12:30, and the <b>afternoon</b> session when it ends after 13:30; a slot across the middle of
 * the day gives both. Why: registers are taken at the start of each session, and AP days do not keep school
 * hours (08:30 or 10:00 starts, 12:00–14:00 blocks, 16:00 finishes), so a fixed 09:00–12:00 window would miss
 * real provision. The hour 12:30–13:30 is treated as lunch: a slot wholly inside it expects no session, and
 * a morning slot that runs on to 13:00 does not create an afternoon mark.
 */
public final class ExpectedSessions {

    /** A slot starting before this time needs a morning mark. */
    public static final LocalTime MORNING_STARTS_BEFORE = LocalTime.of(12, 30);
    /** A slot ending after this time needs an afternoon mark. */
    public static final LocalTime AFTERNOON_ENDS_AFTER = LocalTime.of(13, 30);

    private ExpectedSessions() {
    }

    /** The sessions one slot covers, by the rule above. */
    public static Set<Session> coveredBy(WeeklySlot slot) {
        Set<Session> sessions = EnumSet.noneOf(Session.class);
        if (slot.start().isBefore(MORNING_STARTS_BEFORE)) {
            sessions.add(Session.AM);
        }
        if (slot.end().isAfter(AFTERNOON_ENDS_AFTER)) {
            sessions.add(Session.PM);
        }
        return sessions;
    }

    /**
     * The expected sessions from {@code from} to {@code to} inclusive (a placement's start and its planned end
     * or today, whichever is earlier), in date order, morning before afternoon, each once however many slots
     * cover it. Days that are not school days (pass {@code LaCalendar::isSchoolDay}) expect nothing.
     */
    public static List<ExpectedSession> between(Collection<WeeklySlot> timetable, LocalDate from, LocalDate to,
            Predicate<LocalDate> isSchoolDay) {
        List<ExpectedSession> expected = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            Set<Session> sessions = EnumSet.noneOf(Session.class);
            for (WeeklySlot slot : timetable) {
                if (slot.day() == date.getDayOfWeek()) {
                    sessions.addAll(coveredBy(slot));
                }
            }
            if (!sessions.isEmpty() && isSchoolDay.test(date)) {
                for (Session session : sessions) {
                    expected.add(new ExpectedSession(date, session));
                }
            }
        }
        return expected;
    }
}
