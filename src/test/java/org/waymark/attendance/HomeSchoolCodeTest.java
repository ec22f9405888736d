package org.waymark.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waymark.attendance.HomeSchoolCode.ArrangedBy;
import org.waymark.attendance.HomeSchoolCode.Arrangement;

class HomeSchoolCodeTest {

    @ParameterizedTest(name = "{0} on {1}, {2} arranged by {3} → {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # provider | date       | arrangement        | arranged by     | home school
            /          | 2025-01-06 | SINGLE             | SCHOOL          | B
            \\         | 2025-01-06 | OFF_SITE_DIRECTION | SCHOOL          | B
            L          | 2025-01-06 | SINGLE             | SCHOOL          | B
            /          | 2025-01-06 | SINGLE             | LOCAL_AUTHORITY | K
            L          | 2025-01-06 | SINGLE             | LOCAL_AUTHORITY | K
            \\         | 2025-01-06 | SINGLE             | PARENT          | K
            /          | 2025-01-06 | OFF_SITE_DIRECTION | LOCAL_AUTHORITY | K
            /          | 2025-01-06 | DUAL               | SCHOOL          | D
            /          | 2025-01-06 | DUAL               | LOCAL_AUTHORITY | D
            N          | 2025-01-06 | DUAL               | SCHOOL          | D
            I          | 2025-01-06 | DUAL               | LOCAL_AUTHORITY | D
            N          | 2025-01-06 | SINGLE             | SCHOOL          | N
            O          | 2025-01-06 | SINGLE             | LOCAL_AUTHORITY | O
            U          | 2025-01-06 | SINGLE             | SCHOOL          | U
            I          | 2025-01-06 | OFF_SITE_DIRECTION | SCHOOL          | I
            M          | 2025-01-06 | SINGLE             | PARENT          | M
            C2         | 2025-01-06 | SINGLE             | LOCAL_AUTHORITY | C2
            G          | 2025-01-06 | SINGLE             | SCHOOL          | G
            Y1         | 2025-01-06 | SINGLE             | LOCAL_AUTHORITY | Y1
            '#'        | 2025-01-06 | SINGLE             | SCHOOL          | '#'
            V          | 2025-01-06 | SINGLE             | SCHOOL          | V
            W          | 2025-01-06 | SINGLE             | LOCAL_AUTHORITY | W
            /          | 2024-08-19 | SINGLE             | LOCAL_AUTHORITY | K
            /          | 2024-08-16 | SINGLE             | LOCAL_AUTHORITY | B
            L          | 2024-07-01 | SINGLE             | PARENT          | B
            /          | 2024-07-01 | SINGLE             | SCHOOL          | B
            N          | 2024-07-01 | DUAL               | SCHOOL          | D
            H          | 2024-07-01 | SINGLE             | SCHOOL          | H
            """)
    void whatTheHomeSchoolRecords(String providerCode, LocalDate date, Arrangement arrangement, ArrangedBy arrangedBy,
            String homeSchoolCode) {
        RegisterCode code = HomeSchoolCode.forMark(Mark.of(date, Session.AM, providerCode), arrangement, arrangedBy);
        assertThat(code.code()).isEqualTo(homeSchoolCode);
        assertThat(code.codeSet()).isEqualTo(CodeSet.forDate(date));
    }
}
