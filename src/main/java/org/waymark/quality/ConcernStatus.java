package org.waymark.quality;

/** A concern is raised (open), triaged by the LA (still open, perhaps with a responsive visit), then closed. */
public enum ConcernStatus {
    RAISED("Raised"), TRIAGED("Triaged"), CLOSED("Closed");

    private final String label;

    ConcernStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
