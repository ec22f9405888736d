package org.waymark.directory.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.waymark.directory.PlacesInUse;
import org.waymark.directory.QaOutcomes;
import org.waymark.directory.QaSummary;

/**
 * What other modules answer about providers: places in use (placements) and the latest QA outcome (quality).
 * Either may be absent; then the directory says it does not know.
 */
@Component
public class Outlook {

    private final ObjectProvider<PlacesInUse> places;
    private final ObjectProvider<QaOutcomes> qa;
    private final Clock clock;

    Outlook(ObjectProvider<PlacesInUse> places, ObjectProvider<QaOutcomes> qa, Clock clock) {
        this.places = places;
        this.qa = qa;
        this.clock = clock;
    }

    public boolean knowsPlaces() {
        return places.getIfAvailable() != null;
    }

    /** Places in use today, or empty when no module answers. */
    public Optional<Integer> placesInUse(UUID providerId) {
        PlacesInUse p = places.getIfAvailable();
        return p == null ? Optional.empty()
                : Optional.of(p.placesInUse(java.util.List.of(providerId), LocalDate.now(clock)).getOrDefault(providerId, 0));
    }

    public Map<UUID, Integer> placesInUse(Collection<UUID> providerIds) {
        PlacesInUse p = places.getIfAvailable();
        return p == null ? Map.of() : p.placesInUse(providerIds, LocalDate.now(clock));
    }

    public Optional<QaSummary> latestQa(UUID providerId) {
        QaOutcomes q = qa.getIfAvailable();
        return q == null ? Optional.empty() : q.latest(providerId);
    }

    public Map<UUID, QaSummary> latestQa(Collection<UUID> providerIds) {
        QaOutcomes q = qa.getIfAvailable();
        return q == null || providerIds.isEmpty() ? Map.of() : q.latest(providerIds);
    }
}
