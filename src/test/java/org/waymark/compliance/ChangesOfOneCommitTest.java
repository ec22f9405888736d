package org.waymark.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waymark.shared.RecordsChanged.What;

/** Two changes of one LA in one commit are re-evaluated once, as the wider of the two asks (decision 0402). */
class ChangesOfOneCommitTest {

    @ParameterizedTest
    @CsvSource({
            "ANY, ANY, ANY",
            "ANY, MARKS, ANY",
            "MARKS, ANY, ANY",
            "ANY, REGISTER, ANY",
            "REGISTER, ANY, ANY",
            "MARKS, REGISTER, MARKS",
            "REGISTER, MARKS, MARKS",
            "MARKS, MARKS, MARKS",
            "REGISTER, REGISTER, REGISTER"
    })
    void theWiderChangeWins(What first, What second, What run) {
        assertThat(ComplianceEngine.wider(first, second)).isEqualTo(run);
    }
}
