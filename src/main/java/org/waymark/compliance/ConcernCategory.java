package org.waymark.compliance;

/** The category of a concern about a provider (domain.md). */
public enum ConcernCategory { SAFEGUARDING, HEALTH_AND_SAFETY, QUALITY_OF_PROVISION, REGISTRATION, OTHER }
