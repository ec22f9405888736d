package org.waymark.commissioning;

/** The route into AP (domain.md). */
public enum Route {
    AT_RISK_OF_EXCLUSION("At risk of exclusion"), PERMANENTLY_EXCLUDED("Permanently excluded"),
    SUSPENDED("Suspended"), MEDICAL("Medical needs"), EHCP("Education, health and care plan"),
    AWAITING_SCHOOL_PLACE("Awaiting a school place"), OTHER("Other");

    private final String label;

    Route(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
