package org.waymark.compliance;

/** A placement's status (domain.md). */
public enum PlacementStatus { DRAFT, PROPOSED, ACTIVE, ENDED, CANCELLED }
