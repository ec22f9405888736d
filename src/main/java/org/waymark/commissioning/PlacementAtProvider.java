package org.waymark.commissioning;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a provider needs for its register on a date: the pupil, the sessions it expects them, and the placement's
 * dates, commissioner, home school and the school's key contact
 * (whom an absence alerts).
 */
public record PlacementAtProvider(UUID placementId, UUID pupilId, String pupilName, List<TimetableSlot> timetable,
        LocalDate startDate, LocalDate plannedEndDate, Commissioner commissioner, UUID homeSchoolId,
        UUID localAuthorityId, RegistrationArrangement registrationArrangement, String providerName,
        UUID schoolContactUserId) {
}
