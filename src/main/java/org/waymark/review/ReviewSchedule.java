package org.waymark.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * When a placement's reviews fall due (rule 10): at its review interval from the start or the latest review;
 * a dual-registered placement also at 6 and 12 weeks from its start (a review held up to a week early meets
 * that point); an earlier next review date agreed at a review brings the due date forward.
 * Plain Java, table-tested.
 */
public final class ReviewSchedule {

    public static final int DEFAULT_INTERVAL_WEEKS = 6;
    public static final List<Integer> DUAL_MILESTONE_WEEKS = List.of(6, 12);
    /** How early a review may be held and still count as a dual-registration 6- or 12-week review. */
    public static final int EARLY_WEEKS = 1;
    /** Reminders go this many days before a review is due. */
    public static final int REMINDER_DAYS = 7;

    private ReviewSchedule() {
    }

    /** The date the next review is due after {@code lastReview} (or the start when there has been none). */
    public static LocalDate nextDue(LocalDate start, int intervalWeeks, boolean dual, LocalDate lastReview,
            LocalDate agreedNext) {
        LocalDate base = lastReview != null && lastReview.isAfter(start) ? lastReview : start;
        LocalDate due = base.plusWeeks(intervalWeeks > 0 ? intervalWeeks : DEFAULT_INTERVAL_WEEKS);
        if (dual) {
            for (int weeks : DUAL_MILESTONE_WEEKS) {
                LocalDate milestone = start.plusWeeks(weeks);
                boolean met = !base.equals(start) && !base.isBefore(milestone.minusWeeks(EARLY_WEEKS));
                if (milestone.isAfter(base) && !met && milestone.isBefore(due)) {
                    due = milestone;
                    break;
                }
            }
        }
        if (agreedNext != null && agreedNext.isAfter(base) && agreedNext.isBefore(due)) {
            due = agreedNext;
        }
        return due;
    }

    /** Where a due review stands on {@code today}. */
    public enum Status {
        OVERDUE("Overdue"), DUE_SOON("Due within a week"), UPCOMING("Upcoming");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static Status status(LocalDate due, LocalDate today) {
        if (today.isAfter(due)) {
            return Status.OVERDUE;
        }
        return today.isBefore(due.minusDays(REMINDER_DAYS)) ? Status.UPCOMING : Status.DUE_SOON;
    }

    /**
     * The reviews still to come: the next due date, then each following one assuming every review is held on
     * its due date, up to the planned end (or {@code max} dates for an open-ended placement).
     */
    public static List<LocalDate> upcoming(LocalDate start, LocalDate plannedEnd, int intervalWeeks, boolean dual,
            LocalDate lastReview, LocalDate agreedNext, int max) {
        List<LocalDate> dates = new ArrayList<>();
        LocalDate due = nextDue(start, intervalWeeks, dual, lastReview, agreedNext);
        while (dates.size() < max && (plannedEnd == null || !due.isAfter(plannedEnd))) {
            dates.add(due);
            due = nextDue(start, intervalWeeks, dual, due, null);
        }
        return dates;
    }
}
