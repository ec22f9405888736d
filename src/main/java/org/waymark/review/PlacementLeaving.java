package org.waymark.review;

import java.util.Set;
import java.util.UUID;

/**
 * For the compliance rules: whether an ended placement's outcome and final report are recorded, whether the pupil
 * left as a Year 11 leaver, and which destination checks (months after leaving) are done.
 */
public record PlacementLeaving(UUID placementId, boolean outcomeRecorded, boolean year11Leaver,
        Set<Integer> destinationChecksDone) {
}
