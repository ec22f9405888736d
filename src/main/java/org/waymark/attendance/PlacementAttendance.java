package org.waymark.attendance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A placement's marks between two dates and their DfE summary. */
public record PlacementAttendance(UUID placementId, LocalDate from, LocalDate to, List<RecordedMark> marks,
        AttendanceSummary summary) {
}
