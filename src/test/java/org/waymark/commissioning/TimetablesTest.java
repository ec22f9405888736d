package org.waymark.commissioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waymark.calendar.LaCalendar;
import org.waymark.calendar.Term;
import org.waymark.shared.Problems;

class TimetablesTest {

    /** "MONDAY 09:00-15:00; TUESDAY 13:00-15:30" → slots at the provider. */
    static List<TimetableSlot> slots(String spec) {
        List<TimetableSlot> list = new ArrayList<>();
        if (spec == null || spec.isBlank()) {
            return list;
        }
        for (String part : spec.split(";")) {
            String[] dayTimes = part.trim().split(" ");
            String[] times = dayTimes[1].split("-");
            list.add(TimetableSlot.atProvider(DayOfWeek.valueOf(dayTimes[0]), LocalTime.parse(times[0]),
                    LocalTime.parse(times[1])));
        }
        return list;
    }

    @ParameterizedTest(name = "{0} → {1} hours on {2} days")
    @CsvSource(delimiter = '|', value = {
            "MONDAY 13:00-15:30; WEDNESDAY 13:00-15:30 | 5 | 2",
            "MONDAY 09:00-15:00; TUESDAY 09:00-15:00; WEDNESDAY 09:00-15:00 | 18 | 3",
            "MONDAY 09:00-12:00; MONDAY 13:00-15:15 | 5.25 | 1",
            "MONDAY 09:00-09:20 | 0.33 | 1",
            "'' | 0 | 0",
    })
    void weeklyHoursAndDays(String spec, BigDecimal hours, int days) {
        assertThat(Timetables.weeklyHours(slots(spec))).isEqualByComparingTo(hours);
        assertThat(Timetables.daysPerWeek(slots(spec))).isEqualTo(days);
    }

    @ParameterizedTest(name = "{0} h, all of education {1}, more than a term {2} → full-time {3}")
    @CsvSource({
            "18, false, false, false",
            "18, true, true, true",
            "18.01, false, false, true",
            "18.5, false, false, true",
            "12, true, false, false",
            "12, true, true, true",
            "12, false, true, false",
            "0, false, true, false",
    })
    void fullTimeAtASettingIsRuleTwo(BigDecimal hours, boolean all, boolean moreThanOneTerm, boolean expected) {
        assertThat(Timetables.fullTimeAtSetting(hours, all, moreThanOneTerm)).isEqualTo(expected);
    }

    private static final LaCalendar CALENDAR = new LaCalendar(List.of(
            term(1, "2026-09-02", "2026-12-18"), term(2, "2027-01-05", "2027-03-26"), term(3, "2027-04-12", "2027-07-21")),
            Set.of(LocalDate.of(2026, 10, 26), LocalDate.of(2026, 10, 27)));

    private static Term term(int n, String from, String to) {
        return new Term(UUID.randomUUID(), "2026/27", n, "T" + n, LocalDate.parse(from), LocalDate.parse(to), 0);
    }

    @ParameterizedTest(name = "{0} to {1}: spans {2} terms, more than one term {3}")
    @CsvSource({
            "2026-09-07, 2026-12-18, 1, false",
            "2026-11-02, 2027-02-12, 2, false",
            "2026-09-07, 2027-02-12, 2, true",
            "2026-12-21, 2027-01-04, 0, false",
            "2026-09-02, 2027-07-21, 3, true",
            "2027-01-05, 2027-07-21, 2, true",
    })
    void termSpans(LocalDate start, LocalDate end, int spanned, boolean moreThanOne) {
        assertThat(Timetables.termsSpanned(CALENDAR, start, end)).isEqualTo(spanned);
        assertThat(Timetables.moreThanOneTerm(CALENDAR, start, end)).isEqualTo(moreThanOne);
    }

    @ParameterizedTest(name = "{0} {1}-{2}: {3}")
    @CsvSource(delimiter = '|', value = {
            "MONDAY | 09:00 | 15:00 | ",
            "SATURDAY | 09:00 | 15:00 | t[0].day: Choose a school day, Monday to Friday",
            "MONDAY | 07:30 | 10:00 | t[0].start: Sessions must be between 08:00 and 18:00",
            "MONDAY | 16:00 | 18:30 | t[0].start: Sessions must be between 08:00 and 18:00",
            "MONDAY | 10:00 | 10:00 | t[0].end: The end time must be after the start time",
            "MONDAY | 11:00 | 10:00 | t[0].end: The end time must be after the start time",
            "MONDAY | 9am | 10:00 | t[0].start: Enter the start time as HH:MM, like 09:00",
    })
    void badSessionsAreNamedOnTheirField(String day, String start, String end, String expected) {
        Problems p = new Problems();
        Timetables.parse(p, "t", Setting.PROVIDER, List.of(new SlotInput(day, start, end)));
        if (expected == null) {
            assertThat(p.isEmpty()).isTrue();
        } else {
            assertThat(p.list()).extracting(f -> f.field() + ": " + f.message()).containsExactly(expected);
        }
    }

    @ParameterizedTest(name = "{0} and {1} overlap: {2}")
    @CsvSource(delimiter = '|', value = {
            "MONDAY 09:00-12:00 | MONDAY 11:00-13:00 | true",
            "MONDAY 09:00-12:00 | MONDAY 12:00-13:00 | false",
            "MONDAY 09:00-12:00 | TUESDAY 09:00-12:00 | false",
            "MONDAY 09:00-15:00 | MONDAY 10:00-11:00 | true",
    })
    void overlaps(String a, String b, boolean overlap) {
        List<TimetableSlot> week = new ArrayList<>(slots(a));
        week.addAll(slots(b));
        Problems p = new Problems();
        Timetables.checkOverlaps(p, week, List.of("a", "b"));
        assertThat(p.has("b")).isEqualTo(overlap);
    }
}
