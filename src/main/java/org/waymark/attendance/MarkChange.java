package org.waymark.attendance;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An earlier state of a mark, kept when it was amended by the provider or followed up by the school. */
public record MarkChange(LocalDate markDate, String sessionHalf, String code, Integer minutesLate, String note,
        String finalCode, String followUpReason, OffsetDateTime recordedAt, String replacedByName,
        OffsetDateTime replacedAt, String changeKind, String reason) {
}
