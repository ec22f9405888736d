package org.waymark.compliance.engine;

import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;
import org.waymark.commissioning.PlacementActivated;
import org.waymark.commissioning.PlacementEnded;
import org.waymark.commissioning.PlacementProposed;
import org.waymark.directory.ProviderDirectory;
import org.waymark.directory.ProviderStatusChanged;
import org.waymark.quality.ConcernRaised;
import org.waymark.shared.RecordsChanged;

/**
 * Turns the other modules' own events into re-evaluation of the LAs they concern. It listens inside the
 * transaction that publishes them, so the engine re-evaluates each LA once after that transaction commits, however
 * many changes it held (decision 0402), and reads what was saved. A provider's change concerns every LA it works
 * with.
 */
@Component
class ComplianceTriggers {

    private final org.springframework.context.ApplicationEventPublisher events;
    private final ProviderDirectory directory;

    ComplianceTriggers(org.springframework.context.ApplicationEventPublisher events, ProviderDirectory directory) {
        this.events = events;
        this.directory = directory;
    }

    @EventListener
    void proposed(PlacementProposed e) {
        changed(e.localAuthorityId());
    }

    @EventListener
    void activated(PlacementActivated e) {
        changed(e.localAuthorityId());
    }

    @EventListener
    void ended(PlacementEnded e) {
        changed(e.localAuthorityId());
    }

    @EventListener
    void providerStatus(ProviderStatusChanged e) {
        directory.localAuthorityIds(e.providerId()).forEach(this::changed);
    }

    @EventListener
    void concern(ConcernRaised e) {
        directory.localAuthorityIds(e.providerId()).forEach(this::changed);
    }

    private void changed(UUID localAuthorityId) {
        // inside the publisher's transaction: the engine collects it and runs once after commit
        events.publishEvent(new RecordsChanged(localAuthorityId));
    }
}
