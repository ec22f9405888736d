package org.waymark.commissioning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One session of a pupil's week: a weekday, from a time to a later time. The same shape as the attendance
 * module's {@code WeeklySlot} (convert with {@code new WeeklySlot(s.day(), s.start(), s.end())}); commissioning
 * keeps its own type so that attendance can depend on placements without a cycle (ADR 0200).
 *
 * @param settingName for a session at another setting, its name; else null
 */
public record TimetableSlot(Setting setting, String settingName, DayOfWeek day, LocalTime start, LocalTime end) {

    public TimetableSlot {
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    public static TimetableSlot atProvider(DayOfWeek day, LocalTime start, LocalTime end) {
        return new TimetableSlot(Setting.PROVIDER, null, day, start, end);
    }

    public static TimetableSlot atHomeSchool(DayOfWeek day, LocalTime start, LocalTime end) {
        return new TimetableSlot(Setting.HOME_SCHOOL, null, day, start, end);
    }

    public BigDecimal hours() {
        return BigDecimal.valueOf(Duration.between(start, end).toMinutes()).divide(BigDecimal.valueOf(60), 2,
                RoundingMode.HALF_UP);
    }

    public boolean overlaps(TimetableSlot other) {
        return day == other.day && start.isBefore(other.end) && other.start.isBefore(end);
    }
}
