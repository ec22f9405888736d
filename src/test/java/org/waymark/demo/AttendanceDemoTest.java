package org.waymark.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waymark.attendance.AttendanceSummary;
import org.waymark.attendance.Mark;
import org.waymark.attendance.Session;
import org.waymark.attendance.SessionTimes;

/** The demo's attendance patterns are what the story promises: one persistent and one severe absentee. */
class AttendanceDemoTest {

    @ParameterizedTest(name = "placement {0}: persistent {1}, severe {2}")
    @CsvSource({"0, false, false", "1, true, false", "2, true, true", "4, false, false"})
    void eachDemoPlacementHasItsPattern(int placement, boolean persistent, boolean severe) {
        List<Mark> marks = new ArrayList<>();
        LocalDate day = LocalDate.of(2026, 9, 7);
        int total = 100;
        for (int n = 0; n < total; n++) {
            LocalDate d = day.plusDays(n / 2);
            Session s = n % 2 == 0 ? Session.AM : Session.PM;
            var times = new SessionTimes(d, s, d.atTime(9, 0), d.atTime(12, 0));
            marks.add(Mark.of(d, s, AttendanceDemo.code(placement, n, total, times)));
        }
        AttendanceSummary summary = AttendanceSummary.of(marks);
        assertThat(summary.persistentAbsence()).isEqualTo(persistent);
        assertThat(summary.severeAbsence()).isEqualTo(severe);
    }
}
