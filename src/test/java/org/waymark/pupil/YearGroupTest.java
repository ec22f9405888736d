package org.waymark.pupil;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YearGroupTest {

    @ParameterizedTest(name = "born {0}, on {1}: {2}")
    @CsvSource({
            // the cohort runs 1 September to 31 August
            "2015-09-01, 2026-09-01, 6, Year 6, true",
            "2015-08-31, 2026-09-01, 7, Year 7, false",
            "2015-08-31, 2026-08-31, 6, Year 6, true",
            "2022-09-01, 2026-11-23, -1, Below Reception age, false",
            "2021-09-01, 2026-11-23, 0, Reception, true",
            "2022-08-31, 2026-11-23, 0, Reception, true",
            "2021-08-31, 2026-11-23, 1, Year 1, true",
            "2008-09-01, 2026-11-23, 13, Year 13, false",
            "2008-08-31, 2026-11-23, 14, Beyond Year 13, false",
    })
    void yearGroupFromTheCohort(LocalDate dob, LocalDate on, int number, String name, boolean primary) {
        assertThat(YearGroup.number(dob, on)).isEqualTo(number);
        assertThat(YearGroup.describe(dob, on)).isEqualTo(name);
        assertThat(YearGroup.isPrimary(dob, on)).isEqualTo(primary);
        assertThat(YearGroup.label(dob, on).isPresent()).isEqualTo(number >= 0 && number <= 13);
    }
}
