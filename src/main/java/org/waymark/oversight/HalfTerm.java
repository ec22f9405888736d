package org.waymark.oversight;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import org.waymark.calendar.LaCalendar;
import org.waymark.calendar.Term;

/**
 * A half of a term, dates inclusive. The calendar keeps terms and closure days; a half-term holiday is a run of at
 * least three consecutive weekday closures inside a term, which splits it in two. A term without one is a single
 * half. During the holiday itself, "this half-term" is the half that has just ended.
 */
public record HalfTerm(String name, LocalDate from, LocalDate to) {

    static final int MIN_BREAK_WEEKDAYS = 3;

    /** The half-term {@code date} falls in (or has just ended, during the half-term break); empty outside terms. */
    public static Optional<HalfTerm> containing(LaCalendar calendar, LocalDate date) {
        Optional<Term> found = calendar.termOf(date);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Term term = found.get();
        LocalDate runStart = null;
        int run = 0;
        for (LocalDate d = term.startDate(); !d.isAfter(term.endDate()); d = d.plusDays(1)) {
            if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            if (calendar.isClosure(d)) {
                if (run == 0) {
                    runStart = d;
                }
                run++;
                continue;
            }
            if (run >= MIN_BREAK_WEEKDAYS) {
                return Optional.of(date.isBefore(d)
                        ? new HalfTerm(term.name() + " first half", term.startDate(), runStart.minusDays(1))
                        : new HalfTerm(term.name() + " second half", d, term.endDate()));
            }
            run = 0;
        }
        return Optional.of(new HalfTerm(term.name() + " term", term.startDate(), term.endDate()));
    }

    /** The part of the half-term up to {@code today} (attendance so far). */
    public LocalDate toOrToday(LocalDate today) {
        return today.isBefore(to) ? today : to;
    }
}
