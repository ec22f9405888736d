package org.waymark.quality;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * When QA visits fall due (rule 11, ADR 0600): an approved provider's annual visit twelve months after its latest
 * visit; a provider never visited is a new provider, due three months after approval; a responsive visit after a
 * safeguarding or health and safety concern within five working days, after any other concern within twenty.
 */
public final class VisitSchedule {

    public static final int MONTHS_BETWEEN_VISITS = 12;
    public static final int MONTHS_TO_FIRST_VISIT = 3;
    /** A visit is not proposed sooner than this, so the provider has time for its self-assessment. */
    public static final int NOTICE_DAYS = 10;

    private VisitSchedule() {
    }

    /** The date the next routine visit is due by. */
    public static LocalDate dueBy(LocalDate lastVisit, LocalDate approvedOn) {
        if (lastVisit != null) {
            return lastVisit.plusMonths(MONTHS_BETWEEN_VISITS);
        }
        if (approvedOn == null) {
            throw new IllegalArgumentException("A provider needs its approval date or a previous visit");
        }
        return approvedOn.plusMonths(MONTHS_TO_FIRST_VISIT);
    }

    /** Annual, or new provider when never visited. */
    public static VisitType routineType(LocalDate lastVisit) {
        return lastVisit == null ? VisitType.NEW_PROVIDER : VisitType.ANNUAL;
    }

    /**
     * The date to propose for a routine visit: the due date, but not sooner than the notice period from today,
     * and on a weekday.
     */
    public static LocalDate proposedDate(LocalDate dueBy, LocalDate today) {
        LocalDate earliest = today.plusDays(NOTICE_DAYS);
        return weekday(dueBy.isBefore(earliest) ? earliest : dueBy);
    }

    /** The date a responsive visit should happen by after a concern raised on {@code raisedOn}. */
    public static LocalDate responsiveBy(ConcernCategory category, LocalDate raisedOn) {
        int workingDays = category == ConcernCategory.SAFEGUARDING || category == ConcernCategory.HEALTH_AND_SAFETY
                ? 5 : 20;
        LocalDate d = raisedOn;
        int counted = 0;
        while (counted < workingDays) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return d;
    }

    /** Whether a routine visit is due within the academic year ending on {@code yearEnd}. */
    public static boolean dueWithin(LocalDate dueBy, LocalDate yearEnd) {
        return !dueBy.isAfter(yearEnd);
    }

    /** Whether a provider is overdue on {@code today}: no visit within twelve months (as the QA_OVERDUE flag). */
    public static boolean overdue(LocalDate lastVisit, LocalDate approvedOn, LocalDate today) {
        LocalDate base = lastVisit != null ? lastVisit : approvedOn;
        return base != null && today.isAfter(base.plusMonths(MONTHS_BETWEEN_VISITS));
    }

    private static LocalDate weekday(LocalDate d) {
        return switch (d.getDayOfWeek()) {
            case SATURDAY -> d.plusDays(2);
            case SUNDAY -> d.plusDays(1);
            default -> d;
        };
    }
}
