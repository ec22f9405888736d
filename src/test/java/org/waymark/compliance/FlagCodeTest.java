package org.waymark.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FlagCodeTest {

    @Test
    void exactlyTheThirteenCodesOfTheDomainFlagsTable() {
        assertThat(Arrays.stream(FlagCode.values()).map(Enum::name)).containsExactlyInAnyOrder(
                "PROVIDER_MUST_REGISTER", "UNREGISTERED_OVER_TERM", "NOT_FULL_TIME", "REDUCED_TIMETABLE_EXPIRED",
                "REGISTER_MISSING", "UNEXPLAINED_ABSENCE", "ATTENDANCE_CONCERN", "REVIEW_OVERDUE",
                "PROVIDER_NOT_APPROVED", "QA_OVERDUE", "OPEN_CONCERN", "EHCP_LA_NOT_CONSULTED", "OUTCOME_MISSING");
    }
}
