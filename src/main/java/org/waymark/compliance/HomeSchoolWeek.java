package org.waymark.compliance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The expected week and the pupil's timetabled hours at the home school over time (rule 5).
 *
 * @param schoolId           the home school, or null when the pupil has none (the LA arranges education)
 * @param normalWeeklyHours  the home school's normal week (default 32.5), or the LA's expectation
 * @param pupilHours         the pupil's hours a week at the home school, dated (empty: none)
 */
public record HomeSchoolWeek(UUID schoolId, BigDecimal normalWeeklyHours, List<DatedHours> pupilHours) {

    public static final BigDecimal DEFAULT_NORMAL_WEEK = new BigDecimal("32.5");

    public HomeSchoolWeek {
        Objects.requireNonNull(normalWeeklyHours, "normalWeeklyHours");
        pupilHours = List.copyOf(pupilHours);
    }
}
