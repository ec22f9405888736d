package org.waymark.compliance;

/** A provider's registration status (domain.md). */
public enum ProviderRegistration {
    REGISTERED_INDEPENDENT_SCHOOL, UNREGISTERED, ONLINE, PUPIL_REFERRAL_UNIT, AP_ACADEMY_OR_FREE_SCHOOL, HOSPITAL_SCHOOL
}
