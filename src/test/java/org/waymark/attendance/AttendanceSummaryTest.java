package org.waymark.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttendanceSummaryTest {

    private static final LocalDate AUTUMN_2025 = LocalDate.of(2025, 9, 1);

    @ParameterizedTest(name = "[{0}] → possible {1}, rate {7}, absence {8}, persistent {9}, severe {10}")
    @CsvSource(delimiter = '|', textBlock = """
            # register                          | poss | pres | AEA | auth | unauth | NPS | rate  | absence | PA    | SA
            / \\ L                              | 3    | 3    | 0   | 0    | 0      | 0   | 100.0 | 0.0     | false | false
            K V P W B                           | 5    | 0    | 5   | 0    | 0      | 0   | 100.0 | 0.0     | false | false
            C1 M J1 S C2 C T R I E              | 10   | 0    | 0   | 10   | 0      | 0   | 0.0   | 100.0   | true  | true
            G N O U                             | 4    | 0    | 0   | 0    | 4      | 0   | 0.0   | 100.0   | true  | true
            D X Q Y1 Y2 Y3 Y4 Y5 Y6 Y7 Z #      | 0    | 0    | 0   | 0    | 0      | 12  |       |         | false | false
            ''                                  | 0    | 0    | 0   | 0    | 0      | 0   |       |         | false | false
            /*37 I*3                            | 40   | 37   | 0   | 3    | 0      | 0   | 92.5  | 7.5     | false | false
            /*30 K*7 I*2 N Y1*4 #*2             | 40   | 30   | 7   | 2    | 1      | 6   | 92.5  | 7.5     | false | false
            /*2 N                               | 3    | 2    | 0   | 0    | 1      | 0   | 66.7  | 33.3    | true  | false
            / N*2                               | 3    | 1    | 0   | 0    | 2      | 0   | 33.3  | 66.7    | true  | true
            /*9 N                               | 10   | 9    | 0   | 0    | 1      | 0   | 90.0  | 10.0    | true  | false
            /*901 N*99                          | 1000 | 901  | 0   | 0    | 99     | 0   | 90.1  | 9.9     | false | false
            /*1801 N*199                        | 2000 | 1801 | 0   | 0    | 199    | 0   | 90.1  | 10.0    | false | false
            / N                                 | 2    | 1    | 0   | 0    | 1      | 0   | 50.0  | 50.0    | true  | true
            /*501 N*499                         | 1000 | 501  | 0   | 0    | 499    | 0   | 50.1  | 49.9    | true  | false
            /*7 I*2 Y7                          | 9    | 7    | 0   | 2    | 0      | 1   | 77.8  | 22.2    | true  | false
            /*199 O                             | 200  | 199  | 0   | 0    | 1      | 0   | 99.5  | 0.5     | false | false
            """)
    void summaryOfARegister(String register, int possible, int present, int aea, int authorised, int unauthorised,
            int notPossible, BigDecimal rate, BigDecimal absenceRate, boolean persistent, boolean severe) {
        AttendanceSummary summary = AttendanceSummary.of(Registers.marks(AUTUMN_2025, register));
        assertThat(summary).isEqualTo(new AttendanceSummary(possible, present, aea, authorised, unauthorised,
                notPossible, rate, absenceRate, persistent, severe));
        if (rate != null) {
            assertThat(summary.attendanceRate().scale()).isEqualTo(1);
            assertThat(summary.attendanceRate().toPlainString()).isEqualTo(rate.toPlainString());
        }
    }

    /** Old marks count by the old categories: J was approved educational activity, H authorised absence. */
    @Test
    void marksBeforeTheChangeoverCountByTheOldCodes() {
        AttendanceSummary summary = AttendanceSummary.of(Registers.marks(LocalDate.of(2024, 7, 1), "J B H Y"));
        assertThat(summary.approvedEducationalActivity()).isEqualTo(2);
        assertThat(summary.authorisedAbsence()).isEqualTo(1);
        assertThat(summary.notPossible()).isEqualTo(1);
        assertThat(summary.attendanceRate()).isEqualByComparingTo("66.7");
    }

    @Test
    void oneMarkASession() {
        LocalDate day = LocalDate.of(2025, 9, 1);
        assertThatThrownBy(() -> AttendanceSummary.of(List.of(Mark.of(day, Session.AM, "/"), Mark.of(day, Session.AM, "N"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void figuresThatDoNotAddUpAreRefused() {
        assertThatThrownBy(() -> new AttendanceSummary(3, 3, 0, 0, 0, 0, new BigDecimal("99.0"), new BigDecimal("0.0"),
                false, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AttendanceSummary.ofCounts(-1, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} of {1} attended: below 90 % {2}, below 50 % {3}")
    @CsvSource({"9, 10, false, false", "899, 1000, true, false", "1, 2, true, false", "499, 1000, true, true",
            "0, 0, false, false"})
    void attendanceBelow(int attended, int possible, boolean below90, boolean below50) {
        AttendanceSummary summary = AttendanceSummary.ofCounts(attended, 0, possible - attended, 0, 0);
        assertThat(summary.attendanceBelow(90)).isEqualTo(below90);
        assertThat(summary.attendanceBelow(50)).isEqualTo(below50);
    }
}
