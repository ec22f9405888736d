package org.waymark.directory;

/** The DfE SEN primary need types (school census codes) a provider says it serves. */
public enum Need {
    SPLD("Specific learning difficulty"),
    MLD("Moderate learning difficulty"),
    SLD("Severe learning difficulty"),
    PMLD("Profound and multiple learning difficulty"),
    SEMH("Social, emotional and mental health"),
    SLCN("Speech, language and communication needs"),
    HI("Hearing impairment"),
    VI("Visual impairment"),
    MSI("Multi-sensory impairment"),
    PD("Physical disability"),
    ASD("Autistic spectrum disorder"),
    OTH("Other difficulty or disability");

    private final String label;

    Need(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Need parse(String value) {
        if (value == null) {
            return null;
        }
        for (Need n : values()) {
            if (n.name().equalsIgnoreCase(value.trim())) {
                return n;
            }
        }
        return null;
    }
}
