package org.waymark.pupil;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * Rule 1 (Education Act 1996 s.8, dfe-reference.md §2): compulsory school age starts on the first prescribed day
 * (31 March, 31 August, 31 December) on or after the fifth birthday, and ends on the school leaving date (last
 * Friday in June) of the school year in which the child turns 16 (school years from 1 September). Both dates
 * are inclusive.
 */
public record CompulsorySchoolAge(LocalDate start, LocalDate end) {

    public CompulsorySchoolAge {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    public static CompulsorySchoolAge forBirthDate(LocalDate dateOfBirth) {
        LocalDate fifth = dateOfBirth.plusYears(5);
        int y = fifth.getYear();
        LocalDate[] prescribed = {LocalDate.of(y, Month.MARCH, 31), LocalDate.of(y, Month.AUGUST, 31),
                LocalDate.of(y, Month.DECEMBER, 31), LocalDate.of(y + 1, Month.MARCH, 31)};
        LocalDate start = null;
        for (LocalDate d : prescribed) {
            if (!d.isBefore(fifth)) {
                start = d;
                break;
            }
        }
        return new CompulsorySchoolAge(start, schoolLeavingDate(YearGroup.cohortStartYear(dateOfBirth) + 17));
    }

    /** The school leaving date of a calendar year: the last Friday in June. */
    public static LocalDate schoolLeavingDate(int year) {
        return LocalDate.of(year, Month.JUNE, 30).with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
