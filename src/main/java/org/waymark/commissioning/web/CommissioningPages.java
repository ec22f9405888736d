package org.waymark.commissioning.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.waymark.commissioning.CommissioningDecision;
import org.waymark.commissioning.DeciderCapacity;
import org.waymark.commissioning.DecisionQuestions;
import org.waymark.commissioning.Decisions;
import org.waymark.commissioning.DueDiligence;
import org.waymark.commissioning.DueDiligenceCheck;
import org.waymark.commissioning.DueDiligenceItem;
import org.waymark.commissioning.PlacementSummary;
import org.waymark.commissioning.Placements;
import org.waymark.commissioning.SupportPlan;
import org.waymark.commissioning.SupportPlans;
import org.waymark.organisation.SignedInUser;
import org.waymark.pupil.Pupil;
import org.waymark.pupil.Pupils;
import org.waymark.shared.ConflictException;
import org.waymark.shared.FieldProblem;
import org.waymark.shared.ForbiddenException;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.Problems;
import org.waymark.shared.web.DateInput;
import org.waymark.shared.web.Forms;

/**
 * The commissioning decision as a GOV.UK question-page journey (decision maker, four pages of MIAPS questions,
 * the views, the primary questions where they apply, then check your answers), the support plan and the due
 * diligence checklist. Each page saves when it is valid, so nothing typed is lost between pages.
 */
@Controller
class CommissioningPages {

    private final Placements placements;
    private final Decisions decisions;
    private final SupportPlans plans;
    private final DueDiligence dueDiligence;
    private final Pupils pupils;
    private final Clock clock;

    CommissioningPages(Placements placements, Decisions decisions, SupportPlans plans, DueDiligence dueDiligence,
            Pupils pupils, Clock clock) {
        this.placements = placements;
        this.decisions = decisions;
        this.plans = plans;
        this.dueDiligence = dueDiligence;
        this.pupils = pupils;
        this.clock = clock;
    }

    private PlacementSummary commissioner(SignedInUser user, UUID id) {
        PlacementSummary s = placements.read(user, id);
        if (!Placements.isCommissioner(user, s)) {
            throw new ForbiddenException("Only the placement's commissioner records this");
        }
        return s;
    }

    private void common(Model model, PlacementSummary s) {
        model.addAttribute("p", s);
        Pupil pupil = pupils.find(s.pupilId()).orElseThrow();
        model.addAttribute("pupil", pupil);
        model.addAttribute("primary", pupil.primaryAgeOn(LocalDate.now(clock)));
    }

    // ---- decision: who decided --------------------------------------------------------------

    @GetMapping("/placements/{id}/decision")
    String start(SignedInUser user, @PathVariable UUID id) {
        commissioner(user, id);
        return "redirect:/placements/" + id + "/decision/decision-maker";
    }

    @GetMapping("/placements/{id}/decision/decision-maker")
    String maker(SignedInUser user, @PathVariable UUID id, Model model) {
        PlacementSummary s = commissioner(user, id);
        CommissioningDecision d = decisions.decision(user, id);
        Map<String, String> form = new HashMap<>();
        form.put("decidedBy", d.decidedBy() == null ? user.name() : d.decidedBy());
        form.put("capacity", d.capacity() == null ? "" : d.capacity().name());
        form.put("laSenDecisionBy", d.laSenDecisionBy());
        form.put("healthDecisionBy", d.healthDecisionBy());
        return makerPage(s, model, form, DateInput.of("decidedOn", d.decidedOn()),
                DateInput.of("laSenDecisionOn", d.laSenDecisionOn()), DateInput.of("healthDecisionOn", d.healthDecisionOn()));
    }

    private String makerPage(PlacementSummary s, Model model, Map<String, String> form, DateInput decidedOn,
            DateInput laSen, DateInput health) {
        common(model, s);
        Pupil pupil = (Pupil) model.getAttribute("pupil");
        model.addAttribute("form", form);
        model.addAttribute("decidedOn", decidedOn);
        model.addAttribute("laSen", laSen);
        model.addAttribute("health", health);
        model.addAttribute("capacities", DeciderCapacity.values());
        model.addAttribute("allowed", decisions.allowedCapacities(s, pupil.homeSchoolId() != null, pupil.ehcp()));
        model.addAttribute("ehcp", pupil.ehcp());
        model.addAttribute("medical", s.route() == org.waymark.commissioning.Route.MEDICAL);
        return "commissioning/decision-maker";
    }

    @PostMapping("/placements/{id}/decision/decision-maker")
    String saveMaker(SignedInUser user, @PathVariable UUID id, @RequestParam Map<String, String> params, Model model) {
        PlacementSummary s = commissioner(user, id);
        DateInput decidedOn = DateInput.from(params, "decidedOn");
        DateInput laSen = DateInput.from(params, "laSenDecisionOn");
        DateInput health = DateInput.from(params, "healthDecisionOn");
        Problems p = new Problems();
        LocalDate d = decidedOn.isEmpty() ? null : decidedOn.parseInto(p, "date of the decision");
        LocalDate l = laSen.isEmpty() ? null : laSen.parseInto(p, "date of the LA SEN team's decision");
        LocalDate h = health.isEmpty() ? null : health.parseInto(p, "date of the health service's decision");
        try {
            if (p.isEmpty()) {
                decisions.saveDecisionMaker(user, id, new Decisions.DecisionMaker(params.get("decidedBy"),
                        params.get("capacity"), d, l, params.get("laSenDecisionBy"), h, params.get("healthDecisionBy")));
                return "redirect:/placements/" + id + "/decision/questions/1";
            }
        } catch (InvalidInputException e) {
            e.problems().forEach(f -> p.add(switch (f.field()) {
                case "decidedOn", "laSenDecisionOn", "healthDecisionOn" -> f.field() + "-day";
                default -> f.field();
            }, f.message()));
        }
        Forms.reject(model, p.list());
        return makerPage(s, model, params, decidedOn, laSen, health);
    }

    // ---- decision: the MIAPS questions, and the primary questions ----------------------------

    @GetMapping("/placements/{id}/decision/questions/{page}")
    String questions(SignedInUser user, @PathVariable UUID id, @PathVariable int page, Model model) {
        PlacementSummary s = commissioner(user, id);
        List<Integer> numbers = pageNumbers(page);
        CommissioningDecision d = decisions.decision(user, id);
        Map<String, String> form = new HashMap<>();
        numbers.forEach(q -> form.put("q" + q, d.answers().get(q)));
        return questionPage(s, model, page, form);
    }

    private static List<Integer> pageNumbers(int page) {
        if (page < 1 || page > DecisionQuestions.PAGES.size()) {
            throw new org.waymark.shared.NotFoundException("Page");
        }
        return DecisionQuestions.PAGES.get(page - 1);
    }

    private String questionPage(PlacementSummary s, Model model, int page, Map<String, String> form) {
        common(model, s);
        List<Question> list = new ArrayList<>();
        for (int q : pageNumbers(page)) {
            list.add(new Question("q" + q, q + ". " + DecisionQuestions.MIAPS.get(q - 1)));
        }
        model.addAttribute("questions", list);
        model.addAttribute("form", form);
        model.addAttribute("page", page);
        model.addAttribute("pages", DecisionQuestions.PAGES.size());
        model.addAttribute("action", "/placements/" + s.id() + "/decision/questions/" + page);
        model.addAttribute("title", "Commissioning decision: questions " + list.get(0).label().split("\\.")[0] + " to "
                + list.get(list.size() - 1).label().split("\\.")[0]);
        return "commissioning/decision-questions";
    }

    public record Question(String field, String label) {
    }

    @PostMapping("/placements/{id}/decision/questions/{page}")
    String saveQuestions(SignedInUser user, @PathVariable UUID id, @PathVariable int page,
            @RequestParam Map<String, String> params, Model model) {
        PlacementSummary s = commissioner(user, id);
        Map<Integer, String> answers = new LinkedHashMap<>();
        for (int q : pageNumbers(page)) {
            answers.put(q, params.get("q" + q));
        }
        try {
            decisions.saveAnswers(user, id, "MIAPS", answers, true);
        } catch (InvalidInputException e) {
            Forms.reject(model, e.problems());
            return questionPage(s, model, page, params);
        }
        if (page < DecisionQuestions.PAGES.size()) {
            return "redirect:/placements/" + id + "/decision/questions/" + (page + 1);
        }
        return "redirect:/placements/" + id + "/decision/views";
    }

    @GetMapping("/placements/{id}/decision/primary")
    String primary(SignedInUser user, @PathVariable UUID id, Model model) {
        PlacementSummary s = commissioner(user, id);
        CommissioningDecision d = decisions.decision(user, id);
        Map<String, String> form = new HashMap<>();
        for (int q = 1; q <= DecisionQuestions.PRIMARY.size(); q++) {
            form.put("primary" + q, d.primaryAnswers().get(q));
        }
        return primaryPage(s, model, form);
    }

    private String primaryPage(PlacementSummary s, Model model, Map<String, String> form) {
        common(model, s);
        List<Question> list = new ArrayList<>();
        for (int q = 1; q <= DecisionQuestions.PRIMARY.size(); q++) {
            list.add(new Question("primary" + q, q + ". " + DecisionQuestions.PRIMARY.get(q - 1)));
        }
        model.addAttribute("questions", list);
        model.addAttribute("form", form);
        model.addAttribute("action", "/placements/" + s.id() + "/decision/primary");
        model.addAttribute("title", "Primary-age pupils: what else to consider");
        return "commissioning/decision-questions";
    }

    @PostMapping("/placements/{id}/decision/primary")
    String savePrimary(SignedInUser user, @PathVariable UUID id, @RequestParam Map<String, String> params, Model model) {
        PlacementSummary s = commissioner(user, id);
        Map<Integer, String> answers = new LinkedHashMap<>();
        for (int q = 1; q <= DecisionQuestions.PRIMARY.size(); q++) {
            answers.put(q, params.get("primary" + q));
        }
        try {
            decisions.saveAnswers(user, id, "PRIMARY", answers, true);
        } catch (InvalidInputException e) {
            Forms.reject(model, e.problems());
            return primaryPage(s, model, params);
        }
        return "redirect:/placements/" + id + "/decision/check";
    }

    // ---- decision: views --------------------------------------------------------------------

    @GetMapping("/placements/{id}/decision/views")
    String views(SignedInUser user, @PathVariable UUID id, Model model) {
        PlacementSummary s = commissioner(user, id);
        CommissioningDecision d = decisions.decision(user, id);
        Map<String, String> form = new HashMap<>();
        form.put("childViews", d.childViews());
        form.put("familyViews", d.familyViews());
        form.put("howFound", d.howFound());
        form.put("howFoundDetail", d.howFoundDetail());
        return viewsPage(s, model, form);
    }

    private String viewsPage(PlacementSummary s, Model model, Map<String, String> form) {
        common(model, s);
        model.addAttribute("form", form);
        model.addAttribute("howFound", CommissioningDecision.HOW_FOUND);
        return "commissioning/decision-views";
    }

    @PostMapping("/placements/{id}/decision/views")
    String saveViews(SignedInUser user, @PathVariable UUID id, @RequestParam Map<String, String> params, Model model) {
        PlacementSummary s = commissioner(user, id);
        try {
            decisions.saveViews(user, id, new Decisions.Views(params.get("childViews"), params.get("familyViews"),
                    params.get("howFound"), params.get("howFoundDetail")));
        } catch (InvalidInputException e) {
            Forms.reject(model, e.problems());
            return viewsPage(s, model, params);
        }
        Pupil pupil = pupils.find(s.pupilId()).orElseThrow();
        return pupil.primaryAgeOn(LocalDate.now(clock)) ? "redirect:/placements/" + id + "/decision/primary"
                : "redirect:/placements/" + id + "/decision/check";
    }

    // ---- decision: check your answers -------------------------------------------------------

    @GetMapping("/placements/{id}/decision/check")
    String check(SignedInUser user, @PathVariable UUID id, Model model) {
        PlacementSummary s = commissioner(user, id);
        common(model, s);
        CommissioningDecision d = decisions.decision(user, id);
        boolean primary = (boolean) model.getAttribute("primary");
        model.addAttribute("d", d);
        model.addAttribute("miaps", DecisionQuestions.MIAPS);
        model.addAttribute("primaryQuestions", DecisionQuestions.PRIMARY);
        model.addAttribute("pageOf", pageOf());
        model.addAttribute("missing", decisions.missing(d, primary));
        model.addAttribute("howFound", CommissioningDecision.HOW_FOUND);
        return "commissioning/decision-check";
    }

    private static Map<Integer, Integer> pageOf() {
        Map<Integer, Integer> m = new HashMap<>();
        for (int i = 0; i < DecisionQuestions.PAGES.size(); i++) {
            for (int q : DecisionQuestions.PAGES.get(i)) {
                m.put(q, i + 1);
            }
        }
        return m;
    }

    @PostMapping("/placements/{id}/decision/confirm")
    String confirm(SignedInUser user, @PathVariable UUID id, Model model) {
        PlacementSummary s = commissioner(user, id);
        Pupil pupil = pupils.find(s.pupilId()).orElseThrow();
        try {
            decisions.confirm(user, id, pupil.primaryAgeOn(LocalDate.now(clock)));
            return "redirect:/placements/" + id + "?decisionConfirmed";
        } catch (ConflictException e) {
            Forms.reject(model, e.problems().stream().map(m -> new FieldProblem("missing", m)).toList());
            return check(user, id, model);
        }
    }

    // ---- support plan -----------------------------------------------------------------------

    static final String[] PLAN_TEXTS = {"childViews", "parentViews", "background", "barriers", "risks",
            "safeguardingStatus", "senInformation", "strategies", "curriculumContinuity", "reasonForReferral",
            "homeSchoolLinks", "attendanceReporting", "agreedActions", "reintegrationPlan"};

    @GetMapping("/placements/{id}/support-plan")
    String plan(SignedInUser user, @PathVariable UUID id, Model model) {
        PlacementSummary s = commissioner(user, id);
        SupportPlan plan = plans.plan(user, id);
        Map<String, String> form = new HashMap<>();
        form.put("childViews", plan.childViews());
        form.put("parentViews", plan.parentViews());
        form.put("background", plan.background());
        form.put("barriers", plan.barriers());
        form.put("risks", plan.risks());
        form.put("safeguardingStatus", plan.safeguardingStatus());
        form.put("senInformation", plan.senInformation());
        form.put("strategies", plan.strategies());
        form.put("curriculumContinuity", plan.curriculumContinuity());
        form.put("reasonForReferral", plan.reasonForReferral());
        form.put("homeSchoolLinks", plan.homeSchoolLinks());
        form.put("attendanceReporting", plan.attendanceReporting());
        form.put("agreedActions", plan.agreedActions());
        form.put("reintegrationPlan", plan.reintegrationPlan());
        form.put("separateRiskAssessment", String.valueOf(plan.separateRiskAssessment()));
        form.put("version", String.valueOf(plan.version()));
        List<DateInput> starts = new ArrayList<>();
        for (int i = 0; i < rows(plan.outcomes().size()); i++) {
            SupportPlan.Outcome o = i < plan.outcomes().size() ? plan.outcomes().get(i) : null;
            form.put("outcomes[" + i + "].description", o == null ? null : o.description());
            form.put("outcomes[" + i + "].baseline", o == null ? null : o.baseline());
            form.put("outcomes[" + i + "].target", o == null ? null : o.target());
            form.put("outcomes[" + i + "].measure", o == null ? null : o.measure());
        }
        for (int i = 0; i < rows(plan.interventions().size()); i++) {
            SupportPlan.Intervention v = i < plan.interventions().size() ? plan.interventions().get(i) : null;
            form.put("interventions[" + i + "].type", v == null ? null : v.type());
            form.put("interventions[" + i + "].hours", v == null || v.hours() == null ? null
                    : v.hours().stripTrailingZeros().toPlainString());
            starts.add(DateInput.of("interventions[" + i + "].startDate", v == null ? null : v.startDate()));
        }
        return planPage(s, model, form, DateInput.of("planningMeetingOn", plan.planningMeetingOn()),
                rows(plan.outcomes().size()), starts);
    }

    private static int rows(int used) {
        return Math.max(3, used + 1);
    }

    private String planPage(PlacementSummary s, Model model, Map<String, String> form, DateInput meeting,
            int outcomeRows, List<DateInput> starts) {
        common(model, s);
        model.addAttribute("form", form);
        model.addAttribute("meeting", meeting);
        List<Integer> outcomes = new ArrayList<>();
        for (int i = 0; i < outcomeRows; i++) {
            outcomes.add(i);
        }
        model.addAttribute("outcomeRows", outcomes);
        model.addAttribute("interventionStarts", starts);
        return "commissioning/support-plan";
    }

    @PostMapping("/placements/{id}/support-plan")
    String savePlan(SignedInUser user, @PathVariable UUID id, @RequestParam Map<String, String> params, Model model) {
        PlacementSummary s = commissioner(user, id);
        Problems p = new Problems();
        DateInput meeting = DateInput.from(params, "planningMeetingOn");
        LocalDate meetingOn = meeting.isEmpty() ? null : meeting.parseInto(p, "date of the planning meeting");
        int outcomeRows = Math.max(3, countRows(params, "outcomes"));
        List<SupportPlan.Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < outcomeRows; i++) {
            String f = "outcomes[" + i + "].";
            outcomes.add(new SupportPlan.Outcome(params.get(f + "description"), params.get(f + "baseline"),
                    params.get(f + "target"), params.get(f + "measure")));
        }
        int interventionRows = Math.max(3, countRows(params, "interventions"));
        List<SupportPlan.Intervention> interventions = new ArrayList<>();
        List<DateInput> starts = new ArrayList<>();
        for (int i = 0; i < interventionRows; i++) {
            String f = "interventions[" + i + "].";
            DateInput start = DateInput.from(params, f + "startDate");
            starts.add(start);
            LocalDate startDate = start.isEmpty() ? null : start.parseInto(p, "start date");
            BigDecimal hours = null;
            String h = params.get(f + "hours");
            if (h != null && !h.isBlank()) {
                try {
                    hours = new BigDecimal(h.trim());
                } catch (NumberFormatException e) {
                    p.add(f + "hours", "Enter hours a week as a number, like 2 or 1.5");
                }
            }
            interventions.add(new SupportPlan.Intervention(params.get(f + "type"), hours, startDate));
        }
        int version = PupilPages.parseInt(params.get("version"));
        try {
            if (p.isEmpty()) {
                plans.save(user, id, version, new SupportPlan(id, meetingOn, params.get("childViews"),
                        params.get("parentViews"), params.get("background"), params.get("barriers"), params.get("risks"),
                        "true".equals(params.get("separateRiskAssessment")), params.get("safeguardingStatus"),
                        params.get("senInformation"), params.get("strategies"), params.get("curriculumContinuity"),
                        params.get("reasonForReferral"), params.get("homeSchoolLinks"), params.get("attendanceReporting"),
                        params.get("agreedActions"), params.get("reintegrationPlan"), outcomes, interventions, version));
                return "redirect:/placements/" + id + "?planSaved";
            }
        } catch (InvalidInputException e) {
            e.problems().forEach(f -> p.add(f.field().equals("planningMeetingOn") ? "planningMeetingOn-day" : f.field(),
                    f.message()));
        } catch (ConflictException e) {
            p.add("reasonForReferral", e.getMessage());
        }
        Forms.reject(model, p.list());
        return planPage(s, model, params, meeting, outcomeRows, starts);
    }

    private static int countRows(Map<String, String> params, String prefix) {
        int max = 0;
        for (String k : params.keySet()) {
            if (k.startsWith(prefix + "[")) {
                try {
                    max = Math.max(max, Integer.parseInt(k.substring(prefix.length() + 1, k.indexOf(']'))) + 1);
                } catch (RuntimeException e) {
                    // not a row field
                }
            }
        }
        return Math.min(max, 20);
    }

    // ---- due diligence ----------------------------------------------------------------------

    @GetMapping("/placements/{id}/due-diligence")
    String checklist(SignedInUser user, @PathVariable UUID id, Model model) {
        PlacementSummary s = commissioner(user, id);
        List<DueDiligenceItem> items = dueDiligence.items(user, id);
        Map<String, String> form = new HashMap<>();
        List<DateInput> dates = new ArrayList<>();
        for (DueDiligenceItem i : items) {
            int n = i.check().ordinal();
            form.put("items[" + n + "].evidence", i.evidence());
            form.put("items[" + n + "].completedBy", i.completedBy() == null ? user.name() : i.completedBy());
            dates.add(DateInput.of("items[" + n + "].completedOn", i.completedOn()));
        }
        form.put("complete", String.valueOf(s.dueDiligenceComplete()));
        return checklistPage(s, model, form, dates);
    }

    private String checklistPage(PlacementSummary s, Model model, Map<String, String> form, List<DateInput> dates) {
        common(model, s);
        model.addAttribute("checks", DueDiligenceCheck.values());
        model.addAttribute("form", form);
        model.addAttribute("dates", dates);
        return "commissioning/due-diligence";
    }

    @PostMapping("/placements/{id}/due-diligence")
    String saveChecklist(SignedInUser user, @PathVariable UUID id, @RequestParam Map<String, String> params,
            Model model) {
        PlacementSummary s = commissioner(user, id);
        Problems p = new Problems();
        List<DueDiligence.ItemInput> items = new ArrayList<>();
        List<DateInput> dates = new ArrayList<>();
        for (DueDiligenceCheck c : DueDiligenceCheck.values()) {
            String f = "items[" + c.ordinal() + "].";
            DateInput d = DateInput.from(params, f + "completedOn");
            dates.add(d);
            LocalDate on = d.isEmpty() ? null : d.parseInto(p, "date of this check");
            items.add(new DueDiligence.ItemInput(c.name(), on, params.get(f + "evidence"), params.get(f + "completedBy")));
        }
        try {
            if (p.isEmpty()) {
                dueDiligence.save(user, id, items, "true".equals(params.get("complete")));
                return "redirect:/placements/" + id + "?dueDiligenceSaved";
            }
        } catch (InvalidInputException e) {
            e.problems().forEach(f -> p.add(f.field().endsWith(".completedOn") ? f.field() + "-day" : f.field(),
                    f.message()));
        }
        Forms.reject(model, p.list());
        return checklistPage(s, model, params, dates);
    }

    static UUID parse(String s) {
        return PupilPages.id(s);
    }
}
