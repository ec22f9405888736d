package org.waymark.calendar;

import java.time.LocalDate;
import java.util.UUID;

/** One of the three terms of an academic year (1 autumn, 2 spring, 3 summer), dates inclusive. */
public record Term(UUID id, String academicYear, int number, String name, LocalDate startDate, LocalDate endDate,
        int version) {

    public boolean contains(LocalDate date) {
        return !date.isBefore(startDate) && !date.isAfter(endDate);
    }

    public boolean overlaps(LocalDate from, LocalDate to) {
        return !to.isBefore(startDate) && !from.isAfter(endDate);
    }
}
