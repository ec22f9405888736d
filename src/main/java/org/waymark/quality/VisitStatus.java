package org.waymark.quality;

/** A QA visit is planned, then recorded by the QA professional, then signed off by the LA (and shared). */
public enum VisitStatus {
    PLANNED("Planned"), RECORDED("Recorded, awaiting sign-off"), SIGNED_OFF("Signed off"), CANCELLED("Cancelled");

    private final String label;

    VisitStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
