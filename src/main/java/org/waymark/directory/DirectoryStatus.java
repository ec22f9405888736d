package org.waymark.directory;

import java.util.EnumSet;
import java.util.Set;

/** Where a provider stands on the LA's directory (domain.md). Only APPROVED providers take new placements. */
public enum DirectoryStatus {
    APPLIED, UNDER_CHECK, APPROVED, SUSPENDED, REMOVED, NOT_LISTED;

    /**
     * The moves the directory allows (ADR 0100): an application (from not listed or removed), checks, approval
     * or rejection (back to not listed), approval by desk-top review straight from not listed, suspension and
     * removal of an approved provider, reinstatement of a suspended one.
     */
    public Set<DirectoryStatus> next() {
        return switch (this) {
            case NOT_LISTED -> EnumSet.of(APPLIED, APPROVED);
            case APPLIED -> EnumSet.of(UNDER_CHECK, NOT_LISTED);
            case UNDER_CHECK -> EnumSet.of(APPROVED, NOT_LISTED);
            case APPROVED -> EnumSet.of(SUSPENDED, REMOVED);
            case SUSPENDED -> EnumSet.of(APPROVED, REMOVED);
            case REMOVED -> EnumSet.of(APPLIED);
        };
    }

    public boolean canBecome(DirectoryStatus to) {
        return next().contains(to);
    }

    public String label() {
        return switch (this) {
            case APPLIED -> "Applied";
            case UNDER_CHECK -> "Under check";
            case APPROVED -> "Approved";
            case SUSPENDED -> "Suspended";
            case REMOVED -> "Removed";
            case NOT_LISTED -> "Not listed";
        };
    }

    /** The GOV.UK tag colour class for the status. */
    public String tagClass() {
        return switch (this) {
            case APPROVED -> "govuk-tag--green";
            case APPLIED, UNDER_CHECK -> "govuk-tag--blue";
            case SUSPENDED -> "govuk-tag--orange";
            case REMOVED -> "govuk-tag--red";
            case NOT_LISTED -> "govuk-tag--grey";
        };
    }
}
