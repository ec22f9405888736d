package org.waymark.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report's tables are suppressed: small counts hidden, and a second one when a total would reveal the first. */
class TermlyReportTableTest {

    private static Map<String, Long> counts(Object... pairs) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], ((Number) pairs[i + 1]).longValue());
        }
        return m;
    }

    @Test
    void aSmallCountBesideATotalHidesTheNextSmallestToo() {
        var t = TermlyReport.table("Tiers", "Tier", counts("Tier 1", 3, "Tier 2", 10, "Tier 3", 12), 25);
        assertThat(t.rows()).extracting(r -> r.count().text())
                .containsExactly("fewer than 5", "suppressed", "12");
        assertThat(t.total().text()).isEqualTo("25");
    }

    @Test
    void withoutATotalOnlyTheSmallCountsAreHidden() {
        var t = TermlyReport.table("Registration", "Registration", counts("A", 2, "B", 0, "C", 9), -1);
        assertThat(t.rows()).extracting(r -> r.count().text()).containsExactly("fewer than 5", "0", "9");
        assertThat(t.total()).isNull();
    }

    @Test
    void aSmallTotalIsHiddenToo() {
        var t = TermlyReport.table("Endings", "Outcome", counts("Returned to school", 1, "Moved away", 2), 3);
        assertThat(t.rows()).extracting(r -> r.count().text()).containsExactly("fewer than 5", "fewer than 5");
        assertThat(t.total().text()).isEqualTo("fewer than 5");
    }
}
