package org.waymark.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.compliance.Fixtures.placement;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waymark.directory.DirectoryStatus;

class TimeLimitedUnregisteredTest {

    static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    final TimeLimitedUnregistered rule = new TimeLimitedUnregistered();

    @ParameterizedTest(name = "{0}, {1} terms (more than one: {2}), {3} days, {4} settings, {5} -> flag {6}, arrangement breaks {7}")
    @CsvSource({
            "UNREGISTERED,                  2, true,  4, 1, ACTIVE,    true, true",
            "UNREGISTERED,                  2, true,  3, 1, ACTIVE,    false, false",  // three days a week is allowed
            "UNREGISTERED,                  1, false, 5, 1, ACTIVE,    false, false",  // exactly one term is not more than one
            "UNREGISTERED,                  2, false, 5, 1, ACTIVE,    false, false",  // touches two terms, lasts at most one
            "UNREGISTERED,                  3, true,  5, 1, ACTIVE,    true, true",
            "UNREGISTERED,                  2, true,  4, 2, ACTIVE,    false, false",  // full-time offer of two settings
            "UNREGISTERED,                  2, true,  4, 1, PROPOSED,  true, true",   // a plan that breaks the rule
            "UNREGISTERED,                  2, true,  4, 1, ENDED,     false, true",
            "UNREGISTERED,                  2, true,  4, 1, CANCELLED, false, true",
            "REGISTERED_INDEPENDENT_SCHOOL, 3, true,  5, 1, ACTIVE,    false, false",
            "ONLINE,                        3, true,  5, 1, ACTIVE,    false, false",
    })
    void timeLimited(ProviderRegistration registration, int terms, boolean moreThanOne, int days, int settings,
            PlacementStatus status, boolean flagged, boolean breaches) {
        var builder = placement("pl", "p", "2026-09-07").proposedOn(LocalDate.parse("2026-07-10")).status(status)
                .terms(terms, moreThanOne).daysPerWeek(days).settingsInPupilsWeek(settings);
        if (status == PlacementStatus.ENDED) {
            builder.endedOn(LocalDate.parse("2026-11-20"));
        }
        PlacementFacts p = builder.build();
        ProviderFacts provider = Fixtures.provider(registration, DirectoryStatus.APPROVED);

        Optional<Flag> flag = rule.evaluate(provider, p, TODAY);

        assertThat(flag.isPresent()).isEqualTo(flagged);
        assertThat(rule.breaches(provider, p)).isEqualTo(breaches);
        flag.ifPresent(f -> {
            assertThat(f.code()).isEqualTo(FlagCode.UNREGISTERED_OVER_TERM);
            assertThat(f.since()).isEqualTo(LocalDate.parse("2026-07-10"));
            assertThat(f.owner()).isEqualTo(Owner.school(Fixtures.SCHOOL));
            assertThat(f.subjectId()).isEqualTo(p.placementId());
            assertThat(String.join(" ", f.evidence())).contains("It is " + days + " days a week")
                    .contains("spans " + terms + " terms");
        });
    }
}
