package org.waymark.compliance;

/** The oversight vocabulary: exactly the codes of the Flags table in domain.md. */
public enum FlagCode {
    PROVIDER_MUST_REGISTER,
    UNREGISTERED_OVER_TERM,
    NOT_FULL_TIME,
    REDUCED_TIMETABLE_EXPIRED,
    REGISTER_MISSING,
    UNEXPLAINED_ABSENCE,
    ATTENDANCE_CONCERN,
    REVIEW_OVERDUE,
    PROVIDER_NOT_APPROVED,
    QA_OVERDUE,
    OPEN_CONCERN,
    EHCP_LA_NOT_CONSULTED,
    OUTCOME_MISSING
}
