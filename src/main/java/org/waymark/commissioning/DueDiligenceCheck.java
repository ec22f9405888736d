package org.waymark.commissioning;

/** The commissioner's due diligence checklist, each item completed with a date, evidence and who. */
public enum DueDiligenceCheck {
    DIRECTORY_STATUS("The provider's place on the LA directory of approved providers"),
    REGISTRATION("Registration status: a registered school, or unregistered provision within the law (rule 3)"),
    SAFEGUARDING_CONFIRMATION("Written confirmation of the provider's safeguarding checks (enhanced DBS, single central record)"),
    SAFEGUARDING_LEAD("Designated safeguarding lead and deputy named and trained"),
    INSURANCE("Employer's and public liability insurance seen"),
    HEALTH_AND_SAFETY("Premises, health and safety checked and a joint risk assessment completed"),
    POLICIES("Policies seen: safeguarding, behaviour, attendance, complaints"),
    LATEST_QA("The provider's latest QA outcome read"),
    INFORMATION_SHARED("SEN, safeguarding and what-works information shared with the provider in writing"),
    ATTENDANCE_ARRANGEMENTS("Session-by-session attendance reporting and absence follow-up agreed"),
    VISIT("The commissioner has visited the provider");

    private final String label;

    DueDiligenceCheck(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
