package org.waymark.quality;

/**
 * Escalation levels of a visit's action plan (ADR 0601): escalated (the LA monitors the plan closely), suspension
 * recommended (by the QA professional or AP officer), suspended (confirmed by the LA lead: the provider is
 * suspended from the directory), and resolved (the escalation is closed).
 */
public enum Escalation {
    ESCALATED("Escalated"), SUSPENSION_RECOMMENDED("Suspension recommended"), SUSPENDED("Suspended from the directory"),
    RESOLVED("Resolved");

    private final String label;

    Escalation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still open: the provider's directory page shows an open escalation. */
    public boolean open() {
        return this != RESOLVED;
    }
}
