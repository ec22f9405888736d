package org.waymark.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A reduced timetable as recorded for a pupil (rule 5). Any of reason, end date and review date may be
 * missing from the record; it then does not excuse a shortfall.
 *
 * @param reviewOn the next review date (moved on when the timetable is reviewed)
 */
public record ReducedTimetable(UUID id, ReducedTimetableReason reason, boolean parentAgreed, LocalDate start,
        LocalDate end, LocalDate reviewOn) {

    public ReducedTimetable {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
    }

    /** What the record lacks to count as a reduced timetable under rule 5 (empty when complete). */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (reason == null) {
            missing.add("a reason");
        }
        if (!parentAgreed) {
            missing.add("the parent's agreement");
        }
        if (end == null) {
            missing.add("an end date");
        }
        if (reviewOn == null) {
            missing.add("a review date");
        }
        return missing;
    }

    /** Complete, started, and neither past its end date nor its review date on {@code date}. */
    public boolean excuses(LocalDate date) {
        return missing().isEmpty() && !date.isBefore(start) && !date.isAfter(end) && !date.isAfter(reviewOn);
    }
}
