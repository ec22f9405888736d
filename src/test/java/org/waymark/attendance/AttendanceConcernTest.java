package org.waymark.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waymark.attendance.AttendanceConcern.Severity;

class AttendanceConcernTest {

    /** The thresholds on exact figures: attended of possible (the rest absent), plus not-possible sessions. */
    @ParameterizedTest(name = "{0} of {1} attended ({3} %) → {4}")
    @CsvSource({
            "9,   10,   0, 90.0, ",          // 90.0 % is not a concern
            "899, 1000, 0, 89.9, WARNING",   // 89.9 % is
            "36,  40,   0, 90.0, ",
            "35,  40,   0, 87.5, WARNING",
            "1,   2,    0, 50.0, WARNING",   // 50.0 % is a warning, not critical
            "20,  40,   4, 50.0, WARNING",
            "499, 1000, 0, 49.9, CRITICAL",  // 49.9 % is critical
            "19,  40,   0, 47.5, CRITICAL",
            "0,   3,    0,  0.0, CRITICAL",
            "40,  40,   0, 100.0, ",
            "0,   0,    6,     , ",          // nothing possible: nothing to judge
    })
    void thresholds(int attended, int possible, int notPossible, String rate, Severity severity) {
        AttendanceSummary summary = AttendanceSummary.ofCounts(attended, 0, 0, possible - attended, notPossible);
        assertThat(summary.attendanceRate() == null ? null : summary.attendanceRate().toPlainString()).isEqualTo(rate);
        assertThat(AttendanceConcern.severityOf(summary)).isEqualTo(java.util.Optional.ofNullable(severity));
    }

    /** Four weeks up to Thursday 26 November 2026: Friday 30 October to 26 November inclusive. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                     | marks (date code, …)                      | severity
            all present in the window                  | 2026-11-02 /, 2026-11-26 /                | 
            an absence on the first day counts         | 2026-10-30 N, 2026-11-02 /                | WARNING
            an absence the day before does not         | 2026-10-29 N, 2026-11-02 /                | 
            an absence after the day assessed does not | 2026-11-27 N, 2026-11-02 /                | 
            one absence in ten sessions: 90.0 %        | 2026-11-02 N, 2026-11-03 / * 9            | 
            two absences in ten sessions: 80.0 %       | 2026-11-02 N * 2, 2026-11-03 / * 8        | WARNING
            six absences in ten: 40.0 %                | 2026-11-02 I * 6, 2026-11-09 / * 4        | CRITICAL
            five absences in ten: 50.0 %               | 2026-11-02 I * 5, 2026-11-09 / * 5        | WARNING
            a not-possible session is not held against | 2026-11-02 Y1 * 4, 2026-11-09 / * 9, 2026-11-16 K | 
            only not-possible sessions                 | 2026-11-02 Y1 * 2, 2026-11-03 '#' * 2     | 
            no marks at all                            | ''                                        | 
            """)
    void overTheLastFourWeeks(String description, String marks, Severity severity) {
        LocalDate upTo = LocalDate.of(2026, 11, 26);
        var concern = AttendanceConcern.over(parse(marks), upTo);
        assertThat(concern.map(AttendanceConcern::severity)).isEqualTo(java.util.Optional.ofNullable(severity));
        concern.ifPresent(c -> {
            assertThat(c.from()).isEqualTo(LocalDate.of(2026, 10, 30));
            assertThat(c.to()).isEqualTo(upTo);
        });
    }

    @Test
    void theEvidenceIsTheWindowsSummary() {
        var concern = AttendanceConcern.over(parse("2026-11-02 N * 2, 2026-11-03 / * 8, 2026-09-01 / * 20"),
                LocalDate.of(2026, 11, 26)).orElseThrow();
        assertThat(concern.summary().possibleSessions()).isEqualTo(10);
        assertThat(concern.summary().attendanceRate()).isEqualByComparingTo("80.0");
    }

    /** "2026-11-02 N * 2, 2026-11-03 / * 8": runs of the same code on consecutive sessions from a date's AM. */
    private static List<Mark> parse(String marks) {
        List<Mark> result = new ArrayList<>();
        if (marks == null || marks.isBlank()) {
            return result;
        }
        for (String run : marks.split(",")) {
            String[] parts = run.trim().split("\\s+");
            String register = parts[1].replace("'", "") + (parts.length > 3 ? "*" + parts[3] : "");
            result.addAll(Registers.marks(LocalDate.parse(parts[0]), register));
        }
        return result;
    }
}
