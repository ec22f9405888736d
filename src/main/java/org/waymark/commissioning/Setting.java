package org.waymark.commissioning;

/** Where a session of the pupil's week takes place. */
public enum Setting { PROVIDER, HOME_SCHOOL, OTHER }
