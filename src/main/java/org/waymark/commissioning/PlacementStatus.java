package org.waymark.commissioning;

/** DRAFT → PROPOSED → ACTIVE → ENDED, or CANCELLED before it starts (domain.md). */
public enum PlacementStatus {
    DRAFT("Draft"), PROPOSED("Proposed to provider"), ACTIVE("Active"), ENDED("Ended"), CANCELLED("Cancelled");

    private final String label;

    PlacementStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
