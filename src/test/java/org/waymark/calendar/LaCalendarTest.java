package org.waymark.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LaCalendarTest {

    /** The template's 2026/27 year, as an LA gets it when created. */
    static LaCalendar year2026() {
        var plan = EnglishCalendarTemplate.plan(2026);
        List<Term> terms = plan.terms().stream().map(t -> new Term(UUID.randomUUID(), plan.label(), t.number(), t.name(),
                t.start(), t.end(), 0)).toList();
        var closures = new HashSet<LocalDate>();
        plan.closures().forEach(c -> closures.add(c.day()));
        return new LaCalendar(terms, closures);
    }

    @ParameterizedTest(name = "{0}: school day {1}")
    @CsvSource({
            "2026-11-23, true",   // a Monday in the autumn term
            "2026-11-21, false",  // Saturday
            "2026-10-27, false",  // autumn half term
            "2026-09-02, false",  // before the first day of term
            "2026-09-03, true",   // first day of term
            "2026-12-18, true",   // last day of autumn term
            "2026-12-21, false",  // Christmas holiday
            "2027-03-25, true",   // the last school day of the spring term
            "2027-03-26, false",  // Good Friday, the last day of the spring term as planned
            "2027-05-03, false",  // early May bank holiday
            "2027-08-02, false",  // summer holiday
    })
    void schoolDays(LocalDate date, boolean schoolDay) {
        assertThat(year2026().isSchoolDay(date)).isEqualTo(schoolDay);
    }

    @ParameterizedTest(name = "{0} to {1} spans {2} term(s)")
    @CsvSource({
            "2026-11-23, 2026-12-18, 1",  // within autumn
            "2026-09-03, 2026-12-18, 1",  // exactly the autumn term: one term, not more
            "2026-11-23, 2027-01-04, 2",  // into the first day of spring
            "2026-12-19, 2027-01-03, 0",  // holiday only
            "2026-09-03, 2027-07-22, 3",  // the whole year
            "2027-01-10, 2026-12-01, 0",  // end before start
    })
    void termsSpanned(LocalDate from, LocalDate to, int terms) {
        assertThat(year2026().termsSpanned(from, to)).isEqualTo(terms);
    }

    @ParameterizedTest(name = "{0} is in the {1} term")
    @CsvSource({"2026-10-27, Autumn", "2027-02-17, Spring", "2027-06-30, Summer"})
    void termOf(LocalDate date, String name) {
        assertThat(year2026().termOf(date)).get().extracting(Term::name).isEqualTo(name);
    }

    @org.junit.jupiter.api.Test
    void schoolDaysOfAWeekLeaveOutClosures() {
        assertThat(year2026().schoolDays(LocalDate.parse("2026-10-23"), LocalDate.parse("2026-11-02")))
                .containsExactly(LocalDate.parse("2026-10-23"), LocalDate.parse("2026-11-02"));
    }
}
