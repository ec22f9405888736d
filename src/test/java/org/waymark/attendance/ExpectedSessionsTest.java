package org.waymark.attendance;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waymark.calendar.EnglishCalendarTemplate;
import org.waymark.calendar.LaCalendar;
import org.waymark.calendar.Term;

class ExpectedSessionsTest {

    @ParameterizedTest(name = "{0}–{1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            09:00 | 15:00 | AM PM
            09:00 | 12:00 | AM
            08:30 | 13:30 | AM
            12:29 | 12:45 | AM
            12:30 | 13:30 | ''
            12:40 | 13:20 | ''
            12:30 | 13:31 | PM
            13:00 | 15:30 | PM
            11:00 | 14:00 | AM PM
            13:30 | 16:00 | PM
            10:00 | 12:30 | AM
            """)
    void sessionsASlotCovers(LocalTime start, LocalTime end, String sessions) {
        List<Session> expected = sessions.isBlank() ? List.of()
                : Arrays.stream(sessions.split(" ")).map(Session::valueOf).toList();
        assertThat(ExpectedSessions.coveredBy(new WeeklySlot(MONDAY, start, end))).containsExactlyElementsOf(expected);
    }

    /** Autumn 2026 in the English template: half term is 26–30 October. */
    @Test
    void sessionsOverARangeWithAHalfTerm() {
        List<WeeklySlot> timetable = List.of(
                slot(MONDAY, "09:00", "15:00"),
                slot(WEDNESDAY, "09:00", "12:00"),
                slot(WEDNESDAY, "10:00", "11:00"),   // a second morning slot: still one morning mark
                slot(THURSDAY, "13:00", "15:30"),
                slot(FRIDAY, "12:40", "13:20"),      // lunchtime only: nothing to mark
                slot(SATURDAY, "09:00", "12:00"));   // not a school day
        assertThat(ExpectedSessions.between(timetable, LocalDate.of(2026, 10, 19), LocalDate.of(2026, 11, 4),
                autumn2026()::isSchoolDay)).containsExactly(
                        expected("2026-10-19", Session.AM), expected("2026-10-19", Session.PM),
                        expected("2026-10-21", Session.AM),
                        expected("2026-10-22", Session.PM),
                        expected("2026-11-02", Session.AM), expected("2026-11-02", Session.PM),
                        expected("2026-11-04", Session.AM));
    }

    @ParameterizedTest(name = "{0} to {1}: {2} sessions")
    @CsvSource({
            "2026-11-23, 2026-11-23, 2",  // one Monday, both sessions
            "2026-11-24, 2026-11-29, 0",  // Tuesday to Sunday: no Monday in range
            "2026-11-22, 2026-11-30, 4",  // both ends inclusive
            "2026-12-01, 2026-11-23, 0",  // end before start
            "2026-12-21, 2027-01-01, 0",  // Christmas holiday
    })
    void onlyDatesInTheRange(LocalDate from, LocalDate to, int count) {
        assertThat(ExpectedSessions.between(List.of(slot(MONDAY, "09:00", "15:00")), from, to,
                autumn2026()::isSchoolDay)).hasSize(count);
    }

    @Test
    void aSlotMustEndAfterItStarts() {
        assertThatThrownBy(() -> slot(MONDAY, "12:00", "12:00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> slot(MONDAY, "15:00", "09:00")).isInstanceOf(IllegalArgumentException.class);
    }

    private static WeeklySlot slot(DayOfWeek day, String start, String end) {
        return new WeeklySlot(day, LocalTime.parse(start), LocalTime.parse(end));
    }

    private static ExpectedSession expected(String date, Session session) {
        return new ExpectedSession(LocalDate.parse(date), session);
    }

    private static LaCalendar autumn2026() {
        var plan = EnglishCalendarTemplate.plan(2026);
        List<Term> terms = plan.terms().stream().map(t -> new Term(UUID.randomUUID(), plan.label(), t.number(),
                t.name(), t.start(), t.end(), 0)).toList();
        var closures = new HashSet<LocalDate>();
        plan.closures().forEach(c -> closures.add(c.day()));
        return new LaCalendar(terms, closures);
    }
}
