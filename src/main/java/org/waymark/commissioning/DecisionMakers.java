package org.waymark.commissioning;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Rule 7, decision makers: on roll, the school's senior leadership (with an EHCP the LA SEN team decides);
 * permanently excluded or no school place, the LA; medical, the LA jointly with health; a parent only with an
 * EHCP personal budget.
 */
public final class DecisionMakers {

    private DecisionMakers() {
    }

    /** Why this commissioner may not commission on this route, or empty. */
    public static Optional<String> commissionerProblem(CommissionerType type, Route route, boolean onRoll,
            boolean ehcp, boolean personalBudget) {
        if (type == CommissionerType.PARENT && !(ehcp && personalBudget)) {
            return Optional.of("A parent or carer can commission AP only with an EHCP personal budget");
        }
        if (laOnly(route, onRoll) && type != CommissionerType.LOCAL_AUTHORITY) {
            return Optional.of(route == Route.MEDICAL
                    ? "The local authority commissions for medical needs, jointly with the health service"
                    : "The local authority commissions for a pupil who is permanently excluded or has no school place");
        }
        return Optional.empty();
    }

    private static boolean laOnly(Route route, boolean onRoll) {
        return route == Route.PERMANENTLY_EXCLUDED || route == Route.AWAITING_SCHOOL_PLACE || route == Route.MEDICAL
                || !onRoll;
    }

    /** Who may make the decision. */
    public static Set<DeciderCapacity> allowed(CommissionerType type, Route route, boolean onRoll, boolean ehcp) {
        if (type == CommissionerType.PARENT) {
            return EnumSet.of(DeciderCapacity.PARENT);
        }
        if (route == Route.MEDICAL) {
            return EnumSet.of(DeciderCapacity.LA_WITH_HEALTH);
        }
        if (type == CommissionerType.SCHOOL && onRoll) {
            return EnumSet.of(DeciderCapacity.SENIOR_LEADER);
        }
        return ehcp ? EnumSet.of(DeciderCapacity.LA_SEN_TEAM) : EnumSet.of(DeciderCapacity.LA_OFFICER);
    }

    /** What the recorded decision still lacks under rule 7 (empty when it is complete). */
    public static List<String> unmet(CommissionerType type, Route route, boolean onRoll, boolean ehcp,
            DeciderCapacity capacity, boolean laSenDecisionRecorded, boolean healthDecisionRecorded) {
        List<String> unmet = new ArrayList<>();
        Set<DeciderCapacity> allowed = allowed(type, route, onRoll, ehcp);
        if (capacity == null) {
            unmet.add("Record who made the commissioning decision and in what capacity");
        } else if (!allowed.contains(capacity)) {
            unmet.add("The decision must be made by: " + allowed.stream().map(DeciderCapacity::label)
                    .collect(Collectors.joining(" or ")));
        }
        if (ehcp && !laSenDecisionRecorded) {
            unmet.add("Record the LA SEN team's decision: the pupil has an EHCP");
        }
        if (route == Route.MEDICAL && !healthDecisionRecorded) {
            unmet.add("Record the health service's part in the decision (medical needs)");
        }
        return unmet;
    }
}
