package org.waymark.shared;

import java.util.UUID;

/**
 * Published (inside the transaction) when records that the compliance rules read change — a placement, a
 * register, a review, a provider's status, a concern — so that the LA's flags are re-evaluated once it commits.
 * {@code attendanceOnly} says only attendance marks changed, so only the rules that read marks need to run
 * (a register at 09:30 need not re-read every placement's timetable and review).
 */
public record RecordsChanged(UUID localAuthorityId, boolean attendanceOnly) {

    public RecordsChanged(UUID localAuthorityId) {
        this(localAuthorityId, false);
    }

    /** Only attendance marks (a register, a school's follow-up of an absence) changed. */
    public static RecordsChanged attendance(UUID localAuthorityId) {
        return new RecordsChanged(localAuthorityId, true);
    }
}
