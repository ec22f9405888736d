package org.waymark.review;

/**
 * The final report on a placement and the pupil's own view of it.
 *
 * @param attainment           attainment and progress against the agreed outcomes
 * @param attendanceSummary    attendance over the placement
 * @param behaviourChange      change in behaviour and engagement
 * @param accreditation        accreditation gained (other than English and maths)
 * @param englishQualification English qualification gained (e.g. "GCSE grade 4", "Functional Skills Level 1"), or null
 * @param mathsQualification   maths qualification gained, or null
 * @param pupilAssessment      the pupil's own assessment of the placement, in their words
 * @param reintegrationPlan    for a return to school: the support plan for the return
 */
public record FinalReport(String attainment, String attendanceSummary, String behaviourChange, String accreditation,
        String englishQualification, String mathsQualification, String pupilAssessment, String reintegrationPlan) {

    public static final FinalReport EMPTY = new FinalReport(null, null, null, null, null, null, null, null);
}
