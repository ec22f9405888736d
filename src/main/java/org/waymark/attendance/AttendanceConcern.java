package org.waymark.attendance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/**
 * The {@code ATTENDANCE_CONCERN} flag's rule: a placement's attendance over the last four weeks is below 90 %
 * (a warning) or below 50 % (critical, severe). Four weeks rather than the whole placement so the flag follows a
 * recent slide and clears when attendance recovers. Thresholds compare the exact fraction, so 90.0 % is no
 * concern and 50.0 % is a warning; with nothing possible in the window there is nothing to judge.
 *
 * @param severity how serious
 * @param from     first day of the window (27 days before {@code to})
 * @param to       the day assessed, inclusive
 * @param summary  the window's figures, the flag's evidence
 */
public record AttendanceConcern(Severity severity, LocalDate from, LocalDate to, AttendanceSummary summary) {

    /** The window: 28 days up to and including the day assessed. */
    public static final int WINDOW_DAYS = 28;

    public enum Severity {
        WARNING, CRITICAL
    }

    /** The concern, if any, from a placement's marks over the 28 days up to and including {@code upTo}. */
    public static Optional<AttendanceConcern> over(Collection<Mark> marks, LocalDate upTo) {
        LocalDate from = upTo.minusDays(WINDOW_DAYS - 1L);
        AttendanceSummary summary = AttendanceSummary.of(marks.stream()
                .filter(m -> !m.date().isBefore(from) && !m.date().isAfter(upTo)).toList());
        return severityOf(summary).map(severity -> new AttendanceConcern(severity, from, upTo, summary));
    }

    /** Below 50 % attendance → critical; below 90 % → warning; otherwise (or nothing possible) none. */
    public static Optional<Severity> severityOf(AttendanceSummary summary) {
        if (summary.attendanceBelow(50)) {
            return Optional.of(Severity.CRITICAL);
        }
        if (summary.attendanceBelow(90)) {
            return Optional.of(Severity.WARNING);
        }
        return Optional.empty();
    }
}
