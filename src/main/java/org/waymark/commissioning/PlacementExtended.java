package org.waymark.commissioning;

import java.time.LocalDate;
import java.util.UUID;

/** Published when a placement's planned end moves (an extension with its reason). */
public record PlacementExtended(UUID placementId, UUID pupilId, LocalDate previousEndDate, LocalDate newEndDate) {
}
