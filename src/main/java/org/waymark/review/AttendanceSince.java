package org.waymark.review;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The seam through which a review's "attendance since the last review" is filled in from registers. The
 * attendance module implements it (ADR 0500); while no bean does, reviewers type the figure themselves.
 */
public interface AttendanceSince {

    /** Attendance at the placement from {@code from} to {@code to} inclusive, or empty when no registers exist. */
    Optional<AttendanceFigures> between(UUID placementId, LocalDate from, LocalDate to);
}
