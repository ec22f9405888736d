package org.waymark.quality;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A concern about a provider as other modules read it (compliance's OPEN_CONCERN, oversight's counts): no
 * description, no raiser. {@code pupilId} is null when the concern is not about one child; {@code closedOn} null
 * while it is open.
 */
public record ConcernSummary(UUID id, UUID providerId, UUID pupilId, ConcernCategory category, LocalDate raisedOn,
        LocalDate closedOn) {

    public boolean open() {
        return closedOn == null;
    }
}
