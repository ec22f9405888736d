package org.waymark.compliance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** Hours a week from one date to another (inclusive; {@code to} null when still current). */
public record DatedHours(LocalDate from, LocalDate to, BigDecimal weeklyHours) {

    public DatedHours {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(weeklyHours, "weeklyHours");
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }
}
