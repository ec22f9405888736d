package org.waymark.compliance;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.waymark.directory.DirectoryStatus;

/**
 * What the rules need to know about a provider on one LA's directory.
 *
 * @param localAuthorityId      the LA whose directory this is (owner of the LA's flags about the provider)
 * @param directoryStatusSince  the date the provider took its current directory status, or null if unknown
 * @param approvedOn            the date it was (last) approved, or null
 * @param lastQaVisit           the date of its latest QA visit, or null when never visited
 */
public record ProviderFacts(UUID providerId, UUID localAuthorityId, ProviderRegistration registration,
        DirectoryStatus directoryStatus, LocalDate directoryStatusSince, LocalDate approvedOn, LocalDate lastQaVisit) {

    public ProviderFacts {
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(localAuthorityId, "localAuthorityId");
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(directoryStatus, "directoryStatus");
    }

    public boolean unregistered() {
        return registration == ProviderRegistration.UNREGISTERED;
    }
}
