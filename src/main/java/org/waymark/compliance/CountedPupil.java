package org.waymark.compliance;

import java.util.List;
import java.util.UUID;

/**
 * A pupil counted towards the registration threshold on a date: full-time at the provider and of compulsory
 * school age, with the placements that make it up, and whether these are only proposed so far.
 */
public record CountedPupil(UUID pupilId, List<UUID> placementIds, boolean lookedAfter, boolean ehcp,
        boolean proposedOnly) {

    public CountedPupil {
        placementIds = List.copyOf(placementIds);
    }

    public boolean lookedAfterOrEhcp() {
        return lookedAfter || ehcp;
    }
}
