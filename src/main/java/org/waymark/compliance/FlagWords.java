package org.waymark.compliance;

import java.util.Map;

/** Each flag code in the users' words: a short title and what to do about it (domain.md, ADR 0400). */
public final class FlagWords {

    public record Words(String title, String action) {
    }

    private static final Map<FlagCode, Words> WORDS = Map.ofEntries(
            Map.entry(FlagCode.PROVIDER_MUST_REGISTER, new Words("Provider must register as a school",
                    "Report to DfE and Ofsted and stop new placements until the provider is registered.")),
            Map.entry(FlagCode.UNREGISTERED_OVER_TERM, new Words("Unregistered placement longer than a term",
                    "Change the arrangement: more than one term at more than three days a week needs a registered setting or two settings.")),
            Map.entry(FlagCode.NOT_FULL_TIME, new Words("Not in full-time education",
                    "Arrange the rest of the pupil's week, or record a reduced timetable that is agreed and time-limited.")),
            Map.entry(FlagCode.REDUCED_TIMETABLE_EXPIRED, new Words("Reduced timetable past its end or review date",
                    "Review the reduced timetable with the parent and return the pupil to full time.")),
            Map.entry(FlagCode.REGISTER_MISSING, new Words("Register not taken",
                    "Take the register for the session.")),
            Map.entry(FlagCode.UNEXPLAINED_ABSENCE, new Words("Absence not followed up",
                    "Contact the family, record the reason and authorise the absence or not; tell the social worker.")),
            Map.entry(FlagCode.ATTENDANCE_CONCERN, new Words("Attendance below 90% over four weeks",
                    "Meet the provider and family and agree how attendance will improve.")),
            Map.entry(FlagCode.REVIEW_OVERDUE, new Words("Review overdue",
                    "Hold and record the placement review.")),
            Map.entry(FlagCode.PROVIDER_NOT_APPROVED, new Words("Provider not approved",
                    "Complete a desk-top review of the provider, or move the placement to an approved provider.")),
            Map.entry(FlagCode.QA_OVERDUE, new Words("QA visit overdue",
                    "Plan the provider's annual QA visit.")),
            Map.entry(FlagCode.OPEN_CONCERN, new Words("Open concern about a provider",
                    "Look into the concern; consider a responsive QA visit.")),
            Map.entry(FlagCode.EHCP_LA_NOT_CONSULTED, new Words("LA SEN team not consulted",
                    "Record the LA SEN team's decision for this EHCP pupil's placement.")),
            Map.entry(FlagCode.OUTCOME_MISSING, new Words("Outcome or destination not recorded",
                    "Record the placement's outcome, or the due destination check.")));

    private FlagWords() {
    }

    public static Words of(FlagCode code) {
        return WORDS.get(code);
    }

    public static String title(FlagCode code) {
        return of(code).title();
    }
}
