package org.waymark.attendance;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/**
 * An expected session with the times it runs, from the slots that cover it (ADR 0302): a morning session runs
 * from its earliest slot start to the latest end of those slots, cut at 12:30; an afternoon session from its
 * earliest slot start (13:30 for a slot that began in the morning) to the latest end of its slots.
 */
public record SessionTimes(LocalDate date, Session session, LocalDateTime startsAt, LocalDateTime endsAt) {

    /** The expected sessions from {@code from} to {@code to} inclusive with their times, in date order. */
    public static List<SessionTimes> between(Collection<WeeklySlot> timetable, LocalDate from, LocalDate to,
            Predicate<LocalDate> isSchoolDay) {
        List<SessionTimes> out = new ArrayList<>();
        for (ExpectedSession e : ExpectedSessions.between(timetable, from, to, isSchoolDay)) {
            LocalTime start = null;
            LocalTime end = null;
            for (WeeklySlot slot : timetable) {
                if (slot.day() != e.date().getDayOfWeek() || !ExpectedSessions.coveredBy(slot).contains(e.session())) {
                    continue;
                }
                LocalTime s;
                LocalTime t;
                if (e.session() == Session.AM) {
                    s = slot.start();
                    t = slot.end().isAfter(ExpectedSessions.MORNING_STARTS_BEFORE) ? ExpectedSessions.MORNING_STARTS_BEFORE
                            : slot.end();
                } else {
                    s = slot.start().isBefore(ExpectedSessions.MORNING_STARTS_BEFORE)
                            ? ExpectedSessions.AFTERNOON_ENDS_AFTER : slot.start();
                    t = slot.end();
                }
                start = start == null || s.isBefore(start) ? s : start;
                end = end == null || t.isAfter(end) ? t : end;
            }
            out.add(new SessionTimes(e.date(), e.session(), e.date().atTime(start), e.date().atTime(end)));
        }
        return out;
    }
}
