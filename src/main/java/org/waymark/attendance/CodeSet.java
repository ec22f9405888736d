package org.waymark.attendance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Which register codes were in force on a date. The 2024 Regulations changed the codes on 19 August 2024;
 * a mark keeps the set of its own date (domain rule 9), so old registers are never rewritten.
 */
public enum CodeSet {
    UNTIL_18_AUGUST_2024,
    FROM_19_AUGUST_2024;

    /** The first day of the 2024 codes. */
    public static final LocalDate CHANGEOVER = LocalDate.of(2024, 8, 19);

    public static CodeSet forDate(LocalDate date) {
        return date.isBefore(CHANGEOVER) ? UNTIL_18_AUGUST_2024 : FROM_19_AUGUST_2024;
    }

    /** The code of this set written as {@code code}; empty when the set has none (unknown codes, {@code -}). */
    public Optional<RegisterCode> lookUp(String code) {
        return this == FROM_19_AUGUST_2024 ? AttendanceCode.of(code).map(RegisterCode.class::cast)
                : OldAttendanceCode.of(code).map(RegisterCode.class::cast);
    }

    /** Every code of the set, in register order. */
    public List<RegisterCode> codes() {
        return List.of(this == FROM_19_AUGUST_2024 ? AttendanceCode.values() : OldAttendanceCode.values());
    }
}
