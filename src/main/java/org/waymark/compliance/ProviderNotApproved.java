package org.waymark.compliance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.waymark.directory.DirectoryStatus;

/**
 * Rule 8: commissioners should use approved providers on the directory. A PROPOSED or ACTIVE placement with a
 * provider that is not APPROVED is flagged from the later of the proposal and the provider taking that status.
 * Not yet approved (applied, under check, not listed): the LA must do its desk-top review. Suspended or
 * removed: critical, and the commissioner must act on the placement.
 */
public final class ProviderNotApproved {

    public List<Flag> evaluate(ProviderFacts provider, Collection<PlacementFacts> placements, LocalDate today) {
        if (provider.directoryStatus() == DirectoryStatus.APPROVED) {
            return List.of();
        }
        boolean withdrawn = provider.directoryStatus() == DirectoryStatus.SUSPENDED
                || provider.directoryStatus() == DirectoryStatus.REMOVED;
        return placements.stream()
                .filter(p -> p.providerId().equals(provider.providerId()))
                .filter(p -> p.status() == PlacementStatus.PROPOSED || p.status() == PlacementStatus.ACTIVE)
                .map(p -> {
                    LocalDate since = provider.directoryStatusSince() != null
                            && provider.directoryStatusSince().isAfter(p.proposedOn())
                            ? provider.directoryStatusSince() : p.proposedOn();
                    String status = "Provider " + provider.providerId() + " is " + Words.lowerWords(provider.directoryStatus())
                            + " on the directory of LA " + provider.localAuthorityId()
                            + (provider.directoryStatusSince() == null ? "."
                                    : " since " + Words.date(provider.directoryStatusSince()) + ".");
                    String placement = "Placement " + p.placementId() + " (" + Words.lowerWords(p.status())
                            + ", proposed on " + Words.date(p.proposedOn()) + ") is commissioned by "
                            + Words.commissioner(p.commissioner()) + ".";
                    return new Flag(FlagCode.PROVIDER_NOT_APPROVED, withdrawn ? Severity.CRITICAL : Severity.WARNING,
                            SubjectType.PLACEMENT, p.placementId(), since,
                            withdrawn ? Owners.commissionerOf(p) : Owner.localAuthority(provider.localAuthorityId()),
                            List.of(status, placement));
                })
                .toList();
    }
}
