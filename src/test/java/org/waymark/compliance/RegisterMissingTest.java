package org.waymark.compliance;

import org.waymark.attendance.Session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.compliance.Fixtures.date;
import static org.waymark.compliance.Fixtures.placement;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegisterMissingTest {

    final RegisterMissing rule = new RegisterMissing();
    final PlacementFacts placement = placement("pl", "p", "2026-09-07").build();

    @ParameterizedTest(name = "AM session of 23 Nov ending 12:00 marked {0}, now {1} -> since {2}")
    @CsvSource({
            "false, 2026-11-23T11:59, ",
            "false, 2026-11-23T12:00, ",            // at the end of the session it may still be marked
            "false, 2026-11-23T12:01, 2026-11-23",  // after the end: missing
            "true,  2026-11-23T12:01, ",
            "false, 2026-11-24T09:00, 2026-11-23",
    })
    void markByTheEndOfTheSession(boolean marked, LocalDateTime now, String since) {
        var session = new ScheduledSession(date("2026-11-23"), Session.AM, LocalDateTime.parse("2026-11-23T12:00"),
                marked);

        Optional<Flag> flag = rule.evaluate(placement, List.of(session), now);

        assertThat(flag.map(Flag::since)).isEqualTo(Optional.ofNullable(date(since)));
        flag.ifPresent(f -> {
            assertThat(f.owner()).isEqualTo(Owner.provider(Fixtures.PROVIDER));
            assertThat(f.evidence()).contains("No mark for the AM session of 23 November 2026, which ended at 12:00.");
        });
    }
}
