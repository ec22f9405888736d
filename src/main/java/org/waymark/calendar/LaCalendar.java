package org.waymark.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One LA's calendar, held in memory to answer many questions quickly: is a date a school day, which
 * term holds it, how many terms a date range spans. Plain Java, so rules that need it test without Spring.
 */
public final class LaCalendar {

    private final List<Term> terms;
    private final Set<LocalDate> closures;
    // every school day in order, so that counting school days in a range is two binary searches (flag
    // evaluation asks "more than one term?" of every placement of an LA)
    private final LocalDate[] schoolDays;

    public LaCalendar(List<Term> terms, Set<LocalDate> closures) {
        this.terms = terms.stream().sorted(Comparator.comparing(Term::startDate)).toList();
        this.closures = Set.copyOf(closures);
        this.schoolDays = this.terms.stream()
                .flatMap(t -> t.startDate().datesUntil(t.endDate().plusDays(1)))
                .filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY
                        && !this.closures.contains(d))
                .distinct().sorted().toArray(LocalDate[]::new);
    }

    public List<Term> terms() {
        return terms;
    }

    /** A weekday in term time that is not a closure day. Dates outside any recorded term are not school days. */
    public boolean isSchoolDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && Arrays.binarySearch(schoolDays, date) >= 0;
    }

    public boolean isClosure(LocalDate date) {
        return closures.contains(date);
    }

    public Optional<Term> termOf(LocalDate date) {
        for (Term t : terms) {
            if (t.contains(date)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** How many terms the inclusive range touches (holidays belong to no term). */
    public int termsSpanned(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return 0;
        }
        return (int) terms.stream().filter(t -> t.overlaps(from, to)).count();
    }

    /** The school days of the inclusive range, in order. */
    public List<LocalDate> schoolDays(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return List.of();
        }
        return new ArrayList<>(Arrays.asList(schoolDays).subList(firstOnOrAfter(from), firstOnOrAfter(to.plusDays(1))));
    }

    /** How many school days the inclusive range holds. */
    public int schoolDayCount(LocalDate from, LocalDate to) {
        return to.isBefore(from) ? 0 : firstOnOrAfter(to.plusDays(1)) - firstOnOrAfter(from);
    }

    private int firstOnOrAfter(LocalDate date) {
        int i = Arrays.binarySearch(schoolDays, date);
        return i >= 0 ? i : -i - 1;
    }
}
