package org.waymark.quality;

/**
 * The five sections of Manchester's QA framework, each mapped to the DfE national standards for unregistered
 * AP (August 2025), which have no separate SEND standard (domain.md, "Since the seeds were written").
 */
public enum QaSection {
    SAFEGUARDING("Safeguarding", "National standard: safeguarding and welfare"),
    HEALTH_AND_SAFETY("Health and safety", "National standard: health and safety"),
    QUALITY_OF_EDUCATION("Quality of education", "National standard: quality of education"),
    SEND("SEND", "No separate national standard: needs are covered under admissions, support and guidance"),
    ADMISSIONS_ATTENDANCE_GUIDANCE_SUPPORT("Admissions, attendance, guidance and support",
            "National standard: admissions, support and guidance");

    private final String label;
    private final String nationalStandard;

    QaSection(String label, String nationalStandard) {
        this.label = label;
        this.nationalStandard = nationalStandard;
    }

    public String label() {
        return label;
    }

    public String nationalStandard() {
        return nationalStandard;
    }

    public int number() {
        return ordinal() + 1;
    }
}
