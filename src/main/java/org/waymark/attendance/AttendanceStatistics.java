package org.waymark.attendance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Attendance in DfE terms between two dates, in the caller's scope: per placement, and summed per pupil, provider,
 * home school and in total, with how many pupils are persistently (10 %+) and severely (50 %+) absent.
 */
public record AttendanceStatistics(LocalDate from, LocalDate to, List<PlacementFigures> placements,
        List<GroupFigures> pupils, List<GroupFigures> providers, List<GroupFigures> schools, GroupFigures total) {

    /** One placement's figures. */
    public record PlacementFigures(UUID placementId, UUID pupilId, String pupilName, String upn, UUID providerId,
            String providerName, UUID homeSchoolId, String homeSchoolName, AttendanceSummary summary) {
    }

    /** Figures summed over a group of pupils (a pupil, a provider, a school, everything). */
    public record GroupFigures(UUID id, String name, int pupils, AttendanceSummary summary, int persistentlyAbsent,
            int severelyAbsent) {
    }
}
