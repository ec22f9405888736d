package org.waymark.attendance;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/** One slot of a placement's weekly timetable at the provider: a day of the week, from a time to a later time. */
public record WeeklySlot(DayOfWeek day, LocalTime start, LocalTime end) {

    public WeeklySlot {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A slot must end after it starts: " + day + " " + start + "–" + end);
        }
    }
}
