package org.waymark.pupil;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;

/**
 * National Curriculum year group (rule 1): a child born 1 September Y–1 to 31 August Y is in Reception in the
 * school year starting in September Y+4, Year 1 the next, up to Year 13. Children placed out of their year group
 * are a school decision not modelled here.
 */
public final class YearGroup {

    private YearGroup() {
    }

    /** The calendar year in which the child's cohort (1 September to 31 August) starts. */
    public static int cohortStartYear(LocalDate dateOfBirth) {
        return dateOfBirth.getMonthValue() >= Month.SEPTEMBER.getValue() ? dateOfBirth.getYear()
                : dateOfBirth.getYear() - 1;
    }

    /** The year in which the academic year holding {@code date} starts (1 September). */
    public static int academicYearOf(LocalDate date) {
        return date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1;
    }

    /** 0 for Reception, 1–13 for Years 1–13; negative before Reception, above 13 after Year 13. */
    public static int number(LocalDate dateOfBirth, LocalDate on) {
        return academicYearOf(on) - cohortStartYear(dateOfBirth) - 5;
    }

    /** "R", "1" … "13", or empty outside Reception to Year 13 (as api.md's {@code yearGroup}). */
    public static Optional<String> label(LocalDate dateOfBirth, LocalDate on) {
        int n = number(dateOfBirth, on);
        if (n < 0 || n > 13) {
            return Optional.empty();
        }
        return Optional.of(n == 0 ? "R" : String.valueOf(n));
    }

    /** "Reception", "Year 7", or a phrase for a child outside school years. */
    public static String describe(LocalDate dateOfBirth, LocalDate on) {
        int n = number(dateOfBirth, on);
        if (n < 0) {
            return "Below Reception age";
        }
        if (n > 13) {
            return "Beyond Year 13";
        }
        return n == 0 ? "Reception" : "Year " + n;
    }

    /** Reception to Year 6: the primary questions of rule 12 apply. */
    public static boolean isPrimary(LocalDate dateOfBirth, LocalDate on) {
        int n = number(dateOfBirth, on);
        return n >= 0 && n <= 6;
    }
}
