package org.waymark.commissioning;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * The commissioning decision of a placement: who decided and in what capacity (rule 7), the LA SEN team's and
 * the health service's part where needed, the child's and family's views, how the provider was found, and the
 * answers to the MIAPS questions (1–19) and, for a primary-age pupil, the primary questions (1–5).
 *
 * @param confirmed whether the decision maker confirmed the answers (check-your-answers, or a PUT on the API)
 */
public record CommissioningDecision(UUID placementId, String decidedBy, DeciderCapacity capacity, LocalDate decidedOn,
        LocalDate laSenDecisionOn, String laSenDecisionBy, LocalDate healthDecisionOn, String healthDecisionBy,
        String childViews, String familyViews, String howFound, String howFoundDetail, boolean confirmed,
        Map<Integer, String> answers, Map<Integer, String> primaryAnswers, int version) {

    public static final Map<String, String> HOW_FOUND = howFoundOptions();

    private static Map<String, String> howFoundOptions() {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("LA_DIRECTORY", "The LA's directory of approved providers");
        m.put("LA_AP_TEAM", "Advice from the LA AP team");
        m.put("OUTREACH", "Recommended by an outreach service");
        m.put("OTHER_SCHOOL", "Used by another school");
        m.put("OTHER", "Another way");
        return java.util.Collections.unmodifiableMap(m);
    }

    public static CommissioningDecision empty(UUID placementId) {
        return new CommissioningDecision(placementId, null, null, null, null, null, null, null, null, null, null, null,
                false, Map.of(), Map.of(), -1);
    }

    public boolean exists() {
        return version >= 0;
    }
}
