package org.waymark.commissioning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The AP support plan (Oxfordshire Appendix A). A provider reads the parts it needs to keep the child safe and
 * taught: {@link #forProvider()}.
 */
public record SupportPlan(UUID placementId, LocalDate planningMeetingOn, String childViews, String parentViews,
        String background, String barriers, String risks, boolean separateRiskAssessment, String safeguardingStatus,
        String senInformation, String strategies, String curriculumContinuity, String reasonForReferral,
        String homeSchoolLinks, String attendanceReporting, String agreedActions, String reintegrationPlan,
        List<Outcome> outcomes, List<Intervention> interventions, int version) {

    /** A desired outcome with its baseline, target and how it is measured. */
    public record Outcome(String description, String baseline, String target, String measure) {
    }

    /** An intervention with its hours a week and start date. */
    public record Intervention(String type, BigDecimal hours, LocalDate startDate) {
    }

    public static SupportPlan empty(UUID placementId) {
        return new SupportPlan(placementId, null, null, null, null, null, null, false, null, null, null, null, null, null,
                null, null, null, List.of(), List.of(), -1);
    }

    public boolean exists() {
        return version >= 0;
    }

    /** Only what the provider needs: needs, strategies that work, risks, safeguarding, SEN, curriculum, outcomes. */
    public SupportPlan forProvider() {
        return new SupportPlan(placementId, planningMeetingOn, childViews, null, null, barriers, risks,
                separateRiskAssessment, safeguardingStatus, senInformation, strategies, curriculumContinuity,
                reasonForReferral, homeSchoolLinks, attendanceReporting, agreedActions, reintegrationPlan, outcomes,
                interventions, version);
    }
}
