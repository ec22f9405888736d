package org.waymark.commissioning;

/** Who commissions: the home school, an LA service, or a parent with an EHCP personal budget (rule 7). */
public enum CommissionerType {
    SCHOOL("School"), LOCAL_AUTHORITY("Local authority"), PARENT("Parent or carer (EHCP personal budget)");

    private final String label;

    CommissionerType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
