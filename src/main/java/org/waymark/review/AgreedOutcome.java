package org.waymark.review;

/**
 * An outcome agreed in the placement's support plan, as the review form offers it: the plan's own wording of the
 * baseline, target and measure, and the scores on the review scale ({@link ProgressEntry#MIN}–{@link
 * ProgressEntry#MAX}) that the reviewer compares "now" against. The scores come from the latest review of the same
 * outcome, else from the plan when its baseline and target are whole numbers on the scale, else null (the first
 * reviewer places them on the scale once).
 */
public record AgreedOutcome(String description, String planBaseline, String planTarget, String measure,
        Integer baseline, Integer target) {

    /** The plan's wording, for the form's hint. */
    public String planWording() {
        StringBuilder s = new StringBuilder("Support plan: from \u201c").append(planBaseline == null ? "not given"
                : planBaseline).append("\u201d to \u201c").append(planTarget == null ? "not given" : planTarget)
                .append("\u201d");
        if (measure != null && !measure.isBlank()) {
            s.append(", measured by ").append(measure);
        }
        return s.append('.').toString();
    }

    /** A whole number on the review scale, or null. */
    static Integer onScale(String text) {
        if (text == null || !text.trim().matches("\\d{1,2}")) {
            return null;
        }
        int v = Integer.parseInt(text.trim());
        return v >= ProgressEntry.MIN && v <= ProgressEntry.MAX ? v : null;
    }
}
