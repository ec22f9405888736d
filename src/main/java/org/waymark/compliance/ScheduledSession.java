package org.waymark.compliance;

import org.waymark.attendance.Session;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/** A session the placement's timetable schedules, when it ends, and whether the provider has marked it. */
public record ScheduledSession(LocalDate date, Session session, LocalDateTime endsAt, boolean marked) {

    public ScheduledSession {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(endsAt, "endsAt");
    }
}
