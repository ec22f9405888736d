package org.waymark.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Rule 10: every active placement is reviewed at its review interval (default six weeks) from its start or its
 * latest review; an earlier next review date agreed at a review brings the due date forward. A review due on
 * 19 October is overdue from 20 October.
 */
public final class ReviewOverdue {

    /** The date the next review is due. */
    public LocalDate dueOn(PlacementFacts p) {
        LocalDate base = p.lastReviewOn() != null ? p.lastReviewOn() : p.start();
        LocalDate due = base.plusWeeks(p.reviewIntervalWeeks());
        return p.nextReviewOn() != null && p.nextReviewOn().isBefore(due) ? p.nextReviewOn() : due;
    }

    public Optional<Flag> evaluate(PlacementFacts p, LocalDate today) {
        if (p.status() != PlacementStatus.ACTIVE) {
            return Optional.empty();
        }
        LocalDate due = dueOn(p);
        if (!today.isAfter(due)) {
            return Optional.empty();
        }
        String last = p.lastReviewOn() == null
                ? "Placement " + p.placementId() + " started on " + Words.date(p.start()) + " and has had no review."
                : "Placement " + p.placementId() + " was last reviewed on " + Words.date(p.lastReviewOn()) + ".";
        return Optional.of(new Flag(FlagCode.REVIEW_OVERDUE, Severity.WARNING, SubjectType.PLACEMENT,
                p.placementId(), due.plusDays(1), Owners.commissionerOf(p), List.of(last,
                        "Its review interval is " + p.reviewIntervalWeeks() + " weeks; the next review was due on "
                                + Words.date(due) + ".")));
    }
}
