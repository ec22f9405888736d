package org.waymark.attendance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A mark as stored: the provider's code and, once the school has followed an absence up, the final code and
 * reason. Statistics count the final code when there is one.
 */
public record RecordedMark(UUID id, UUID placementId, UUID pupilId, UUID providerId, UUID localAuthorityId,
        LocalDate markDate, String sessionHalf, String code, Integer minutesLate, String note,
        OffsetDateTime recordedAt, String finalCode, String followUpReason, LocalDate followedUpOn, int version) {

    public Session session() {
        return Session.valueOf(sessionHalf);
    }

    /** The provider's code, in the code set of the mark's date. */
    public RegisterCode recorded() {
        return CodeSet.forDate(markDate).lookUp(code).orElseThrow();
    }

    /** The code that counts: the school's final code after follow-up, else the provider's. */
    public RegisterCode effective() {
        return CodeSet.forDate(markDate).lookUp(finalCode == null ? code : finalCode).orElseThrow();
    }

    public Mark mark() {
        return new Mark(markDate, session(), effective());
    }

    /** The provider recorded an absence (which the school must follow up). */
    public boolean isAbsence() {
        return recorded().isAbsence();
    }

    /** True for authorised, false for unauthorised absence, null when the mark is not an absence. */
    public Boolean authorised() {
        AttendanceCategory c = effective().category();
        return c == AttendanceCategory.AUTHORISED_ABSENCE ? Boolean.TRUE
                : c == AttendanceCategory.UNAUTHORISED_ABSENCE ? Boolean.FALSE : null;
    }

    public boolean awaitingFollowUp() {
        return isAbsence() && followedUpOn == null;
    }
}
