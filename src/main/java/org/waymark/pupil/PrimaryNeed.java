package org.waymark.pupil;

/** Primary type of SEN need (school census codes). */
public enum PrimaryNeed {
    SPLD("Specific learning difficulty"), MLD("Moderate learning difficulty"), SLD("Severe learning difficulty"),
    PMLD("Profound and multiple learning difficulty"), SEMH("Social, emotional and mental health"),
    SLCN("Speech, language and communication needs"), HI("Hearing impairment"), VI("Visual impairment"),
    MSI("Multi-sensory impairment"), PD("Physical disability"), ASD("Autistic spectrum disorder"),
    OTH("Other difficulty or disability"), NSA("SEN support but no specialist assessment of type of need");

    private final String label;

    PrimaryNeed(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
