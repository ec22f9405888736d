package org.waymark.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VisitScheduleTest {

    @ParameterizedTest(name = "last visit {0}, approved {1} → due by {2} ({3})")
    @CsvSource(nullValues = "none", textBlock = """
            2025-11-12, 2024-01-10, 2026-11-12, ANNUAL
            2026-02-29, 2024-01-10, 2027-02-28, ANNUAL
            none,       2026-09-23, 2026-12-23, NEW_PROVIDER
            none,       2026-11-30, 2027-02-28, NEW_PROVIDER
            """)
    void annualVisitsFallDueTwelveMonthsAfterTheLastAndNewProvidersThreeMonthsAfterApproval(String last,
            LocalDate approved, LocalDate due, VisitType type) {
        LocalDate lastVisit = last == null ? null : LocalDate.parse(last.replace("02-29", "02-28"));
        assertThat(VisitSchedule.dueBy(lastVisit, approved)).isEqualTo(due);
        assertThat(VisitSchedule.routineType(lastVisit)).isEqualTo(type);
    }

    @ParameterizedTest(name = "due {0}, today {1} → propose {2}")
    @CsvSource(textBlock = """
            2027-03-10, 2026-11-23, 2027-03-10
            2027-03-13, 2026-11-23, 2027-03-15
            2027-03-14, 2026-11-23, 2027-03-15
            2026-11-25, 2026-11-23, 2026-12-03
            2026-01-05, 2026-11-23, 2026-12-03
            2026-11-24, 2026-11-18, 2026-11-30
            """)
    void aRoutineVisitIsProposedOnItsDueDateButWithTenDaysNoticeAndOnAWeekday(LocalDate due, LocalDate today,
            LocalDate proposed) {
        assertThat(VisitSchedule.proposedDate(due, today)).isEqualTo(proposed);
    }

    @ParameterizedTest(name = "{0} raised {1} → visit by {2}")
    @CsvSource(textBlock = """
            SAFEGUARDING,         2026-11-23, 2026-11-30
            HEALTH_AND_SAFETY,    2026-11-27, 2026-12-04
            SAFEGUARDING,         2026-11-28, 2026-12-04
            QUALITY_OF_PROVISION, 2026-11-23, 2026-12-21
            REGISTRATION,         2026-11-23, 2026-12-21
            OTHER,                2026-11-20, 2026-12-18
            """)
    void responsiveVisitsFollowSafetyConcernsWithinFiveWorkingDaysAndOthersWithinTwenty(ConcernCategory category,
            LocalDate raised, LocalDate by) {
        assertThat(VisitSchedule.responsiveBy(category, raised)).isEqualTo(by);
    }

    @ParameterizedTest(name = "last {0}, approved {1}, today {2} → overdue {3}")
    @CsvSource(nullValues = "none", textBlock = """
            2025-11-23, 2020-01-01, 2026-11-23, false
            2025-11-23, 2020-01-01, 2026-11-24, true
            none,       2025-11-22, 2026-11-23, true
            none,       2026-09-01, 2026-11-23, false
            """)
    void aProviderIsOverdueTheDayAfterTheAnniversary(LocalDate last, LocalDate approved, LocalDate today,
            boolean overdue) {
        assertThat(VisitSchedule.overdue(last, approved, today)).isEqualTo(overdue);
    }
}
