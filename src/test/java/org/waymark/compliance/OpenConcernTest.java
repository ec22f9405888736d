package org.waymark.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.compliance.Fixtures.date;
import static org.waymark.compliance.Fixtures.id;
import static org.waymark.compliance.Fixtures.placement;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpenConcernTest {

    final OpenConcern rule = new OpenConcern();

    @ParameterizedTest(name = "{0} raised {1} closed {2}; placement ended {3}, next from {4} -> {5} since {6}")
    @CsvSource({
            // an earlier placement ran 2026-09-07 to the given end; a second one is active from the given start
            "SAFEGUARDING,         2026-10-01, ,           2026-10-16, 2026-10-19, CRITICAL, 2026-10-19",  // a gap
            "QUALITY_OF_PROVISION, 2026-10-01, ,           2026-10-16, 2026-10-17, WARNING,  2026-10-01",  // unbroken
            "QUALITY_OF_PROVISION, 2026-08-01, ,           2026-10-16, 2026-10-17, WARNING,  2026-09-07",  // raised before
            "HEALTH_AND_SAFETY,    2026-10-01, 2026-11-23, 2026-10-16, 2026-10-17, , ",                    // closed today
            "HEALTH_AND_SAFETY,    2026-10-01, 2026-11-24, 2026-10-16, 2026-10-17, WARNING,  2026-10-01",
            "SAFEGUARDING,         2026-10-01, ,           2026-10-16, 2026-11-24, , ",                    // no one placed today
    })
    void openConcernWithPupilsPlaced(ConcernCategory category, String raised, String closed, String firstEnded,
            String secondStarts, Severity severity, String since) {
        var first = placement("pl1", "p1", "2026-09-07").status(PlacementStatus.ENDED).endedOn(date(firstEnded)).build();
        var second = placement("pl2", "p2", secondStarts).build();
        var concern = new ConcernFacts(id("concern"), Fixtures.PROVIDER, category, date(raised), date(closed));

        List<Flag> flags = rule.evaluate(Fixtures.unregistered(), List.of(concern), List.of(first, second),
                date("2026-11-23"));

        assertThat(flags).extracting(Flag::severity, Flag::since).containsExactlyElementsOf(severity == null ? List.of()
                : List.of(org.assertj.core.groups.Tuple.tuple(severity, date(since))));
        flags.forEach(f -> assertThat(f.evidence()).anyMatch(e -> e.contains("Placement " + second.placementId())));
    }
}
