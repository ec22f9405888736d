package org.waymark.commissioning;

/** In what capacity the commissioning decision was made (rule 7). */
public enum DeciderCapacity {
    SENIOR_LEADER("Member of the school's senior leadership team"),
    LA_OFFICER("LA officer (exclusions, children without a school place)"),
    LA_SEN_TEAM("LA SEN team (pupils with an EHCP)"),
    LA_WITH_HEALTH("LA jointly with the health service (medical needs)"),
    PARENT("Parent or carer with an EHCP personal budget");

    private final String label;

    DeciderCapacity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
