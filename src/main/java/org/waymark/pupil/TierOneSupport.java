package org.waymark.pupil;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Tier 1 support before AP (MIAPS case study A): outreach and in-school interventions, so the graduated
 * response shows on the pupil's record.
 *
 * @param kind one of {@link #KINDS}
 */
public record TierOneSupport(UUID id, UUID pupilId, String kind, String description, String deliveredBy,
        LocalDate startedOn, LocalDate endedOn, String outcome, int version) {

    public static final java.util.Map<String, String> KINDS = java.util.Map.of(
            "OUTREACH", "Outreach support from a specialist service",
            "IN_SCHOOL_INTERVENTION", "In-school intervention",
            "ASSESSMENT", "Assessment of need",
            "MENTORING", "Mentoring",
            "OTHER", "Other support");

    public String kindLabel() {
        return KINDS.getOrDefault(kind, kind);
    }
}
