package org.waymark.commissioning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.waymark.directory.DirectoryStatus;
import org.waymark.directory.ProviderDirectory;
import org.waymark.pupil.Pupil;
import org.waymark.pupil.Pupils;

/** What a placement needs before it can become ACTIVE, each as a sentence a commissioner can act on. */
@Component
class Requirements {

    private final JdbcClient db;
    private final ProviderDirectory directory;
    private final Pupils pupils;
    private final Clock clock;

    Requirements(JdbcClient db, ProviderDirectory directory, Pupils pupils, Clock clock) {
        this.db = db;
        this.directory = directory;
        this.pupils = pupils;
        this.clock = clock;
    }

    List<String> unmet(PlacementSummary s) {
        List<String> unmet = new ArrayList<>();
        if (s.status() != PlacementStatus.PROPOSED) {
            unmet.add("The placement must be proposed to the provider first (it is "
                    + s.status().label().toLowerCase(java.util.Locale.ROOT) + ")");
        } else if (s.acceptedOn() == null) {
            unmet.add("The provider has not accepted the placement");
        }
        DirectoryStatus status = directory.status(s.providerId()).orElse(DirectoryStatus.NOT_LISTED);
        if (status != DirectoryStatus.APPROVED) {
            unmet.add("PROVIDER_NOT_APPROVED: " + s.providerName() + " is not approved on the directory (it is "
                    + status.name() + ")");
        }
        Pupil pupil = pupils.find(s.pupilId()).orElseThrow();
        unmet.addAll(decision(s, pupil));
        unmet.addAll(supportPlan(s));
        if (!s.dueDiligenceComplete()) {
            unmet.add("Complete the due diligence checklist");
        }
        if (s.timetable().isEmpty()) {
            unmet.add("Enter at least one session at the provider");
        }
        return unmet;
    }

    private List<String> decision(PlacementSummary s, Pupil pupil) {
        List<String> unmet = new ArrayList<>();
        var row = db.sql("""
                select decider_capacity, decided_on, la_sen_decision_on, health_decision_on, confirmed_at
                from commissioning_decision where placement_id = ?""").param(s.id())
                .query((rs, i) -> new Object[] {rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getObject(5)})
                .optional();
        if (row.isEmpty() || row.get()[4] == null) {
            unmet.add("Record and confirm the commissioning decision");
            return unmet;
        }
        Object[] r = row.get();
        long answered = db.sql("select count(*) from decision_answer where placement_id = ? and question_set = 'MIAPS'")
                .param(s.id()).query(Long.class).single();
        if (answered < DecisionQuestions.MIAPS.size()) {
            unmet.add("Answer all " + DecisionQuestions.MIAPS.size() + " questions of the commissioning decision ("
                    + answered + " answered)");
        }
        if (pupil.primaryAgeOn(LocalDate.now(clock))) {
            long primary = db.sql("select count(*) from decision_answer where placement_id = ? and question_set = 'PRIMARY'")
                    .param(s.id()).query(Long.class).single();
            if (primary < DecisionQuestions.PRIMARY.size()) {
                unmet.add("Answer the primary-age questions (the pupil is in Reception to Year 6)");
            }
        }
        DeciderCapacity capacity = Placements.enumOf(DeciderCapacity.class, (String) r[0]);
        unmet.addAll(DecisionMakers.unmet(s.commissioner().type(), s.route(), pupil.homeSchoolId() != null,
                pupil.ehcp(), capacity, r[2] != null, r[3] != null));
        return unmet;
    }

    private List<String> supportPlan(PlacementSummary s) {
        List<String> unmet = new ArrayList<>();
        var plan = db.sql("select reason_for_referral, reintegration_plan from support_plan where placement_id = ?")
                .param(s.id()).query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).optional();
        if (plan.isEmpty()) {
            unmet.add("Write the support plan, with its reintegration or post-16 plan");
            return unmet;
        }
        if (blank(plan.get()[0])) {
            unmet.add("Give the reason for referral in the support plan");
        }
        long outcomes = db.sql("select count(*) from support_plan_outcome where placement_id = ?").param(s.id())
                .query(Long.class).single();
        if (outcomes == 0) {
            unmet.add("Add at least one desired outcome to the support plan (with baseline, target and measure)");
        }
        if (blank(plan.get()[1])) {
            unmet.add("Write the reintegration or post-16 plan in the support plan");
        }
        return unmet;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
