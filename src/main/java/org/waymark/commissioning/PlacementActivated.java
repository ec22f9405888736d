package org.waymark.commissioning;

import java.time.LocalDate;
import java.util.UUID;

/** Published in the transaction that makes a placement ACTIVE. */
public record PlacementActivated(UUID placementId, UUID pupilId, UUID providerId, UUID localAuthorityId,
        CommissionerType commissionerType, UUID commissionerId, LocalDate startDate, LocalDate plannedEndDate,
        int reviewIntervalWeeks, LocalDate nextReviewDate) {
}
