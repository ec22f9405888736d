package org.waymark.directory;

/** Where a provider stands on the LA's directory (domain.md). Only APPROVED providers take new placements. */
public enum DirectoryStatus {
    APPLIED, UNDER_CHECK, APPROVED, SUSPENDED, REMOVED, NOT_LISTED
}
