package org.waymark.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishCalendarTemplateTest {

    @ParameterizedTest(name = "{0}: autumn {1}–{2}, spring {3}–{4}, summer {5}–{6}")
    @CsvSource({
            "2026, 2026-09-03, 2026-12-18, 2027-01-04, 2027-03-26, 2027-04-12, 2027-07-22",
            "2027, 2027-09-03, 2027-12-17, 2028-01-04, 2028-03-31, 2028-04-17, 2028-07-21",
            "2028, 2028-09-04, 2028-12-15, 2029-01-04, 2029-03-30, 2029-04-16, 2029-07-20",
    })
    void termsOfATypicalYear(int year, LocalDate a1, LocalDate a2, LocalDate s1, LocalDate s2, LocalDate u1,
            LocalDate u2) {
        var plan = EnglishCalendarTemplate.plan(year);
        assertThat(plan.terms()).extracting(EnglishCalendarTemplate.PlannedTerm::start).containsExactly(a1, s1, u1);
        assertThat(plan.terms()).extracting(EnglishCalendarTemplate.PlannedTerm::end).containsExactly(a2, s2, u2);
        assertThat(plan.terms()).allSatisfy(t -> assertThat(t.start().getDayOfWeek().getValue()).isLessThan(6));
    }

    @ParameterizedTest(name = "Easter Sunday {0} is {1}")
    @CsvSource({"2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28", "2028, 2028-04-16",
            "2029, 2029-04-01"})
    void easter(int year, LocalDate sunday) {
        assertThat(EnglishCalendarTemplate.easterSunday(year)).isEqualTo(sunday);
    }

    @ParameterizedTest(name = "{0} is a closure ({1})")
    @CsvSource({
            "2026-10-26, Autumn half term", "2026-10-30, Autumn half term",
            "2027-02-15, Spring half term", "2027-02-19, Spring half term",
            "2027-05-03, Early May bank holiday",
            "2027-05-31, Summer half term", "2027-06-04, Summer half term",
            "2027-03-26, Good Friday",
    })
    void closuresInTheTemplate(LocalDate day, String reason) {
        assertThat(EnglishCalendarTemplate.plan(2026).closures())
                .contains(new EnglishCalendarTemplate.PlannedClosure(day, reason));
    }

    @ParameterizedTest(name = "{0} is in the academic year starting {1} ({2})")
    @CsvSource({"2026-09-01, 2026, 2026/27", "2026-08-31, 2025, 2025/26", "2027-07-22, 2026, 2026/27",
            "2099-12-31, 2099, 2099/00"})
    void academicYearOfADate(LocalDate date, int startYear, String label) {
        assertThat(EnglishCalendarTemplate.academicYearOf(date)).isEqualTo(startYear);
        assertThat(EnglishCalendarTemplate.label(startYear)).isEqualTo(label);
    }
}
