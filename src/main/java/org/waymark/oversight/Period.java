package org.waymark.oversight;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.waymark.pupil.YearGroup;
import org.waymark.shared.BadQueryException;
import org.waymark.shared.FieldProblem;

/**
 * The dates an oversight figure covers: by default the current academic year and the two before it, up to today.
 * Figures are given by academic year (1 September to 31 August) and by term within it.
 */
public record Period(LocalDate from, LocalDate to) {

    /** At most ten academic years: a longer range is almost certainly a typing mistake. */
    public static final int MAX_YEARS = 10;

    public static Period standard(LocalDate today) {
        return new Period(LocalDate.of(YearGroup.academicYearOf(today) - 2, 9, 1), today);
    }

    /**
     * The period asked for in a query ({@code from} and {@code to} as YYYY-MM-DD, either may be left out), or a
     * 400 naming what is wrong.
     */
    public static Period parse(String from, String to, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        Period standard = standard(today);
        LocalDate f = date(problems, "from", from, standard.from());
        LocalDate t = date(problems, "to", to, today);
        if (problems.isEmpty()) {
            if (f.isAfter(t)) {
                problems.add(new FieldProblem("from", "The start of the range (from) must be on or before its end (to)"));
            } else if (YearGroup.academicYearOf(t) - YearGroup.academicYearOf(f) >= MAX_YEARS) {
                problems.add(new FieldProblem("from", "Choose a range of at most " + MAX_YEARS + " academic years"));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadQueryException(problems);
        }
        return new Period(f, t);
    }

    private static LocalDate date(List<FieldProblem> problems, String field, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "The date in '" + field + "' must be a real date written as YYYY-MM-DD, "
                    + "for example 2026-09-01"));
            return null;
        }
    }

    /** The academic years the period touches, oldest first, as the year they start (2026 for 2026/27). */
    public List<Integer> academicYears() {
        List<Integer> years = new ArrayList<>();
        for (int y = YearGroup.academicYearOf(from); y <= YearGroup.academicYearOf(to); y++) {
            years.add(y);
        }
        return years;
    }

    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(from) && !date.isAfter(to);
    }

    /** "2026/27" for 2026. */
    public static String yearLabel(int year) {
        return year + "/" + String.format("%02d", (year + 1) % 100);
    }

    /** The academic year of {@code date} as the year it starts. */
    public static int yearOf(LocalDate date) {
        return YearGroup.academicYearOf(date);
    }

    /** Parses "2026/27" or "2026"; a 400 when it is neither. */
    public static int parseYear(String label) {
        try {
            String s = label == null ? "" : label.trim();
            return Integer.parseInt(s.contains("/") ? s.substring(0, s.indexOf('/')) : s);
        } catch (NumberFormatException e) {
            throw new BadQueryException(List.of(new FieldProblem("year", "Choose an academic year such as 2026/27")));
        }
    }
}
