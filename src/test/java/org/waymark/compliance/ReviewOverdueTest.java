package org.waymark.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.compliance.Fixtures.date;
import static org.waymark.compliance.Fixtures.placement;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReviewOverdueTest {

    final ReviewOverdue rule = new ReviewOverdue();

    @ParameterizedTest(name = "start {0}, last review {1}, every {2} weeks, next agreed {3}, {4}, today {5} -> since {6}")
    @CsvSource({
            "2026-09-07, ,           6,  ,           ACTIVE,   2026-10-19, ",            // due on 19 October
            "2026-09-07, ,           6,  ,           ACTIVE,   2026-10-20, 2026-10-20",  // overdue the next day
            "2026-09-07, ,           6,  ,           ACTIVE,   2026-11-23, 2026-10-20",
            "2026-09-07, 2026-10-12, 6,  ,           ACTIVE,   2026-11-23, ",            // from the last review
            "2026-09-07, 2026-10-12, 6,  ,           ACTIVE,   2026-11-24, 2026-11-24",
            "2026-09-07, ,           12, ,           ACTIVE,   2026-11-30, ",            // a 12-week interval
            "2026-09-07, ,           12, ,           ACTIVE,   2026-12-01, 2026-12-01",
            "2026-09-07, 2026-10-12, 6,  2026-11-02, ACTIVE,   2026-11-03, 2026-11-03",  // an earlier agreed date
            "2026-09-07, 2026-10-12, 6,  2027-01-11, ACTIVE,   2026-11-24, 2026-11-24",  // not later than the interval
            "2026-09-07, ,           6,  ,           PROPOSED, 2026-11-23, ",
            "2026-09-07, ,           0,  ,           ACTIVE,   2026-10-20, 2026-10-20",  // no interval: the default 6
    })
    void reviewInterval(String start, String lastReview, int weeks, String next, PlacementStatus status, String today,
            String since) {
        var p = placement("pl", "p", start).status(status).lastReviewOn(date(lastReview)).reviewIntervalWeeks(weeks)
                .nextReviewOn(date(next)).build();

        Optional<Flag> flag = rule.evaluate(p, date(today));

        assertThat(flag.map(Flag::since)).isEqualTo(Optional.ofNullable(date(since)));
        flag.ifPresent(f -> {
            assertThat(f.code()).isEqualTo(FlagCode.REVIEW_OVERDUE);
            assertThat(f.owner()).isEqualTo(Owner.school(Fixtures.SCHOOL));
            assertThat(f.evidence()).last().asString().contains("was due on " + Words.date(f.since().minusDays(1)));
        });
    }
}
