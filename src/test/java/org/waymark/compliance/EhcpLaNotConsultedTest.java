package org.waymark.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.compliance.Fixtures.date;
import static org.waymark.compliance.Fixtures.placement;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EhcpLaNotConsultedTest {

    final EhcpLaNotConsulted rule = new EhcpLaNotConsulted();

    @ParameterizedTest(name = "EHCP {0}, {1}, LA SEN decision {2} -> {3}")
    @CsvSource({
            "true,  PROPOSED,  ,           WARNING",
            "true,  ACTIVE,    ,           CRITICAL",
            "true,  ACTIVE,    2026-08-20, ",
            "false, ACTIVE,    ,           ",
            "true,  DRAFT,     ,           ",
            "true,  CANCELLED, ,           ",
    })
    void laSenDecision(boolean ehcp, PlacementStatus status, String decision, Severity severity) {
        var pupil = Fixtures.pupil("p", date("2017-12-31"), date("2029-06-29"), false, ehcp);
        var p = placement("pl", "p", "2026-09-07").status(status).proposedOn(date("2026-07-10"))
                .laSenDecisionOn(date(decision)).build();

        Optional<Flag> flag = rule.evaluate(pupil, p, date("2026-11-23"));

        assertThat(flag.map(Flag::severity)).isEqualTo(Optional.ofNullable(severity));
        flag.ifPresent(f -> {
            assertThat(f.since()).isEqualTo(date("2026-07-10"));
            assertThat(f.owner()).isEqualTo(Owner.localAuthority(Fixtures.LA));
        });
    }
}
