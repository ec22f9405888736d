package org.waymark.commissioning;

/** How the pupil is registered while placed. */
public enum RegistrationArrangement {
    SINGLE("Single registration (on the home school's roll only)"),
    DUAL("Dual registration (also on the provider's roll)"),
    OFF_SITE_DIRECTION("Directed off-site by the school");

    private final String label;

    RegistrationArrangement(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
