package org.waymark.attendance;

/**
 * A code written in an attendance register. Two code sets exist because a mark keeps the code set in force on
 * its date (domain rule 9): {@link AttendanceCode} from 19 August 2024, {@link OldAttendanceCode} before.
 * Statistics, alerts and the home school's code depend only on what this interface says.
 */
public sealed interface RegisterCode permits AttendanceCode, OldAttendanceCode {

    /** The code as written in the register: {@code /}, {@code \}, {@code L}, {@code Y1}, {@code #}… */
    String code();

    /** What the code means, in the register's own words (abbreviated). */
    String meaning();

    AttendanceCategory category();

    CodeSet codeSet();

    /** Whether the session is in the denominator of the attendance rate. */
    default boolean countsAsPossibleSession() {
        return category().countsAsPossibleSession();
    }

    /** Present or approved educational activity: the numerator of the attendance rate. */
    default boolean countsAsAttendance() {
        return category().countsAsAttendance();
    }

    /**
     * Absent, for real-time alerts and absence statistics: any authorised or unauthorised absence, including
     * {@code N} (no reason yet) and {@code U} (arrived after the register closed, which DfE counts as unauthorised).
     */
    default boolean isAbsence() {
        return category().countsAsAbsence();
    }

    /** Late: {@code L} (before the register closed, present) or {@code U} (after it closed, unauthorised absence). */
    default boolean isLate() {
        return "L".equals(code()) || "U".equals(code());
    }
}
