package org.waymark.commissioning;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A placement as the commissioner enters it (api.md {@code POST /placements}). Enumerations and sessions are
 * kept as typed so each problem is reported on its field.
 *
 * @param commissionerType  SCHOOL, LOCAL_AUTHORITY or PARENT; null takes the caller's own kind
 * @param commissionerId    null takes the caller's own school, LA or family
 * @param reducedTimetable  null when the pupil's week is not reduced
 */
public record NewPlacement(UUID pupilId, UUID providerId, String commissionerType, UUID commissionerId,
        LocalDate startDate, LocalDate plannedEndDate, Integer tier, String route, String registrationArrangement,
        List<SlotInput> timetable, List<SlotInput> homeSchoolTimetable, List<SlotInput> otherTimetable,
        Integer reviewIntervalWeeks, ReducedInput reducedTimetable, String shorterDayReason, String providerContact) {

    /** A reduced timetable as typed. */
    public record ReducedInput(String reason, Boolean parentAgreed, LocalDate endDate, LocalDate reviewDate) {
    }
}
