package org.waymark.compliance;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What was recorded when a placement ended: whether its outcome is recorded, whether the pupil left as a
 * Year 11 leaver, and which destination checks (months after leaving: 3, 12, 24) are done.
 */
public record LeavingFacts(UUID placementId, boolean outcomeRecorded, boolean year11Leaver,
        Set<Integer> destinationChecksDone) {

    public LeavingFacts {
        Objects.requireNonNull(placementId, "placementId");
        destinationChecksDone = Set.copyOf(destinationChecksDone);
    }
}
