package org.waymark.quality;

import java.util.Arrays;
import java.util.List;

/**
 * The compliance checklist of a visit, per section (issue 8, Oxfordshire's monitoring areas and the DfE national
 * standards for unregistered AP). Each item is answered met, not met or not seen.
 */
public enum ChecklistItem {
    DSL_IN_POST_TRAINED(QaSection.SAFEGUARDING, "Designated safeguarding lead in post and trained"),
    DEPUTY_DSL_IN_POST_TRAINED(QaSection.SAFEGUARDING, "Deputy designated safeguarding lead in post and trained"),
    SAFEGUARDING_POLICY_IN_DATE(QaSection.SAFEGUARDING, "Safeguarding and child protection policy in date"),
    SAFER_RECRUITMENT(QaSection.SAFEGUARDING,
            "Safer recruitment and vetting checks (enhanced DBS, single central record)"),
    STAFF_SAFEGUARDING_TRAINING(QaSection.SAFEGUARDING, "All staff trained in safeguarding (KCSIE read and understood)"),
    CONCERNS_REACH_SCHOOL_AND_LA(QaSection.SAFEGUARDING,
            "Concerns reach the home school's designated lead and the LA promptly"),
    RISK_ASSESSMENTS(QaSection.HEALTH_AND_SAFETY, "Risk assessments for activities and for each pupil"),
    PREMISES(QaSection.HEALTH_AND_SAFETY, "Premises safe and suitable"),
    INSURANCE(QaSection.HEALTH_AND_SAFETY, "Employer's and public liability insurance in date"),
    FIRST_AID(QaSection.HEALTH_AND_SAFETY, "First aid cover and trained first aiders"),
    FIRE_SAFETY(QaSection.HEALTH_AND_SAFETY, "Fire risk assessment, drills and equipment checked"),
    CURRICULUM_PLANNED(QaSection.QUALITY_OF_EDUCATION, "Planned, sequenced curriculum with English and maths"),
    BASELINE_AND_PROGRESS(QaSection.QUALITY_OF_EDUCATION, "Baseline assessment and progress tracked"),
    ACCREDITATION(QaSection.QUALITY_OF_EDUCATION, "Accredited qualifications where appropriate"),
    NEEDS_KNOWN(QaSection.SEND, "Pupils' needs and EHCP outcomes known to staff"),
    ADJUSTMENTS(QaSection.SEND, "Reasonable adjustments and support in place"),
    REFERRAL_INFORMATION(QaSection.ADMISSIONS_ATTENDANCE_GUIDANCE_SUPPORT,
            "Referral and admission information received and recorded"),
    ATTENDANCE_SESSIONS(QaSection.ADMISSIONS_ATTENDANCE_GUIDANCE_SUPPORT,
            "Attendance recorded every session and absence followed up the same day"),
    LEARNING_PLANS(QaSection.ADMISSIONS_ATTENDANCE_GUIDANCE_SUPPORT, "Individual learning plans reviewed with the school"),
    CAREERS_GUIDANCE(QaSection.ADMISSIONS_ATTENDANCE_GUIDANCE_SUPPORT,
            "Careers guidance and planning for reintegration or post-16");

    private final QaSection section;
    private final String label;

    ChecklistItem(QaSection section, String label) {
        this.section = section;
        this.label = label;
    }

    public QaSection section() {
        return section;
    }

    public String label() {
        return label;
    }

    public static List<ChecklistItem> of(QaSection section) {
        return Arrays.stream(values()).filter(i -> i.section == section).toList();
    }

    /** The answers an item may take. */
    public enum Answer { MET, NOT_MET, NOT_SEEN }
}
