package org.waymark.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.compliance.Fixtures.date;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waymark.directory.DirectoryStatus;

class QaOverdueTest {

    final QaOverdue rule = new QaOverdue();

    @ParameterizedTest(name = "{0}, approved {1}, last visit {2}, today {3} -> since {4}")
    @CsvSource({
            "APPROVED,    2024-09-01, 2025-11-23, 2026-11-23, ",            // the anniversary: within 12 months
            "APPROVED,    2024-09-01, 2025-11-23, 2026-11-24, 2026-11-24",  // the day after
            "APPROVED,    2025-09-01, ,           2026-09-01, ",            // never visited: 12 months from approval
            "APPROVED,    2025-09-01, ,           2026-09-02, 2026-09-02",
            "APPROVED,    2023-01-10, 2024-02-29, 2025-02-28, ",            // a leap-day visit: due 28 February
            "APPROVED,    2023-01-10, 2024-02-29, 2025-03-01, 2025-03-01",
            "SUSPENDED,   2024-09-01, 2025-01-10, 2026-11-24, ",            // only approved providers
            "UNDER_CHECK, ,           ,           2026-11-24, ",
    })
    void annualVisit(DirectoryStatus status, String approved, String lastVisit, String today, String since) {
        var provider = new ProviderFacts(Fixtures.PROVIDER, Fixtures.LA, ProviderRegistration.UNREGISTERED, status,
                date(approved), date(approved), date(lastVisit));

        Optional<Flag> flag = rule.evaluate(provider, date(today));

        assertThat(flag.map(Flag::since)).isEqualTo(Optional.ofNullable(date(since)));
        flag.ifPresent(f -> {
            assertThat(f.subjectType()).isEqualTo(SubjectType.PROVIDER);
            assertThat(f.owner()).isEqualTo(Owner.localAuthority(Fixtures.LA));
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
    }
}
