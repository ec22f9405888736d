package org.waymark.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A review as entered (Oxfordshire Appendix A "Review / Transition Meeting").
 *
 * @param attendanceRate typed by the reviewer when registers are not available; ignored when they are
 * @param extension      null when no extension is agreed
 * @param nextReviewDate null: the date plus the review interval (or the 6/12-week point for dual registration)
 */
public record ReviewInput(LocalDate date, List<String> attendees, String pupilViews, String parentViews,
        BigDecimal attendanceRate, List<ProgressEntry> progress, String needChanges, String outcomeChanges,
        String planChanges, String notes, ExtensionInput extension, LocalDate nextReviewDate) {

    public ReviewInput {
        attendees = attendees == null ? List.of() : List.copyOf(attendees.stream().filter(a -> a != null).toList());
        progress = progress == null ? List.of()
                : progress.stream().filter(p -> p != null && !p.isBlank()).toList();
    }
}
