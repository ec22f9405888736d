package org.waymark.commissioning;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An extension: the planned end moved from one date to another, with the reason. */
public record PlacementExtension(LocalDate previousEndDate, LocalDate newEndDate, String reason,
        OffsetDateTime recordedAt) {
}
