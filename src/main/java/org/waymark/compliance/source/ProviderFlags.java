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

/** Flags about the providers on an LA's directory: QA overdue. */
@Component
class ProviderFlags implements FlagSource {

    private final ProviderDirectory directory;
    private final QaOverdue qaOverdue = new QaOverdue();

    ProviderFlags(ProviderDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Set<FlagCode> codes() {
        return Set.of(FlagCode.QA_OVERDUE);
    }

    @Override
    public List<RaisedFlag> raise(UUID localAuthorityId, LocalDateTime now) {
        List<RaisedFlag> raised = new ArrayList<>();
        for (DirectoryListing listing : directory.listedIn(localAuthorityId)) {
            if (listing.statusSince() == null) {
                continue; // approved before Waymark kept history: no date to count twelve months from
            }
            ProviderFacts facts = new ProviderFacts(listing.providerId(), localAuthorityId,
                    ProviderRegistration.valueOf(listing.registration()), listing.status(), listing.statusSince(),
                    listing.statusSince(), null);
            qaOverdue.evaluate(facts, now.toLocalDate()).ifPresent(flag -> raised.add(
                    new RaisedFlag(flag, Audience.provider(localAuthorityId, listing.providerId()))));
        }
        return raised;
    }
}
