package org.waymark.quality;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A provider's latest signed-off QA outcome, for other modules (compliance, oversight).
 *
 * @param openEscalation whether any escalated action plan of the provider is still open
 */
public record QaOutcome(UUID providerId, UUID visitId, LocalDate visitDate, VisitType visitType, Judgement outcome,
        boolean openEscalation) {
}
