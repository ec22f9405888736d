package org.waymark.commissioning;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.waymark.calendar.LaCalendar;
import org.waymark.calendar.Term;
import org.waymark.shared.Problems;

/**
 * Plain rules about a pupil's week: checking sessions as typed, weekly hours and days, full-time at a setting
 * (rule 2) and whether a placement lasts more than one academic term (ADR 0201).
 */
public final class Timetables {

    public static final LocalTime EARLIEST = LocalTime.of(8, 0);
    public static final LocalTime LATEST = LocalTime.of(18, 0);
    /** Rule 2: more than this many hours a week at one setting is full-time (exactly 18 is not). */
    public static final BigDecimal FULL_TIME_HOURS = new BigDecimal("18");

    private Timetables() {
    }

    /**
     * Parses and checks sessions of one setting, adding problems on fields named {@code field[i].day},
     * {@code field[i].start}, {@code field[i].end}. Blank rows are skipped. Overlaps are checked by
     * {@link #checkOverlaps} across the whole week.
     */
    public static List<TimetableSlot> parse(Problems p, String field, Setting setting, List<SlotInput> inputs) {
        List<TimetableSlot> slots = new ArrayList<>();
        if (inputs == null) {
            return slots;
        }
        for (int i = 0; i < inputs.size(); i++) {
            SlotInput in = inputs.get(i);
            if (in == null || in.isBlank()) {
                continue;
            }
            String f = field + "[" + i + "]";
            DayOfWeek day = day(in.day());
            if (day == null) {
                p.add(f + ".day", "Choose a school day, Monday to Friday");
            }
            LocalTime start = time(in.start());
            LocalTime end = time(in.end());
            if (start == null) {
                p.add(f + ".start", "Enter the start time as HH:MM, like 09:00");
            }
            if (end == null) {
                p.add(f + ".end", "Enter the end time as HH:MM, like 15:00");
            }
            String name = in.settingName() == null || in.settingName().isBlank() ? null : in.settingName().trim();
            if (setting == Setting.OTHER && name == null) {
                p.add(f + ".settingName", "Enter the name of the other setting");
            } else if (name != null && name.length() > 200) {
                p.add(f + ".settingName", "Setting name must be 200 characters or fewer");
            }
            if (start != null && end != null) {
                if (!end.isAfter(start)) {
                    p.add(f + ".end", "The end time must be after the start time");
                    continue;
                }
                if (start.isBefore(EARLIEST) || end.isAfter(LATEST)) {
                    p.add(f + ".start", "Sessions must be between 08:00 and 18:00");
                    continue;
                }
            }
            if (day != null && start != null && end != null) {
                slots.add(new TimetableSlot(setting, setting == Setting.OTHER ? name : null, day, start, end));
            }
        }
        return slots;
    }

    /** Adds a problem for each session that overlaps an earlier one in the pupil's week. */
    public static void checkOverlaps(Problems p, List<TimetableSlot> week, List<String> fields) {
        for (int i = 0; i < week.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (week.get(i).overlaps(week.get(j))) {
                    TimetableSlot a = week.get(j);
                    p.add(fields.get(i), "This session overlaps another on " + dayName(a.day()) + " (" + a.start()
                            + " to " + a.end() + ")");
                    break;
                }
            }
        }
    }

    public static DayOfWeek day(String value) {
        if (value == null) {
            return null;
        }
        try {
            DayOfWeek d = DayOfWeek.valueOf(value.trim().toUpperCase(Locale.ROOT));
            return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY ? null : d;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public static LocalTime time(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        if (v.matches("\\d:\\d\\d")) {
            v = "0" + v;
        }
        try {
            return LocalTime.parse(v.length() > 5 ? v.substring(0, 5) : v);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static String dayName(DayOfWeek day) {
        String n = day.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    public static BigDecimal weeklyHours(Collection<TimetableSlot> slots) {
        return slots.stream().map(TimetableSlot::hours).reduce(BigDecimal.ZERO, BigDecimal::add).stripTrailingZeros()
                .max(BigDecimal.ZERO).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    }

    public static int daysPerWeek(Collection<TimetableSlot> slots) {
        return (int) slots.stream().map(TimetableSlot::day).distinct().count();
    }

    /**
     * Rule 2: education at one setting is full-time when it is more than 18 hours a week, or when it is all of
     * the pupil's education and lasts, or is planned to last, more than one academic term.
     */
    public static boolean fullTimeAtSetting(BigDecimal weeklyHours, boolean allOfPupilsEducation,
            boolean moreThanOneTerm) {
        return weeklyHours.compareTo(FULL_TIME_HOURS) > 0 || allOfPupilsEducation && moreThanOneTerm;
    }

    /**
     * Whether a placement lasts, or is planned to last, more than one academic term (ADR 0201): open-ended
     * placements do; otherwise it must touch two or more terms and cover more school days than the longest term
     * it touches has.
     */
    public static boolean moreThanOneTerm(LaCalendar calendar, LocalDate start, LocalDate plannedEnd) {
        if (plannedEnd == null) {
            return true;
        }
        List<Term> touched = calendar.terms().stream().filter(t -> t.overlaps(start, plannedEnd)).toList();
        if (touched.size() < 2) {
            return false;
        }
        int covered = calendar.schoolDayCount(start, plannedEnd);
        int longest = touched.stream().mapToInt(t -> calendar.schoolDayCount(t.startDate(), t.endDate())).max()
                .orElse(0);
        return covered > longest;
    }

    /** Academic terms the placement touches; an open-ended one counts to the end of the recorded calendar. */
    public static int termsSpanned(LaCalendar calendar, LocalDate start, LocalDate plannedEnd) {
        LocalDate end = plannedEnd;
        if (end == null) {
            end = calendar.terms().stream().map(Term::endDate).max(LocalDate::compareTo).orElse(start);
        }
        return calendar.termsSpanned(start, end);
    }
}
