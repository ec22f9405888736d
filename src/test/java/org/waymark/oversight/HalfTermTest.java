package org.waymark.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waymark.calendar.EnglishCalendarTemplate;
import org.waymark.calendar.LaCalendar;
import org.waymark.calendar.Term;

/** "This half-term": a week of closures splits a term; a single bank holiday does not. */
class HalfTermTest {

    static LaCalendar year2026() {
        var plan = EnglishCalendarTemplate.plan(2026);
        List<Term> terms = plan.terms().stream().map(t -> new Term(UUID.randomUUID(), plan.label(), t.number(),
                t.name(), t.start(), t.end(), 0)).toList();
        var closures = new HashSet<LocalDate>();
        plan.closures().forEach(c -> closures.add(c.day()));
        return new LaCalendar(terms, closures);
    }

    @ParameterizedTest(name = "{0} -> {1} to {2}")
    @CsvSource(nullValues = "none", value = {
            "2026-10-01, 2026-09-03, 2026-10-25", // autumn, before the October half term
            "2026-10-28, 2026-09-03, 2026-10-25", // during the break: the half that has just ended
            "2026-11-23, 2026-11-02, 2026-12-18", // autumn, second half
            "2027-03-01, 2027-02-22, 2027-03-26", // spring, second half
            "2027-05-10, 2027-04-12, 2027-05-30", // summer: the May bank holiday alone does not split the term
            "2026-12-25, none, none"})            // holidays belong to no half-term
    void halfTermOfADate(LocalDate date, LocalDate from, LocalDate to) {
        var half = HalfTerm.containing(year2026(), date);
        if (from == null) {
            assertThat(half).isEmpty();
            return;
        }
        assertThat(half).isPresent();
        assertThat(half.get().from()).isEqualTo(from);
        assertThat(half.get().to()).isEqualTo(to);
    }
}
