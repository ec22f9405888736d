package org.waymark.review;

/**
 * Progress on one agreed outcome at a review, each score on the scale {@link #MIN}–{@link #MAX}: where the
 * pupil started (baseline), where they are now, and the target.
 */
public record ProgressEntry(String outcome, Integer baseline, Integer current, Integer target, String comment) {
    public static final int MIN = 0;
    public static final int MAX = 10;

    public boolean isBlank() {
        return (outcome == null || outcome.isBlank()) && baseline == null && current == null && target == null
                && (comment == null || comment.isBlank());
    }

    /** Progress from baseline towards target, as a whole percentage (can pass 100); null when target = baseline. */
    public Integer percentOfTarget() {
        if (baseline == null || current == null || target == null || target.equals(baseline)) {
            return null;
        }
        return Math.round(100f * (current - baseline) / (target - baseline));
    }
}
