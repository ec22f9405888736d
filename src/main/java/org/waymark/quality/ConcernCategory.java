package org.waymark.quality;

/**
 * The category of a concern about a provider (domain.md). The compliance module has its own copy for its rules'
 * facts; quality does not depend on compliance, which reads quality.
 */
public enum ConcernCategory {
    SAFEGUARDING("Safeguarding"), HEALTH_AND_SAFETY("Health and safety"),
    QUALITY_OF_PROVISION("Quality of provision"), REGISTRATION("Registration"), OTHER("Other");

    private final String label;

    ConcernCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
