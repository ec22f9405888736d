package org.waymark.quality;

/** The LA's grade of a QA report's quality in its termly evaluation. */
public enum ReportGrade {
    STRONG("Strong"), SECURE("Secure"), NEEDS_DEVELOPMENT("Needs development");

    private final String label;

    ReportGrade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
