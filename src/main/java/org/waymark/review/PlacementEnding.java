package org.waymark.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What is recorded about an ended placement: its outcome, whether the pupil left as a Year 11 leaver, the final
 * report (null until written) and the destination checks.
 */
public record PlacementEnding(UUID placementId, LocalDate endedOn, String outcome, String outcomeLabel,
        boolean year11Leaver, FinalReport report, OffsetDateTime reportRecordedAt, List<DestinationCheck> checks,
        int version) {

    public boolean reportRecorded() {
        return reportRecordedAt != null;
    }
}
