package org.waymark.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.compliance.Fixtures.date;
import static org.waymark.compliance.Fixtures.placement;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waymark.directory.DirectoryStatus;

class ProviderNotApprovedTest {

    final ProviderNotApproved rule = new ProviderNotApproved();

    @ParameterizedTest(name = "{0} since {1}, placement {2} proposed {3} -> {4} {5} since {6}")
    @CsvSource({
            "APPROVED,    2024-09-01, ACTIVE,    2026-07-01, , , ",
            "NOT_LISTED,  2020-01-01, ACTIVE,    2026-07-01, WARNING,  LOCAL_AUTHORITY, 2026-07-01",
            "APPLIED,     2026-08-01, PROPOSED,  2026-07-01, WARNING,  LOCAL_AUTHORITY, 2026-08-01",
            "UNDER_CHECK, ,           PROPOSED,  2026-07-01, WARNING,  LOCAL_AUTHORITY, 2026-07-01",
            "SUSPENDED,   2026-11-02, ACTIVE,    2026-07-01, CRITICAL, SCHOOL,          2026-11-02",
            "REMOVED,     2026-06-01, ACTIVE,    2026-07-01, CRITICAL, SCHOOL,          2026-07-01",
            "NOT_LISTED,  2020-01-01, ENDED,     2026-07-01, , , ",
            "NOT_LISTED,  2020-01-01, DRAFT,     2026-07-01, , , ",
            "NOT_LISTED,  2020-01-01, CANCELLED, 2026-07-01, , , ",
    })
    void notApproved(DirectoryStatus status, String statusSince, PlacementStatus placementStatus, String proposedOn,
            Severity severity, OwnerType owner, String since) {
        var provider = new ProviderFacts(Fixtures.PROVIDER, Fixtures.LA, ProviderRegistration.UNREGISTERED, status,
                date(statusSince), null, null);
        var b = placement("pl", "p", "2026-09-07").status(placementStatus).proposedOn(date(proposedOn));
        if (placementStatus == PlacementStatus.ENDED) {
            b.endedOn(date("2026-10-23"));
        }

        List<Flag> flags = rule.evaluate(provider, List.of(b.build()), date("2026-11-23"));

        assertThat(flags).extracting(Flag::severity, f -> f.owner().type(), Flag::since)
                .containsExactlyElementsOf(severity == null ? List.of()
                        : List.of(org.assertj.core.groups.Tuple.tuple(severity, owner, date(since))));
    }
}
