package org.waymark.compliance.source;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.waymark.compliance.Audience;
import org.waymark.compliance.FlagCode;
import org.waymark.compliance.FlagSource;
import org.waymark.compliance.ProviderFacts;
import org.waymark.compliance.ProviderRegistration;
import org.waymark.compliance.QaOverdue;
import org.waymark.compliance.RaisedFlag;
import org.waymark.directory.DirectoryListing;
import org.waymark.directory.ProviderDirectory;
import org.waymark.quality.QaRecords;

/** Flags about the providers on an LA's directory: QA overdue. */
@Component
class ProviderFlags implements FlagSource {

    private final ProviderDirectory directory;
    private final QaRecords qaRecords;
    private final QaOverdue qaOverdue = new QaOverdue();

    ProviderFlags(ProviderDirectory directory, QaRecords qaRecords) {
        this.directory = directory;
        this.qaRecords = qaRecords;
    }

    @Override
    public Set<FlagCode> codes() {
        return Set.of(FlagCode.QA_OVERDUE);
    }

    @Override
    public List<RaisedFlag> raise(UUID localAuthorityId, LocalDateTime now) {
        List<RaisedFlag> raised = new ArrayList<>();
        List<DirectoryListing> listings = directory.listedIn(localAuthorityId);
        var lastVisits = qaRecords.lastVisitDates(listings.stream().map(DirectoryListing::providerId).toList());
        for (DirectoryListing listing : listings) {
            if (listing.statusSince() == null && lastVisits.get(listing.providerId()) == null) {
                continue; // approved before Waymark kept history and never visited: no date to count from
            }
            ProviderFacts facts = new ProviderFacts(listing.providerId(), localAuthorityId,
                    ProviderRegistration.valueOf(listing.registration()), listing.status(), listing.statusSince(),
                    listing.statusSince(), lastVisits.get(listing.providerId()));
            qaOverdue.evaluate(facts, now.toLocalDate()).ifPresent(flag -> raised.add(
                    new RaisedFlag(flag, Audience.provider(localAuthorityId, listing.providerId()))));
        }
        return raised;
    }
}
