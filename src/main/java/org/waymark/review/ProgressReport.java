package org.waymark.review;

import java.time.LocalDate;
import java.util.UUID;

/** A termly progress report written by the provider against the agreed outcomes. */
public record ProgressReport(UUID id, UUID placementId, UUID termId, String termName, LocalDate writtenOn,
        String attendance, String progress, String behaviour, String nextSteps, String writtenBy, int version) {
}
