package org.waymark.compliance;

/** Who commissioned a placement (domain.md: a school, an LA service or a parent with an EHCP personal budget). */
public enum CommissionerType { SCHOOL, LOCAL_AUTHORITY, PARENT }
