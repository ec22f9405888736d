package org.waymark.commissioning.web;

import org.waymark.shared.web.JsonFields;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.waymark.commissioning.CommissioningDecision;
import org.waymark.commissioning.Decisions;
import org.waymark.commissioning.DueDiligence;
import org.waymark.commissioning.DueDiligenceItem;
import org.waymark.commissioning.Provision;
import org.waymark.commissioning.PupilWeek;
import org.waymark.commissioning.SupportPlan;
import org.waymark.commissioning.SupportPlans;
import org.waymark.organisation.SignedInUser;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.Problems;

/** Decision, support plan, due diligence ({@code PUT /placements/{id}/…}) and the pupil's week (api.md). */
@RestController
@RequestMapping("/api/v1")
class CommissioningApi {

    record AnswerJson(Integer question, String answer) {
    }

    record DecisionBody(String decidedBy, String deciderCapacity, String decidedOn, String laSenDecisionOn,
            String laSenDecisionBy, String healthDecisionOn, String healthDecisionBy, String childViews,
            String familyViews, String howFound, String howFoundDetail, List<AnswerJson> answers,
            List<AnswerJson> primaryAnswers) {
    }

    record DecisionJson(UUID placementId, String decidedBy, String deciderCapacity, LocalDate decidedOn,
            LocalDate laSenDecisionOn, String laSenDecisionBy, LocalDate healthDecisionOn, String healthDecisionBy,
            String childViews, String familyViews, String howFound, String howFoundDetail, boolean confirmed,
            List<AnswerJson> answers, List<AnswerJson> primaryAnswers) {

        static DecisionJson of(CommissioningDecision d) {
            return new DecisionJson(d.placementId(), d.decidedBy(), d.capacity() == null ? null : d.capacity().name(),
                    d.decidedOn(), d.laSenDecisionOn(), d.laSenDecisionBy(), d.healthDecisionOn(), d.healthDecisionBy(),
                    d.childViews(), d.familyViews(), d.howFound(), d.howFoundDetail(), d.confirmed(),
                    answers(d.answers()), answers(d.primaryAnswers()));
        }

        private static List<AnswerJson> answers(Map<Integer, String> m) {
            return m.entrySet().stream().map(e -> new AnswerJson(e.getKey(), e.getValue())).toList();
        }
    }

    record OutcomeJson(String description, String baseline, String target, String measure) {
    }

    record InterventionJson(String type, BigDecimal hours, String startDate) {
    }

    record SupportPlanBody(String planningMeetingOn, String childViews, String parentViews, String background,
            String barriers, String risks, Boolean separateRiskAssessment, String safeguardingStatus,
            String senInformation, String strategies, String curriculumContinuity, String reasonForReferral,
            List<OutcomeJson> outcomes, List<InterventionJson> interventions, String homeSchoolLinks,
            String attendanceReporting, String agreedActions, String reintegrationPlan, Integer version) {
    }

    record ItemJson(String check, String completedOn, String evidence, String completedBy) {
    }

    record DueDiligenceBody(List<ItemJson> items, Boolean complete) {
    }

    record DueDiligenceJson(List<ItemJson> items, boolean complete) {
    }

    private final Decisions decisions;
    private final SupportPlans plans;
    private final DueDiligence dueDiligence;
    private final Provision provision;
    private final org.waymark.commissioning.Placements placements;
    private final Clock clock;

    CommissioningApi(Decisions decisions, SupportPlans plans, DueDiligence dueDiligence, Provision provision,
            org.waymark.commissioning.Placements placements, Clock clock) {
        this.decisions = decisions;
        this.plans = plans;
        this.dueDiligence = dueDiligence;
        this.provision = provision;
        this.placements = placements;
        this.clock = clock;
    }

    @GetMapping("/placements/{id}/decision")
    DecisionJson decision(SignedInUser user, @PathVariable UUID id) {
        return DecisionJson.of(decisions.decision(user, id));
    }

    @PutMapping("/placements/{id}/decision")
    DecisionJson putDecision(SignedInUser user, @PathVariable UUID id, @RequestBody DecisionBody body) {
        Problems p = new Problems();
        LocalDate decidedOn = JsonFields.date(p, "decidedOn", body.decidedOn());
        LocalDate laSen = JsonFields.date(p, "laSenDecisionOn", body.laSenDecisionOn());
        LocalDate health = JsonFields.date(p, "healthDecisionOn", body.healthDecisionOn());
        p.throwIfAny();
        var summary = placements.read(user, id);
        String capacity = body.deciderCapacity();
        if (capacity == null || capacity.isBlank()) {
            // the only capacity rule 7 allows, when there is one
            var allowed = decisions.allowedCapacities(summary, summary.homeSchoolId() != null,
                    summary.route() == org.waymark.commissioning.Route.EHCP || laSen != null);
            capacity = allowed.size() == 1 ? allowed.iterator().next().name() : null;
        }
        Map<Integer, String> answers = new HashMap<>();
        List<Integer> duplicates = new ArrayList<>();
        for (AnswerJson a : body.answers() == null ? List.<AnswerJson>of() : body.answers()) {
            if (a == null) {
                continue;
            }
            if (answers.containsKey(a.question())) {
                duplicates.add(a.question());
            }
            answers.put(a.question(), a.answer());
        }
        Map<Integer, String> primary = new HashMap<>();
        for (AnswerJson a : body.primaryAnswers() == null ? List.<AnswerJson>of() : body.primaryAnswers()) {
            if (a != null) {
                primary.put(a.question(), a.answer());
            }
        }
        Decisions.Views views = body.childViews() == null && body.familyViews() == null && body.howFound() == null ? null
                : new Decisions.Views(body.childViews(), body.familyViews(), body.howFound(), body.howFoundDetail());
        return DecisionJson.of(decisions.put(user, id, new Decisions.DecisionMaker(body.decidedBy(), capacity, decidedOn,
                laSen, body.laSenDecisionBy(), health, body.healthDecisionBy()), views, answers, primary, duplicates));
    }

    @GetMapping("/placements/{id}/support-plan")
    SupportPlan supportPlan(SignedInUser user, @PathVariable UUID id) {
        return plans.plan(user, id);
    }

    @PutMapping("/placements/{id}/support-plan")
    SupportPlan putSupportPlan(SignedInUser user, @PathVariable UUID id, @RequestBody SupportPlanBody body) {
        Problems p = new Problems();
        LocalDate meeting = JsonFields.date(p, "planningMeetingOn", body.planningMeetingOn());
        List<SupportPlan.Intervention> interventions = new ArrayList<>();
        List<InterventionJson> ins = body.interventions() == null ? List.of() : body.interventions();
        for (int i = 0; i < ins.size(); i++) {
            InterventionJson v = ins.get(i);
            interventions.add(v == null ? null : new SupportPlan.Intervention(v.type(), v.hours(),
                    JsonFields.date(p, "interventions[" + i + "].startDate", v.startDate())));
        }
        p.throwIfAny();
        List<SupportPlan.Outcome> outcomes = (body.outcomes() == null ? List.<OutcomeJson>of() : body.outcomes())
                .stream().map(o -> o == null ? null
                        : new SupportPlan.Outcome(o.description(), o.baseline(), o.target(), o.measure()))
                .toList();
        int version = body.version() != null ? body.version() : plans.plan(user, id).version();
        SupportPlan in = new SupportPlan(id, meeting, body.childViews(), body.parentViews(), body.background(),
                body.barriers(), body.risks(), Boolean.TRUE.equals(body.separateRiskAssessment()),
                body.safeguardingStatus(), body.senInformation(), body.strategies(), body.curriculumContinuity(),
                body.reasonForReferral(), body.homeSchoolLinks(), body.attendanceReporting(), body.agreedActions(),
                body.reintegrationPlan(), outcomes, interventions, version);
        return plans.save(user, id, version, in);
    }

    @GetMapping("/placements/{id}/due-diligence")
    DueDiligenceJson dueDiligence(SignedInUser user, @PathVariable UUID id) {
        List<DueDiligenceItem> items = dueDiligence.items(user, id);
        return json(items, placements.read(user, id).dueDiligenceComplete());
    }

    @PutMapping("/placements/{id}/due-diligence")
    DueDiligenceJson putDueDiligence(SignedInUser user, @PathVariable UUID id, @RequestBody DueDiligenceBody body) {
        Problems p = new Problems();
        List<DueDiligence.ItemInput> items = new ArrayList<>();
        List<ItemJson> in = body.items() == null ? List.of() : body.items();
        for (int i = 0; i < in.size(); i++) {
            ItemJson item = in.get(i);
            if (item == null) {
                throw new InvalidInputException("items[" + i + "]", "An item is missing");
            }
            items.add(new DueDiligence.ItemInput(item.check(),
                    JsonFields.date(p, "items[" + i + "].completedOn", item.completedOn()), item.evidence(),
                    item.completedBy() == null ? user.name() : item.completedBy()));
        }
        p.throwIfAny();
        boolean complete = Boolean.TRUE.equals(body.complete());
        return json(dueDiligence.save(user, id, items, complete), complete);
    }

    private static DueDiligenceJson json(List<DueDiligenceItem> items, boolean complete) {
        return new DueDiligenceJson(items.stream().map(i -> new ItemJson(i.check().name(),
                i.completedOn() == null ? null : i.completedOn().toString(), i.evidence(), i.completedBy())).toList(),
                complete);
    }

    record SettingJson(UUID placementId, String name, String setting, BigDecimal weeklyHours) {
    }

    record SessionJson(String setting, String day, String start, String end, String settingName) {
    }

    record ProvisionJson(LocalDate date, BigDecimal expectedWeeklyHours, BigDecimal scheduledWeeklyHours,
            List<SettingJson> settings, boolean fullTime, boolean ofCompulsorySchoolAge, boolean homeSchoolWeekAssumed,
            BigDecimal shortfall, Object reducedTimetable, List<SessionJson> sessions,
            List<String> daysShortOfNineToThree) {
    }

    @GetMapping("/pupils/{id}/provision")
    ProvisionJson provision(SignedInUser user, @PathVariable UUID id, @RequestParam(required = false) String date) {
        Problems p = new Problems();
        LocalDate on = JsonFields.date(p, "date", date);
        p.throwIfAny();
        PupilWeek w = provision.week(user, id, on == null ? LocalDate.now(clock) : on);
        return new ProvisionJson(w.date(), w.expectedWeeklyHours(), w.scheduledWeeklyHours(),
                w.settings().stream().map(s -> new SettingJson(s.placementId(), s.name(), s.setting().name(),
                        s.weeklyHours())).toList(),
                w.fullTime(), w.ofCompulsorySchoolAge(), w.homeSchoolWeekAssumed(), w.shortfall(), w.reducedTimetable(),
                w.sessions().stream().map(s -> new SessionJson(s.setting().name(), s.day().name(),
                        s.start().toString(), s.end().toString(), s.settingName())).toList(),
                w.daysShortOfNineToThree().stream().map(Enum::name).toList());
    }
}
