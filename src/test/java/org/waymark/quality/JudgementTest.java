package org.waymark.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JudgementTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            EFFECTIVE EFFECTIVE EFFECTIVE EFFECTIVE EFFECTIVE                                   | EFFECTIVE
            EFFECTIVE EFFECTIVE REQUIRES_IMPROVEMENT EFFECTIVE EFFECTIVE                        | REQUIRES_IMPROVEMENT
            SIGNIFICANT_CONCERNS EFFECTIVE EFFECTIVE EFFECTIVE EFFECTIVE                        | SIGNIFICANT_CONCERNS
            REQUIRES_IMPROVEMENT SIGNIFICANT_CONCERNS EFFECTIVE REQUIRES_IMPROVEMENT EFFECTIVE  | SIGNIFICANT_CONCERNS
            EFFECTIVE                                                                           | EFFECTIVE
            ''                                                                                  | none
            """)
    void theOverallOutcomeIsTheWorstSectionJudgement(String sections, String overall) {
        List<Judgement> judgements = sections.isBlank() ? List.of()
                : Arrays.stream(sections.trim().split("\\s+")).map(Judgement::valueOf).toList();
        assertThat(Judgement.overall(judgements).map(Enum::name).orElse(null)).isEqualTo(overall);
    }
}
