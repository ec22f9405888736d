package org.waymark.compliance;

import org.waymark.attendance.Session;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An absence mark at a placement (the attendance module decides which DfE codes are absences) and the date
 * the school followed it up (authorised it, refused authorisation or recorded contact), or null.
 */
public record AbsenceMark(LocalDate date, Session session, String code, LocalDate followedUpOn) {

    public AbsenceMark {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(code, "code");
    }
}
