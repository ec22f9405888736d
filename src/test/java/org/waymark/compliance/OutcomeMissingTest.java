package org.waymark.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.compliance.Fixtures.date;
import static org.waymark.compliance.Fixtures.placement;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutcomeMissingTest {

    final OutcomeMissing rule = new OutcomeMissing();

    @ParameterizedTest(name = "outcome {0}, Year 11 {1}, checks done {2}, today {3} -> {4} since {5}")
    @CsvSource({
            // the placement ended on 2026-07-17; checks fall due 2026-10-17, 2027-07-17, 2028-07-17
            "false, false, '',     2026-07-17, , ",                    // ended today: not yet missing
            "false, false, '',     2026-07-18, WARNING, 2026-07-18",
            "true,  false, '',     2029-01-01, , ",                    // not a Year 11 leaver: no checks
            "true,  true,  '',     2026-10-17, , ",                    // 3-month check due today
            "true,  true,  '',     2026-10-18, INFO,    2026-10-18",
            "true,  true,  3,      2027-07-17, , ",
            "true,  true,  3,      2027-07-18, INFO,    2027-07-18",
            "true,  true,  3 12,   2028-07-18, INFO,    2028-07-18",
            "true,  true,  3 12 24, 2030-01-01, , ",
            "false, true,  '',     2026-10-18, WARNING, 2026-07-18",
    })
    void outcomesAndDestinationChecks(boolean outcome, boolean year11, String done, String today, Severity severity,
            String since) {
        var p = placement("pl", "p", "2025-09-08").status(PlacementStatus.ENDED).endedOn(date("2026-07-17")).build();
        Set<Integer> checks = Arrays.stream(done.trim().split(" ")).filter(s -> !s.isEmpty()).map(Integer::valueOf)
                .collect(Collectors.toSet());

        Optional<Flag> flag = rule.evaluate(p, new LeavingFacts(p.placementId(), outcome, year11, checks), date(today));

        assertThat(flag.map(Flag::severity)).isEqualTo(Optional.ofNullable(severity));
        assertThat(flag.map(Flag::since)).isEqualTo(Optional.ofNullable(date(since)));
    }
}
