package org.waymark.commissioning;

import java.time.LocalDate;
import java.util.UUID;

/** Published in the transaction that ends an ACTIVE placement, with its outcome (one of {@link Placements#OUTCOMES}). */
public record PlacementEnded(UUID placementId, UUID pupilId, UUID providerId, UUID localAuthorityId,
        LocalDate endDate, String outcome) {
}
