package org.waymark.attendance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.waymark.review.AttendanceFigures;
import org.waymark.review.AttendanceSince;

/**
 * Fills a review's "attendance since the last review" from the registers (the review module's seam): the
 * reviewer is already in scope of the placement when the review form asks.
 */
@Component
class ReviewAttendance implements AttendanceSince {

    private final JdbcClient db;

    ReviewAttendance(JdbcClient db) {
        this.db = db;
    }

    @Override
    public Optional<AttendanceFigures> between(UUID placementId, LocalDate from, LocalDate to) {
        List<RecordedMark> marks = db.sql("select " + AttendanceRegisters.MARK_COLUMNS
                        + " from attendance_mark where placement_id = ? and mark_date between ? and ?"
                        + " order by mark_date, session_half")
                .params(placementId, from, to).query(RecordedMark.class).list();
        if (marks.isEmpty()) {
            return Optional.empty();
        }
        AttendanceSummary summary = AttendanceSummary.of(marks.stream().map(RecordedMark::mark).toList());
        return Optional.of(new AttendanceFigures(from, to, summary.possibleSessions(), summary.attended(),
                summary.attendanceRate()));
    }
}
