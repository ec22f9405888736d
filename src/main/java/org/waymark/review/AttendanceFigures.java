package org.waymark.review;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Attendance at a placement over a period, as the registers give it.
 *
 * @param rate percentage of possible sessions attended (present or approved educational activity), one decimal;
 *             null when no session was possible
 */
public record AttendanceFigures(LocalDate from, LocalDate to, int possibleSessions, int attendedSessions,
        BigDecimal rate) {
}
