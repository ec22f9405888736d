package org.waymark.commissioning;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A pupil's whole week on a date across the home school, every active placement and any other setting, against
 * the home school's normal week (rule 5; {@code GET /pupils/{id}/provision}).
 *
 * @param homeSchoolWeekAssumed      true when no active placement records the pupil's home-school sessions, so the
 *                                   home school's normal week is assumed
 * @param reducedTimetable           a reduced timetable in force on the date, or null
 * @param daysShortOfNineToThree     weekdays whose sessions do not run from 9:00 or earlier to 15:00 or later
 */
public record PupilWeek(UUID pupilId, LocalDate date, BigDecimal expectedWeeklyHours, BigDecimal scheduledWeeklyHours,
        List<SettingHours> settings, boolean fullTime, boolean ofCompulsorySchoolAge, boolean homeSchoolWeekAssumed,
        ReducedTimetableTerms reducedTimetable, List<TimetableSlot> sessions, List<DayOfWeek> daysShortOfNineToThree) {

    /** Hours a week at one setting; {@code placementId} null for the home school or another setting. */
    public record SettingHours(UUID placementId, String name, Setting setting, BigDecimal weeklyHours) {
    }

    /** Hours short of the normal week (zero when full-time). */
    public BigDecimal shortfall() {
        return expectedWeeklyHours.subtract(scheduledWeeklyHours).max(BigDecimal.ZERO);
    }
}
