package org.waymark.pupil;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rule 1 with the ten worked examples of dfe-reference.md §2.3 (academic year 2026/27), and more edges. */
class CompulsorySchoolAgeTest {

    private static final LocalDate IN_2026_27 = LocalDate.of(2026, 11, 23);

    @ParameterizedTest(name = "{0}: CSA {1} to {3}, {2} in 2026/27")
    @CsvSource({
            "2010-09-01, 2015-12-31, 11, 2027-06-25",
            "2011-07-10, 2016-08-31, 11, 2027-06-25",
            "2011-08-31, 2016-08-31, 11, 2027-06-25",
            "2012-12-31, 2017-12-31, 9, 2029-06-29",
            "2013-01-01, 2018-03-31, 9, 2029-06-29",
            "2014-03-31, 2019-03-31, 8, 2030-06-28",
            "2014-04-01, 2019-08-31, 8, 2030-06-28",
            "2015-10-15, 2020-12-31, 6, 2032-06-25",
            "2016-02-29, 2021-03-31, 6, 2032-06-25",
            "2021-11-05, 2026-12-31, R, 2038-06-25",
    })
    void theTenWorkedExamples(LocalDate dob, LocalDate start, String yearGroup, LocalDate end) {
        CompulsorySchoolAge csa = CompulsorySchoolAge.forBirthDate(dob);
        assertThat(csa.start()).isEqualTo(start);
        assertThat(csa.end()).isEqualTo(end);
        assertThat(YearGroup.label(dob, IN_2026_27)).contains(yearGroup);
    }

    @ParameterizedTest(name = "born {0}: of compulsory school age on {1}? {2}")
    @CsvSource({
            "2021-11-05, 2026-12-30, false",
            "2021-11-05, 2026-12-31, true",
            "2010-09-01, 2027-06-25, true",
            "2010-09-01, 2027-06-26, false",
            "2011-07-10, 2027-06-25, true",
    })
    void bothEndsAreInclusive(LocalDate dob, LocalDate on, boolean expected) {
        assertThat(CompulsorySchoolAge.forBirthDate(dob).covers(on)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "last Friday in June {0} is {1}")
    @CsvSource({"2024, 2024-06-28", "2025, 2025-06-27", "2026, 2026-06-26", "2027, 2027-06-25", "2028, 2028-06-30",
            "2033, 2033-06-24", "2034, 2034-06-30", "2039, 2039-06-24"})
    void schoolLeavingDates(int year, LocalDate expected) {
        assertThat(CompulsorySchoolAge.schoolLeavingDate(year)).isEqualTo(expected);
    }
}
