package org.waymark.commissioning;

import java.time.OffsetDateTime;

/** One step in a placement's history: when, its status then, what happened and who did it. */
public record PlacementHistoryEntry(OffsetDateTime at, String status, String note, String userName) {
}
