package org.waymark.attendance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A register for one provider, date and session. {@code reason} is needed only when an LA officer records a
 * register older than the past-days window.
 */
public record RegisterSubmission(UUID providerId, LocalDate date, Session session, List<MarkEntry> marks,
        String reason) {
}
