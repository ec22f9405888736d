package org.waymark.review;

import java.time.LocalDate;
import java.util.List;

/**
 * A placement's review schedule as a page shows it.
 *
 * @param nextDue   the next review's due date, or null when the placement is not active
 * @param status    where that review stands today, or null
 * @param upcoming  the following due dates up to the planned end
 * @param held      the dates of the reviews held, latest first
 */
public record ReviewPlan(int intervalWeeks, boolean dual, LocalDate nextDue, ReviewSchedule.Status status,
        List<LocalDate> upcoming, List<LocalDate> held) {
}
