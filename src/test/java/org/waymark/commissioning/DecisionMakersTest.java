package org.waymark.commissioning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rule 7: who may commission on which route, and who must decide. */
class DecisionMakersTest {

    @ParameterizedTest(name = "{0} on {1}, on roll {2}, EHCP {3}, budget {4}: allowed {5}")
    @CsvSource({
            "SCHOOL, AT_RISK_OF_EXCLUSION, true, false, false, true",
            "SCHOOL, EHCP, true, true, false, true",
            "SCHOOL, PERMANENTLY_EXCLUDED, true, false, false, false",
            "SCHOOL, AWAITING_SCHOOL_PLACE, false, false, false, false",
            "SCHOOL, OTHER, false, false, false, false",
            "SCHOOL, MEDICAL, true, false, false, false",
            "LOCAL_AUTHORITY, MEDICAL, true, false, false, true",
            "LOCAL_AUTHORITY, PERMANENTLY_EXCLUDED, false, false, false, true",
            "PARENT, EHCP, true, true, true, true",
            "PARENT, EHCP, true, true, false, false",
            "PARENT, OTHER, true, false, false, false",
    })
    void whoMayCommission(CommissionerType type, Route route, boolean onRoll, boolean ehcp, boolean budget,
            boolean allowed) {
        assertThat(DecisionMakers.commissionerProblem(type, route, onRoll, ehcp, budget).isEmpty()).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0} on {1}, on roll {2}, EHCP {3}, decided by {4}, LA SEN {5}, health {6}: {7} unmet")
    @CsvSource({
            "SCHOOL, AT_RISK_OF_EXCLUSION, true, false, SENIOR_LEADER, false, false, 0",
            "SCHOOL, AT_RISK_OF_EXCLUSION, true, false, LA_OFFICER, false, false, 1",
            "SCHOOL, AT_RISK_OF_EXCLUSION, true, true, SENIOR_LEADER, false, false, 1",
            "SCHOOL, AT_RISK_OF_EXCLUSION, true, true, SENIOR_LEADER, true, false, 0",
            "LOCAL_AUTHORITY, PERMANENTLY_EXCLUDED, false, false, LA_OFFICER, false, false, 0",
            "LOCAL_AUTHORITY, PERMANENTLY_EXCLUDED, false, true, LA_OFFICER, true, false, 1",
            "LOCAL_AUTHORITY, PERMANENTLY_EXCLUDED, false, true, LA_SEN_TEAM, true, false, 0",
            "LOCAL_AUTHORITY, MEDICAL, true, false, LA_WITH_HEALTH, false, false, 1",
            "LOCAL_AUTHORITY, MEDICAL, true, false, LA_WITH_HEALTH, false, true, 0",
            "PARENT, EHCP, true, true, PARENT, true, false, 0",
            "PARENT, EHCP, true, true, SENIOR_LEADER, false, false, 2",
    })
    void whoMustDecide(CommissionerType type, Route route, boolean onRoll, boolean ehcp, DeciderCapacity capacity,
            boolean laSen, boolean health, int unmet) {
        assertThat(DecisionMakers.unmet(type, route, onRoll, ehcp, capacity, laSen, health)).hasSize(unmet);
    }
}
