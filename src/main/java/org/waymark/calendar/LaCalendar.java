package org.waymark.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One LA's calendar, held in memory to answer many questions quickly: is a date a school day, which
 * term holds it, how many terms a date range spans. Plain Java, so rules that need it test without Spring.
 */
public final class LaCalendar {

    private final List<Term> terms;
    private final Set<LocalDate> closures;

    public LaCalendar(List<Term> terms, Set<LocalDate> closures) {
        this.terms = terms.stream().sorted(Comparator.comparing(Term::startDate)).toList();
        this.closures = Set.copyOf(closures);
    }

    public List<Term> terms() {
        return terms;
    }

    /** A weekday in term time that is not a closure day. Dates outside any recorded term are not school days. */
    public boolean isSchoolDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && termOf(date).isPresent()
                && !closures.contains(date);
    }

    public boolean isClosure(LocalDate date) {
        return closures.contains(date);
    }

    public Optional<Term> termOf(LocalDate date) {
        return terms.stream().filter(t -> t.contains(date)).findFirst();
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
        return Stream.iterate(from, d -> !d.isAfter(to), d -> d.plusDays(1)).filter(this::isSchoolDay)
                .collect(Collectors.toList());
    }
}
