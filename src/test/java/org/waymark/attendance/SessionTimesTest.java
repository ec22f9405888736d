package org.waymark.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When an expected session starts and ends, from the slots that cover it (ADR 0302). */
class SessionTimesTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            09:00-15:00             | AM 09:00-12:30, PM 13:30-15:00
            09:00-12:00             | AM 09:00-12:00
            13:00-15:30             | PM 13:00-15:30
            10:00-12:00 08:30-11:00 | AM 08:30-12:00
            08:00-08:55 15:40-17:00 | AM 08:00-08:55, PM 15:40-17:00
            12:00-14:00             | AM 12:00-12:30, PM 13:30-14:00
            12:40-13:20             | ''
            """)
    void sessionTimesComeFromTheSlotsThatCoverThem(String slots, String expected) {
        List<WeeklySlot> timetable = new ArrayList<>();
        for (String s : slots.trim().split("\\s+")) {
            String[] t = s.split("-");
            timetable.add(new WeeklySlot(DayOfWeek.MONDAY, LocalTime.parse(t[0]), LocalTime.parse(t[1])));
        }
        List<String> got = SessionTimes.between(timetable, MONDAY, MONDAY, d -> true).stream()
                .map(t -> t.session() + " " + t.startsAt().toLocalTime() + "-" + t.endsAt().toLocalTime()).toList();
        assertThat(String.join(", ", got)).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest(name = "school day {0} → {1} sessions")
    @CsvSource({"true, 2", "false, 0"})
    void nonSchoolDaysExpectNothing(boolean schoolDay, int sessions) {
        var slot = List.of(new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(15, 0)));
        assertThat(SessionTimes.between(slot, MONDAY, MONDAY.plusDays(6), d -> schoolDay)).hasSize(sessions);
    }
}
