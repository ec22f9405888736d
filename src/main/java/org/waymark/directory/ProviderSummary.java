package org.waymark.directory;

import java.util.List;
import java.util.UUID;

/**
 * What other modules need to know of a provider: who it is, whether it is approved, where it is and how many
 * pupils it can take. Age range in years; any of urn, ukprn, area, capacity and the ages may be null.
 */
public record ProviderSummary(UUID id, String name, Registration registration, DirectoryStatus directoryStatus,
        String urn, String ukprn, String area, Integer capacity, Integer ageFrom, Integer ageTo, List<Integer> lots) {

    public boolean isApproved() {
        return directoryStatus == DirectoryStatus.APPROVED;
    }

    /** "11–16", or "" when the provider has not said. */
    public String ageRange() {
        if (ageFrom == null && ageTo == null) {
            return "";
        }
        return (ageFrom == null ? "?" : ageFrom) + "–" + (ageTo == null ? "?" : ageTo);
    }
}
