package org.waymark.compliance;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A concern about a provider: open until {@code closedOn} (null while open). */
public record ConcernFacts(UUID concernId, UUID providerId, ConcernCategory category, LocalDate raisedOn,
        LocalDate closedOn) {

    public ConcernFacts {
        Objects.requireNonNull(concernId, "concernId");
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(raisedOn, "raisedOn");
    }

    public boolean openOn(LocalDate date) {
        return !date.isBefore(raisedOn) && (closedOn == null || date.isBefore(closedOn));
    }
}
