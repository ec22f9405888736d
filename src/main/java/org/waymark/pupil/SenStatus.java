package org.waymark.pupil;

/** Special educational needs status (school census): none, SEN support, or an EHC plan. */
public enum SenStatus {
    NONE("No special educational needs"), SEN_SUPPORT("SEN support"), EHCP("Education, health and care plan");

    private final String label;

    SenStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
