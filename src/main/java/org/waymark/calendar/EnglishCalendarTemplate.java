package org.waymark.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * A typical English maintained-school year, the starting point an LA then edits: autumn from early
 * September to the week before Christmas with a half term in the last week of October; spring from the
 * first weekday on or after 4 January to the end of March with a half term in the week of the third
 * Monday of February; summer after a two-week Easter break to about 22 July with a half term in the
 * week of the spring bank holiday. Bank holidays and Easter days that fall in term are closures.
 */
public final class EnglishCalendarTemplate {

    public record PlannedTerm(int number, String name, LocalDate start, LocalDate end) {
    }

    public record PlannedClosure(LocalDate day, String reason) {
    }

    public record Plan(String label, LocalDate start, LocalDate end, List<PlannedTerm> terms,
            List<PlannedClosure> closures) {
    }

    private EnglishCalendarTemplate() {
    }

    /** The academic year that starts in September of {@code year}. */
    public static Plan plan(int year) {
        LocalDate autumnStart = weekdayOnOrAfter(LocalDate.of(year, Month.SEPTEMBER, 3));
        LocalDate autumnEnd = LocalDate.of(year, Month.DECEMBER, 20).with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
        LocalDate springStart = weekdayOnOrAfter(LocalDate.of(year + 1, Month.JANUARY, 4));
        LocalDate springEnd = LocalDate.of(year + 1, Month.MARCH, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
        LocalDate summerStart = springEnd.plusDays(17); // the Monday after two full weeks' holiday
        LocalDate summerEnd = weekdayOnOrBefore(LocalDate.of(year + 1, Month.JULY, 22));

        List<PlannedClosure> closures = new ArrayList<>();
        week(closures, LocalDate.of(year, Month.OCTOBER, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                "Autumn half term");
        week(closures, LocalDate.of(year + 1, Month.FEBRUARY, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.MONDAY)),
                "Spring half term");
        LocalDate springBank = LocalDate.of(year + 1, Month.MAY, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        week(closures, springBank, "Summer half term");
        closures.add(new PlannedClosure(LocalDate.of(year + 1, Month.MAY, 1)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)), "Early May bank holiday"));
        LocalDate easter = easterSunday(year + 1);
        for (PlannedClosure c : List.of(new PlannedClosure(easter.minusDays(2), "Good Friday"),
                new PlannedClosure(easter.plusDays(1), "Easter Monday"))) {
            boolean inTerm = !c.day().isBefore(springStart) && !c.day().isAfter(springEnd)
                    || !c.day().isBefore(summerStart) && !c.day().isAfter(summerEnd);
            if (inTerm) {
                closures.add(c);
            }
        }
        List<PlannedTerm> terms = List.of(new PlannedTerm(1, "Autumn", autumnStart, autumnEnd),
                new PlannedTerm(2, "Spring", springStart, springEnd),
                new PlannedTerm(3, "Summer", summerStart, summerEnd));
        return new Plan(label(year), LocalDate.of(year, Month.SEPTEMBER, 1), LocalDate.of(year + 1, Month.AUGUST, 31),
                terms, closures);
    }

    /** "2026/27" for the year starting September 2026. */
    public static String label(int year) {
        return year + "/" + String.format("%02d", (year + 1) % 100);
    }

    /** The calendar year in which the academic year holding {@code date} started. */
    public static int academicYearOf(LocalDate date) {
        return date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1;
    }

    private static void week(List<PlannedClosure> closures, LocalDate monday, String reason) {
        for (int i = 0; i < 5; i++) {
            closures.add(new PlannedClosure(monday.plusDays(i), reason));
        }
    }

    private static LocalDate weekdayOnOrAfter(LocalDate d) {
        return switch (d.getDayOfWeek()) {
            case SATURDAY -> d.plusDays(2);
            case SUNDAY -> d.plusDays(1);
            default -> d;
        };
    }

    private static LocalDate weekdayOnOrBefore(LocalDate d) {
        return switch (d.getDayOfWeek()) {
            case SATURDAY -> d.minusDays(1);
            case SUNDAY -> d.minusDays(2);
            default -> d;
        };
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
