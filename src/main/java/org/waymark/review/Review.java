package org.waymark.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A recorded review.
 *
 * @param attendanceFrom          first day the attendance figure covers (the previous review, or the start)
 * @param attendanceRate          percentage attended since then, or null when not known
 * @param attendanceFromRegisters whether the figure came from registers (else typed by the reviewer)
 * @param extension               the extension agreed, or null
 */
public record Review(UUID id, UUID placementId, LocalDate date, List<String> attendees, String pupilViews,
        String parentViews, LocalDate attendanceFrom, BigDecimal attendanceRate, boolean attendanceFromRegisters,
        List<ProgressEntry> progress, String needChanges, String outcomeChanges, String planChanges, String notes,
        ExtensionInput extension, LocalDate nextReviewDate, String recordedBy, OffsetDateTime recordedAt,
        int version) {
}
