package org.waymark.review;

import java.time.LocalDate;
import java.util.UUID;

/** A destination check on a Year 11 leaver, due {@code monthsAfter} months after leaving; done when checked. */
public record DestinationCheck(UUID id, UUID placementId, UUID pupilId, int monthsAfter, LocalDate dueOn,
        LocalDate checkedOn, String destination, String destinationLabel, String notes, int version) {

    public boolean done() {
        return checkedOn != null;
    }

    public boolean overdueOn(LocalDate today) {
        return !done() && today.isAfter(dueOn);
    }
}
