package org.waymark.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttendanceCodeTest {

    /** dfe-reference §1.2, row by row: code, category, possible session, absent (alerts), late. */
    @ParameterizedTest(name = "{0}: {1}, possible {2}, absent {3}, late {4}")
    @CsvSource(delimiter = '|', textBlock = """
            /  | PRESENT                       | true  | false | false
            \\ | PRESENT                       | true  | false | false
            L  | PRESENT                       | true  | false | true
            K  | APPROVED_EDUCATIONAL_ACTIVITY | true  | false | false
            V  | APPROVED_EDUCATIONAL_ACTIVITY | true  | false | false
            P  | APPROVED_EDUCATIONAL_ACTIVITY | true  | false | false
            W  | APPROVED_EDUCATIONAL_ACTIVITY | true  | false | false
            B  | APPROVED_EDUCATIONAL_ACTIVITY | true  | false | false
            D  | NOT_POSSIBLE                  | false | false | false
            C1 | AUTHORISED_ABSENCE            | true  | true  | false
            M  | AUTHORISED_ABSENCE            | true  | true  | false
            J1 | AUTHORISED_ABSENCE            | true  | true  | false
            S  | AUTHORISED_ABSENCE            | true  | true  | false
            X  | NOT_POSSIBLE                  | false | false | false
            C2 | AUTHORISED_ABSENCE            | true  | true  | false
            C  | AUTHORISED_ABSENCE            | true  | true  | false
            T  | AUTHORISED_ABSENCE            | true  | true  | false
            R  | AUTHORISED_ABSENCE            | true  | true  | false
            I  | AUTHORISED_ABSENCE            | true  | true  | false
            E  | AUTHORISED_ABSENCE            | true  | true  | false
            Q  | NOT_POSSIBLE                  | false | false | false
            Y1 | NOT_POSSIBLE                  | false | false | false
            Y2 | NOT_POSSIBLE                  | false | false | false
            Y3 | NOT_POSSIBLE                  | false | false | false
            Y4 | NOT_POSSIBLE                  | false | false | false
            Y5 | NOT_POSSIBLE                  | false | false | false
            Y6 | NOT_POSSIBLE                  | false | false | false
            Y7 | NOT_POSSIBLE                  | false | false | false
            G  | UNAUTHORISED_ABSENCE          | true  | true  | false
            N  | UNAUTHORISED_ABSENCE          | true  | true  | false
            O  | UNAUTHORISED_ABSENCE          | true  | true  | false
            U  | UNAUTHORISED_ABSENCE          | true  | true  | true
            Z  | NOT_POSSIBLE                  | false | false | false
            '#'| NOT_POSSIBLE                  | false | false | false
            """)
    void codesFrom19August2024(String code, AttendanceCategory category, boolean possible, boolean absent,
            boolean late) {
        AttendanceCode found = AttendanceCode.of(code).orElseThrow();
        assertThat(found.code()).isEqualTo(code);
        assertThat(found.meaning()).isNotBlank();
        assertThat(found.category()).isEqualTo(category);
        assertThat(found.countsAsPossibleSession()).isEqualTo(possible);
        assertThat(found.countsAsAttendance()).isEqualTo(category == AttendanceCategory.PRESENT
                || category == AttendanceCategory.APPROVED_EDUCATIONAL_ACTIVITY);
        assertThat(found.isAbsence()).isEqualTo(absent);
        assertThat(found.isLate()).isEqualTo(late);
        assertThat(found.codeSet()).isEqualTo(CodeSet.FROM_19_AUGUST_2024);
    }

    @Test
    void theSetIsExactlyTheTableOfSection1_2() {
        assertThat(Arrays.stream(AttendanceCode.values()).map(AttendanceCode::code)).containsExactlyInAnyOrder(
                "/", "\\", "L", "K", "V", "P", "W", "B", "D", "C1", "M", "J1", "S", "X", "C2", "C", "T", "R", "I",
                "E", "Q", "Y1", "Y2", "Y3", "Y4", "Y5", "Y6", "Y7", "G", "N", "O", "U", "Z", "#");
    }

    /** The codes in force until 18 August 2024 (2006 Regulations), where they differ and where they agree. */
    @ParameterizedTest(name = "old {0}: {1}, absent {2}, late {3}")
    @CsvSource(delimiter = '|', textBlock = """
            /  | PRESENT                       | false | false
            \\ | PRESENT                       | false | false
            L  | PRESENT                       | false | true
            B  | APPROVED_EDUCATIONAL_ACTIVITY | false | false
            J  | APPROVED_EDUCATIONAL_ACTIVITY | false | false
            P  | APPROVED_EDUCATIONAL_ACTIVITY | false | false
            V  | APPROVED_EDUCATIONAL_ACTIVITY | false | false
            W  | APPROVED_EDUCATIONAL_ACTIVITY | false | false
            D  | NOT_POSSIBLE                  | false | false
            C  | AUTHORISED_ABSENCE            | true  | false
            E  | AUTHORISED_ABSENCE            | true  | false
            H  | AUTHORISED_ABSENCE            | true  | false
            I  | AUTHORISED_ABSENCE            | true  | false
            M  | AUTHORISED_ABSENCE            | true  | false
            R  | AUTHORISED_ABSENCE            | true  | false
            S  | AUTHORISED_ABSENCE            | true  | false
            T  | AUTHORISED_ABSENCE            | true  | false
            G  | UNAUTHORISED_ABSENCE          | true  | false
            N  | UNAUTHORISED_ABSENCE          | true  | false
            O  | UNAUTHORISED_ABSENCE          | true  | false
            U  | UNAUTHORISED_ABSENCE          | true  | true
            X  | NOT_POSSIBLE                  | false | false
            Y  | NOT_POSSIBLE                  | false | false
            Z  | NOT_POSSIBLE                  | false | false
            '#'| NOT_POSSIBLE                  | false | false
            """)
    void codesUntil18August2024(String code, AttendanceCategory category, boolean absent, boolean late) {
        OldAttendanceCode found = OldAttendanceCode.of(code).orElseThrow();
        assertThat(found.category()).isEqualTo(category);
        assertThat(found.isAbsence()).isEqualTo(absent);
        assertThat(found.isLate()).isEqualTo(late);
        assertThat(found.codeSet()).isEqualTo(CodeSet.UNTIL_18_AUGUST_2024);
        assertThat(OldAttendanceCode.values()).hasSize(25);
    }

    /** A mark keeps the code set of its own date; the changeover day uses the new codes. */
    @ParameterizedTest(name = "{0} on {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            K   | 2024-08-19 | APPROVED_EDUCATIONAL_ACTIVITY
            K   | 2024-08-18 |
            J1  | 2025-01-06 | AUTHORISED_ABSENCE
            J1  | 2024-07-01 |
            J   | 2024-07-01 | APPROVED_EDUCATIONAL_ACTIVITY
            J   | 2024-08-19 |
            H   | 2024-08-18 | AUTHORISED_ABSENCE
            H   | 2024-08-19 |
            Y   | 2023-11-01 | NOT_POSSIBLE
            Y   | 2024-11-01 |
            Y1  | 2024-11-01 | NOT_POSSIBLE
            Y1  | 2023-11-01 |
            C2  | 2024-08-18 |
            Q   | 2024-08-19 | NOT_POSSIBLE
            B   | 2024-08-18 | APPROVED_EDUCATIONAL_ACTIVITY
            B   | 2024-08-19 | APPROVED_EDUCATIONAL_ACTIVITY
            F   | 2024-01-08 |
            -   | 2025-01-06 |
            ''  | 2025-01-06 |
            ZZ  | 2025-01-06 |
            ' y1 ' | 2025-01-06 | NOT_POSSIBLE
            l   | 2025-01-06 | PRESENT
            """)
    void lookUpByDate(String code, LocalDate date, AttendanceCategory category) {
        assertThat(AttendanceCode.forDate(code, date).map(RegisterCode::category))
                .isEqualTo(java.util.Optional.ofNullable(category));
    }

    @Test
    void theChangeoverDay() {
        assertThat(CodeSet.forDate(LocalDate.of(2024, 8, 18))).isEqualTo(CodeSet.UNTIL_18_AUGUST_2024);
        assertThat(CodeSet.forDate(LocalDate.of(2024, 8, 19))).isEqualTo(CodeSet.FROM_19_AUGUST_2024);
        assertThat(CodeSet.FROM_19_AUGUST_2024.codes()).hasSize(34);
        assertThat(CodeSet.UNTIL_18_AUGUST_2024.codes()).hasSize(25);
        assertThat(AttendanceCode.of(null)).isEmpty();
    }

    @Test
    void aMarkMustUseTheCodesOfItsDate() {
        assertThat(Mark.of(LocalDate.of(2024, 8, 19), Session.AM, "K").code()).isEqualTo(AttendanceCode.LA_ARRANGED_PROVISION);
        assertThat(Mark.of(LocalDate.of(2024, 8, 16), Session.PM, "B").code()).isEqualTo(OldAttendanceCode.OFF_SITE_EDUCATIONAL_ACTIVITY);
        assertThatThrownBy(() -> Mark.of(LocalDate.of(2024, 8, 16), Session.AM, "K"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Mark(LocalDate.of(2025, 1, 6), Session.AM, OldAttendanceCode.AUTHORISED_HOLIDAY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Mark.of(LocalDate.of(2025, 1, 6), Session.AM, "-"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
