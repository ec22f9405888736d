package org.waymark.compliance;

/** The kind of organisation that must act on a flag. */
public enum OwnerType { SCHOOL, PROVIDER, LOCAL_AUTHORITY }
