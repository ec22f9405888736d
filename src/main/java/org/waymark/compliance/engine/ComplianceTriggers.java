package org.waymark.compliance.engine;

import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.waymark.commissioning.PlacementActivated;
import org.waymark.commissioning.PlacementEnded;
import org.waymark.commissioning.PlacementProposed;
import org.waymark.directory.ProviderDirectory;
import org.waymark.directory.ProviderStatusChanged;
import org.waymark.quality.ConcernRaised;
import org.waymark.shared.RecordsChanged;

/**
 * Turns the other modules' own events into re-evaluation of the LAs they concern, once their transaction has
 * committed (so the rules read what was saved). A provider's change concerns every LA it works with.
 */
@Component
class ComplianceTriggers {

    private final org.springframework.context.ApplicationEventPublisher events;
    private final ProviderDirectory directory;

    ComplianceTriggers(org.springframework.context.ApplicationEventPublisher events, ProviderDirectory directory) {
        this.events = events;
        this.directory = directory;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void proposed(PlacementProposed e) {
        changed(e.localAuthorityId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void activated(PlacementActivated e) {
        changed(e.localAuthorityId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void ended(PlacementEnded e) {
        changed(e.localAuthorityId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void providerStatus(ProviderStatusChanged e) {
        directory.localAuthorityIds(e.providerId()).forEach(this::changed);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void concern(ConcernRaised e) {
        directory.localAuthorityIds(e.providerId()).forEach(this::changed);
    }

    private void changed(UUID localAuthorityId) {
        // published outside any transaction: the engine's own listener runs it at once (fallbackExecution)
        events.publishEvent(new RecordsChanged(localAuthorityId));
    }
}
