package org.waymark.commissioning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A placement as other modules and pages read it, with what is derived from its timetable and dates.
 *
 * @param localAuthorityId       the LA responsible for the pupil
 * @param homeSchoolId           the pupil's home school, or null (no school place)
 * @param schoolContactUserId    the key contact at the commissioning side (a user), or null
 * @param timetable              the pupil's sessions at the provider
 * @param homeSchoolTimetable    the pupil's sessions at the home school
 * @param otherTimetable         sessions at any other setting (each with its name)
 * @param fullTimeAtProvider     rule 2 at the provider
 * @param lengthInTerms          academic terms the placement spans (LA calendar)
 * @param moreThanOneTerm        lasts, or is planned to last, more than one academic term
 * @param nextReviewDate         set on activation to start + interval, then moved by each review
 * @param reducedTimetable       null when none is recorded
 */
public record PlacementSummary(UUID id, UUID pupilId, String pupilName, UUID providerId, String providerName,
        Commissioner commissioner, UUID localAuthorityId, UUID homeSchoolId, String homeSchoolName,
        UUID schoolContactUserId, String schoolContactName, String providerContact, PlacementStatus status,
        LocalDate startDate, LocalDate plannedEndDate, LocalDate endedOn, int tier, Route route,
        RegistrationArrangement registrationArrangement, List<TimetableSlot> timetable,
        List<TimetableSlot> homeSchoolTimetable, List<TimetableSlot> otherTimetable, BigDecimal weeklyHours,
        int daysPerWeek, boolean fullTimeAtProvider, int lengthInTerms, boolean moreThanOneTerm,
        int reviewIntervalWeeks, LocalDate nextReviewDate, ReducedTimetableTerms reducedTimetable,
        String shorterDayReason, LocalDate proposedOn, LocalDate acceptedOn, String declineReason,
        LocalDate activatedOn, String endOutcome, String endNotes, String cancelReason, boolean dueDiligenceComplete,
        int version) {

    /** Every session of the pupil's week across settings. */
    public List<TimetableSlot> wholeWeek() {
        return java.util.stream.Stream.of(timetable, homeSchoolTimetable, otherTimetable).flatMap(List::stream)
                .toList();
    }

    public boolean isActive() {
        return status == PlacementStatus.ACTIVE;
    }

    /** Whether the placement takes place on {@code date}: ACTIVE (or ENDED) and the date within its dates. */
    public boolean runsOn(LocalDate date) {
        if (status == PlacementStatus.ACTIVE) {
            return !date.isBefore(startDate) && (plannedEndDate == null || !date.isAfter(plannedEndDate));
        }
        if (status == PlacementStatus.ENDED) {
            return !date.isBefore(startDate) && endedOn != null && !date.isAfter(endedOn);
        }
        return false;
    }
}
