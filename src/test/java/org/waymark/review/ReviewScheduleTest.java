package org.waymark.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When reviews fall due: interval from start or latest review, dual registration at 6 and 12 weeks, agreed dates. */
class ReviewScheduleTest {

    @ParameterizedTest(name = "start {0}, every {1} weeks, dual {2}, last {3}, agreed {4} -> due {5}")
    @CsvSource(nullValues = "-", value = {
            // no review yet: start + interval
            "2026-09-07, 6, false, -, -, 2026-10-19",
            "2026-09-07, 8, false, -, -, 2026-11-02",
            // after a review: from that review
            "2026-09-07, 6, false, 2026-10-15, -, 2026-11-26",
            // an earlier date agreed at the review brings it forward; a later one does not push it back
            "2026-09-07, 6, false, 2026-10-15, 2026-11-05, 2026-11-05",
            "2026-09-07, 6, false, 2026-10-15, 2027-01-10, 2026-11-26",
            // a review recorded before the start counts from the start
            "2026-09-07, 6, false, 2026-09-01, -, 2026-10-19",
            // dual registration with an 8-week interval: reviews at 6 and 12 weeks, then every 8
            "2026-09-07, 8, true, -, -, 2026-10-19",
            "2026-09-07, 8, true, 2026-10-19, -, 2026-11-30",
            "2026-09-07, 8, true, 2026-11-30, -, 2027-01-25",
            // a 6-week review held a week early still meets the 6-week point; the 12-week point stays
            "2026-09-07, 8, true, 2026-10-12, -, 2026-11-30",
            // a late first review (week 7): the 12-week point comes before 8 weeks on
            "2026-09-07, 8, true, 2026-10-26, -, 2026-11-30",
            // dual with a 6-week interval changes nothing
            "2026-09-07, 6, true, 2026-10-19, -, 2026-11-30",
            // a zero interval means the default six weeks
            "2026-09-07, 0, false, -, -, 2026-10-19",
    })
    void nextDue(LocalDate start, int weeks, boolean dual, LocalDate last, LocalDate agreed, LocalDate due) {
        assertThat(ReviewSchedule.nextDue(start, weeks, dual, last, agreed)).isEqualTo(due);
    }

    @ParameterizedTest(name = "due {0} on {1}: {2}")
    @CsvSource({
            "2026-10-19, 2026-10-20, OVERDUE",
            "2026-10-19, 2026-10-19, DUE_SOON",
            "2026-10-19, 2026-10-12, DUE_SOON",
            "2026-10-19, 2026-10-11, UPCOMING",
    })
    void status(LocalDate due, LocalDate today, ReviewSchedule.Status status) {
        assertThat(ReviewSchedule.status(due, today)).isEqualTo(status);
    }

    @Test
    void upcomingReviewsRunToThePlannedEndIncludingAnExtension() {
        LocalDate start = LocalDate.of(2026, 9, 7);
        assertThat(ReviewSchedule.upcoming(start, LocalDate.of(2026, 12, 18), 6, false, null, null, 10))
                .containsExactly(LocalDate.of(2026, 10, 19), LocalDate.of(2026, 11, 30));
        // extended to February: one more review falls before the new end
        assertThat(ReviewSchedule.upcoming(start, LocalDate.of(2027, 2, 12), 6, false, null, null, 10))
                .containsExactly(LocalDate.of(2026, 10, 19), LocalDate.of(2026, 11, 30), LocalDate.of(2027, 1, 11));
        assertThat(ReviewSchedule.upcoming(start, LocalDate.of(2027, 2, 12), 8, true, null, null, 10))
                .containsExactly(LocalDate.of(2026, 10, 19), LocalDate.of(2026, 11, 30), LocalDate.of(2027, 1, 25));
        assertThat(ReviewSchedule.upcoming(start, null, 6, false, null, null, 3)).hasSize(3);
    }

    @ParameterizedTest(name = "born {0}, left {1} with {2}: Year 11 leaver {3}")
    @CsvSource({
            "2010-10-10, 2027-07-16, POST_16_EDUCATION, true",
            "2010-10-10, 2027-07-16, NEET, true",
            "2010-10-10, 2027-07-16, REINTEGRATED_TO_MAINSTREAM, false",
            "2011-10-10, 2027-07-16, NEET, false",
            "2010-08-31, 2027-07-16, EMPLOYMENT, false",
    })
    void year11Leavers(LocalDate born, LocalDate left, String outcome, boolean leaver) {
        assertThat(Endings.year11Leaver(born, left, outcome)).isEqualTo(leaver);
    }
}
