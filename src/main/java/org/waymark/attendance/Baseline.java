package org.waymark.attendance;

import java.math.BigDecimal;
import java.util.UUID;

/** The pupil's attendance at the home school before the placement, as the school recorded it. */
public record Baseline(UUID placementId, int possibleSessions, int attendedSessions, int version) {

    /** Attended as a percentage of possible sessions, rounded half-up to one decimal. */
    public BigDecimal rate() {
        return AttendanceSummary.percentage(attendedSessions, possibleSessions);
    }
}
