package org.waymark.commissioning;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.audit.AuditTrail;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.shared.ConflictException;
import org.waymark.shared.Problems;
import org.waymark.shared.Timestamps;

/** Support plans: written by the commissioner (with the provider), read by the provider in part. */
@Service
public class SupportPlans {

    static final int MAX = 4000;

    private final JdbcClient db;
    private final Clock clock;
    private final Placements placements;
    private final AuditTrail audit;

    SupportPlans(JdbcClient db, Clock clock, Placements placements, AuditTrail audit) {
        this.db = db;
        this.clock = clock;
        this.placements = placements;
        this.audit = audit;
    }

    /** The plan (empty if none yet); a provider gets only its part. */
    public SupportPlan plan(SignedInUser user, UUID placementId) {
        PlacementSummary s = placements.read(user, placementId);
        SupportPlan plan = load(s.id());
        return user.role() == Role.PROVIDER_STAFF ? plan.forProvider() : plan;
    }

    SupportPlan load(UUID placementId) {
        List<SupportPlan.Outcome> outcomes = db.sql("""
                select description, baseline, target, measure from support_plan_outcome where placement_id = ?
                order by position""").param(placementId).query(SupportPlan.Outcome.class).list();
        List<SupportPlan.Intervention> interventions = db.sql("""
                select intervention_type as type, hours, start_date from support_plan_intervention
                where placement_id = ? order by position""").param(placementId).query(SupportPlan.Intervention.class)
                .list();
        return db.sql("""
                select planning_meeting_on, child_views, parent_views, background, barriers, risks,
                    separate_risk_assessment, safeguarding_status, sen_information, strategies, curriculum_continuity,
                    reason_for_referral, home_school_links, attendance_reporting, agreed_actions, reintegration_plan,
                    version from support_plan where placement_id = ?""")
                .param(placementId)
                .query((rs, i) -> new SupportPlan(placementId, rs.getObject(1, LocalDate.class), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getBoolean(7),
                        rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12),
                        rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16), outcomes, interventions,
                        rs.getInt(17)))
                .optional().orElse(SupportPlan.empty(placementId));
    }

    /**
     * Saves the whole plan (blank outcome and intervention rows are dropped). {@code version} is the plan's
     * version as read (-1 for a new plan); a stale one is refused.
     */
    @Transactional
    public SupportPlan save(SignedInUser user, UUID placementId, int version, SupportPlan in) {
        PlacementSummary s = placements.requireCommissioner(user, placementId);
        if (s.status() == PlacementStatus.ENDED || s.status() == PlacementStatus.CANCELLED) {
            throw new ConflictException("The support plan of an ended or cancelled placement cannot change",
                    List.of("The placement is " + s.status().label().toLowerCase(java.util.Locale.ROOT)));
        }
        Problems p = new Problems();
        String[][] texts = {{"childViews", in.childViews()}, {"parentViews", in.parentViews()},
                {"background", in.background()}, {"barriers", in.barriers()}, {"risks", in.risks()},
                {"safeguardingStatus", in.safeguardingStatus()}, {"senInformation", in.senInformation()},
                {"strategies", in.strategies()}, {"curriculumContinuity", in.curriculumContinuity()},
                {"reasonForReferral", in.reasonForReferral()}, {"homeSchoolLinks", in.homeSchoolLinks()},
                {"attendanceReporting", in.attendanceReporting()}, {"agreedActions", in.agreedActions()},
                {"reintegrationPlan", in.reintegrationPlan()}};
        for (String[] t : texts) {
            if (t[1] != null && t[1].length() > MAX) {
                p.add(t[0], "Must be " + MAX + " characters or fewer");
            }
        }
        if (blank(in.reasonForReferral()) == null) {
            p.add("reasonForReferral", "Enter the reason for referral");
        }
        if (in.planningMeetingOn() != null && in.planningMeetingOn().isAfter(LocalDate.now(clock).plusYears(1))) {
            p.add("planningMeetingOn", "Enter a planning meeting date within the next year");
        }
        List<SupportPlan.Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < in.outcomes().size(); i++) {
            SupportPlan.Outcome o = in.outcomes().get(i);
            if (o == null || (blank(o.description()) == null && blank(o.baseline()) == null && blank(o.target()) == null
                    && blank(o.measure()) == null)) {
                continue;
            }
            if (blank(o.description()) == null) {
                p.add("outcomes[" + i + "].description", "Describe the outcome");
            }
            if (blank(o.target()) == null) {
                p.add("outcomes[" + i + "].target", "Enter the target for this outcome");
            }
            for (String v : new String[] {o.description(), o.baseline(), o.target(), o.measure()}) {
                if (v != null && v.length() > 1000) {
                    p.add("outcomes[" + i + "].description", "Each part of an outcome must be 1000 characters or fewer");
                    break;
                }
            }
            outcomes.add(o);
        }
        if (outcomes.isEmpty() && !p.list().stream().anyMatch(f -> f.field().startsWith("outcomes"))) {
            p.add("outcomes[0].description", "Add at least one desired outcome");
        }
        List<SupportPlan.Intervention> interventions = new ArrayList<>();
        for (int i = 0; i < in.interventions().size(); i++) {
            SupportPlan.Intervention v = in.interventions().get(i);
            if (v == null || (blank(v.type()) == null && v.hours() == null && v.startDate() == null)) {
                continue;
            }
            if (blank(v.type()) == null) {
                p.add("interventions[" + i + "].type", "Enter the type of intervention");
            } else if (v.type().length() > 300) {
                p.add("interventions[" + i + "].type", "Must be 300 characters or fewer");
            }
            if (v.hours() != null && (v.hours().compareTo(BigDecimal.ZERO) <= 0 || v.hours().compareTo(new BigDecimal(40)) > 0)) {
                p.add("interventions[" + i + "].hours", "Hours a week must be more than 0 and at most 40");
            }
            interventions.add(v);
        }
        p.throwIfAny();
        var now = Timestamps.now(clock);
        if (version < 0) {
            int inserted = db.sql("insert into support_plan (placement_id, updated_at, updated_by) values (?, ?, ?) "
                    + "on conflict do nothing").params(placementId, now, user.id()).update();
            if (inserted == 0) {
                throw ConflictException.staleEdit("This support plan");
            }
            version = 0;
        }
        int changed = db.sql("""
                update support_plan set planning_meeting_on = ?, child_views = ?, parent_views = ?, background = ?,
                    barriers = ?, risks = ?, separate_risk_assessment = ?, safeguarding_status = ?, sen_information = ?,
                    strategies = ?, curriculum_continuity = ?, reason_for_referral = ?, home_school_links = ?,
                    attendance_reporting = ?, agreed_actions = ?, reintegration_plan = ?, updated_at = ?, updated_by = ?,
                    version = version + 1 where placement_id = ? and version = ?""")
                .params(in.planningMeetingOn(), blank(in.childViews()), blank(in.parentViews()), blank(in.background()),
                        blank(in.barriers()), blank(in.risks()), in.separateRiskAssessment(),
                        blank(in.safeguardingStatus()), blank(in.senInformation()), blank(in.strategies()),
                        blank(in.curriculumContinuity()), blank(in.reasonForReferral()), blank(in.homeSchoolLinks()),
                        blank(in.attendanceReporting()), blank(in.agreedActions()), blank(in.reintegrationPlan()), now,
                        user.id(), placementId, version)
                .update();
        if (changed == 0) {
            throw ConflictException.staleEdit("This support plan");
        }
        db.sql("delete from support_plan_outcome where placement_id = ?").param(placementId).update();
        for (int i = 0; i < outcomes.size(); i++) {
            SupportPlan.Outcome o = outcomes.get(i);
            db.sql("insert into support_plan_outcome (id, placement_id, position, description, baseline, target, measure) "
                    + "values (?, ?, ?, ?, ?, ?, ?)").params(UUID.randomUUID(), placementId, i, o.description().trim(),
                            blank(o.baseline()), blank(o.target()), blank(o.measure())).update();
        }
        db.sql("delete from support_plan_intervention where placement_id = ?").param(placementId).update();
        for (int i = 0; i < interventions.size(); i++) {
            SupportPlan.Intervention v = interventions.get(i);
            db.sql("insert into support_plan_intervention (id, placement_id, position, intervention_type, hours, start_date) "
                    + "values (?, ?, ?, ?, ?, ?)").params(UUID.randomUUID(), placementId, i, v.type().trim(), v.hours(),
                            v.startDate()).update();
        }
        placements.history(placementId, user, s.status(), "Support plan saved");
        audit.record(user, AuditTrail.Action.CHANGED, "SUPPORT_PLAN", placementId, s.pupilId(), s.localAuthorityId(),
                "support plan saved");
        return load(placementId);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
