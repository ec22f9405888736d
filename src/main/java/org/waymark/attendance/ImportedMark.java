package org.waymark.attendance;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A mark taken elsewhere (a paper register, a provider's own system, demo data), loaded as it stood, with the
 * school's follow-up when there was one ({@code finalCode}, {@code followUpReason} and {@code followedUpOn} all
 * null otherwise).
 */
public record ImportedMark(UUID placementId, UUID pupilId, UUID providerId, UUID localAuthorityId, LocalDate date,
        Session session, String code, Integer minutesLate, String note, String finalCode, String followUpReason,
        LocalDate followedUpOn) {
}
