package org.waymark.quality;

/** Why a QA visit happens (domain.md): the annual visit, a new provider, a request, or a reported concern. */
public enum VisitType {
    ANNUAL("Annual"), NEW_PROVIDER("New provider"), REQUESTED("Requested"), RESPONSIVE("Responsive");

    private final String label;

    VisitType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
