package org.waymark.organisation;

/** The kinds of organisation a user belongs to. */
public enum OrganisationType {
    LOCAL_AUTHORITY, SCHOOL, PROVIDER, FAMILY
}
