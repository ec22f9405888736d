package org.waymark.attendance;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One session's register mark, as the rules need it. The code must belong to the set in force on the date,
 * so a 2023 mark can never carry {@code K} and a 2025 mark can never carry {@code H}.
 */
public record Mark(LocalDate date, Session session, RegisterCode code) {

    public Mark {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(code, "code");
        if (code.codeSet() != CodeSet.forDate(date)) {
            throw new IllegalArgumentException("Code " + code.code() + " is not in the code set in force on " + date);
        }
    }

    /** A mark from the code as written; unknown for that date's code set → {@link IllegalArgumentException}. */
    public static Mark of(LocalDate date, Session session, String code) {
        return new Mark(date, session, AttendanceCode.forDate(code, date).orElseThrow(
                () -> new IllegalArgumentException("Unknown attendance code for " + date + ": " + code)));
    }
}
