package org.waymark.compliance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A placement's attendance rate over the four weeks up to {@code asOf}, computed by the attendance module
 * (sessions attended as a percentage of possible sessions, dfe-reference.md §1).
 */
public record AttendanceRate(LocalDate asOf, int possibleSessions, BigDecimal percent) {

    public AttendanceRate {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(percent, "percent");
    }
}
