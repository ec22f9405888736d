package org.waymark.directory;

/** A provider's registration status (domain.md), in the words the directory shows. */
public enum Registration {
    REGISTERED_INDEPENDENT_SCHOOL("Registered independent school"),
    UNREGISTERED("Unregistered provider"),
    ONLINE("Online provider"),
    PUPIL_REFERRAL_UNIT("Pupil referral unit"),
    AP_ACADEMY_OR_FREE_SCHOOL("AP academy or free school"),
    HOSPITAL_SCHOOL("Hospital school");

    private final String label;

    Registration(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Registered schools (independent, PRU, AP academy, hospital) may take pupils full time. */
    public boolean isRegisteredSchool() {
        return this != UNREGISTERED && this != ONLINE;
    }

    public static Registration parse(String value) {
        if (value == null) {
            return null;
        }
        for (Registration r : values()) {
            if (r.name().equalsIgnoreCase(value.trim())) {
                return r;
            }
        }
        return null;
    }
}
