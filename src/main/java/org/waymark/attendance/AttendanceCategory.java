package org.waymark.attendance;

/**
 * How DfE absence statistics count a register code (dfe-reference §1.2). Attendance is present plus approved
 * educational activity; absence is authorised plus unauthorised; a not-possible session counts for neither.
 */
public enum AttendanceCategory {
    PRESENT,
    APPROVED_EDUCATIONAL_ACTIVITY,
    AUTHORISED_ABSENCE,
    UNAUTHORISED_ABSENCE,
    NOT_POSSIBLE;

    public boolean countsAsPossibleSession() {
        return this != NOT_POSSIBLE;
    }

    public boolean countsAsAttendance() {
        return this == PRESENT || this == APPROVED_EDUCATIONAL_ACTIVITY;
    }

    public boolean countsAsAbsence() {
        return this == AUTHORISED_ABSENCE || this == UNAUTHORISED_ABSENCE;
    }
}
