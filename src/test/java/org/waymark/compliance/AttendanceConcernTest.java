package org.waymark.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.compliance.Fixtures.date;
import static org.waymark.compliance.Fixtures.placement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttendanceConcernTest {

    static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    final AttendanceConcern rule = new AttendanceConcern();
    final PlacementFacts placement = placement("pl", "p", "2026-09-07").build();

    @ParameterizedTest(name = "{0}% of {1} sessions -> {2}")
    @CsvSource({
            "100,  40, ",
            "90,   40, ",          // 90% is not below 90%
            "89.9, 40, WARNING",
            "50,   40, WARNING",   // 50% is not severe
            "49.9, 40, CRITICAL",
            "0,    40, CRITICAL",
            "0,    0,  ",          // no possible sessions: no rate
    })
    void thresholds(String percent, int possible, Severity severity) {
        Optional<Flag> flag = rule.evaluate(placement, List.of(new AttendanceRate(TODAY, possible, new BigDecimal(percent))),
                TODAY);

        assertThat(flag.map(Flag::severity)).isEqualTo(Optional.ofNullable(severity));
        flag.ifPresent(f -> {
            assertThat(f.owner()).isEqualTo(Owner.school(Fixtures.SCHOOL));
            assertThat(f.evidence().get(0)).contains(percent + "% of " + possible + " possible sessions");
        });
    }

    @ParameterizedTest(name = "rates {0} up to {1} -> since {2}")
    @CsvSource({
            // daily rates from 2026-11-16 (Mon) to 2026-11-23 (Mon), school days only
            "'95 91 89 85 80 70', 2026-11-23, 2026-11-18",  // below 90 since Wednesday
            "'95 88 92 85 80 70', 2026-11-23, 2026-11-19",  // the run restarts after a day at 92
            "'85 85 85 85 85 95', 2026-11-23, ",            // back above 90 today
            "'85 85 85 85 85 80', 2026-11-20, 2026-11-16",  // a later rate is ignored
    })
    void sinceTheRateFellBelowNinety(String rates, String today, String since) {
        List<LocalDate> days = List.of(date("2026-11-16"), date("2026-11-17"), date("2026-11-18"), date("2026-11-19"),
                date("2026-11-20"), date("2026-11-23"));
        String[] values = rates.split(" ");
        List<AttendanceRate> series = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            series.add(new AttendanceRate(days.get(i), 40, new BigDecimal(values[i])));
        }

        assertThat(rule.evaluate(placement, series, date(today)).map(Flag::since))
                .isEqualTo(Optional.ofNullable(date(since)));
    }
}
