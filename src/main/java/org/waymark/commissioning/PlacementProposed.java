package org.waymark.commissioning;

import java.time.LocalDate;
import java.util.UUID;

/** Published when a commissioner proposes a placement to the provider. */
public record PlacementProposed(UUID placementId, UUID pupilId, UUID providerId, UUID localAuthorityId,
        LocalDate startDate, boolean providerApproved) {
}
