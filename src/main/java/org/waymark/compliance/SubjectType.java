package org.waymark.compliance;

/** The kind of record a flag is about. */
public enum SubjectType { PUPIL, PLACEMENT, PROVIDER }
