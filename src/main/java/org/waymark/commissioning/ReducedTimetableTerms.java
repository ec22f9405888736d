package org.waymark.commissioning;

import java.time.LocalDate;

/**
 * A reduced timetable recorded with a placement (rule 5): why (MEDICAL or AGREED_PART_TIME), whether the parent
 * agreed, and its end and review dates.
 */
public record ReducedTimetableTerms(String reason, boolean parentAgreed, LocalDate endDate, LocalDate reviewDate) {

    public static final java.util.Map<String, String> REASONS = java.util.Map.of(
            "MEDICAL", "Medical (the pupil's health makes full-time inappropriate)",
            "AGREED_PART_TIME", "Agreed part-time timetable (temporary, to support reintegration)");

    public String reasonLabel() {
        return REASONS.getOrDefault(reason, reason);
    }
}
