package org.waymark.quality.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.quality.Activity;
import org.waymark.quality.ChecklistItem;
import org.waymark.quality.Judgement;
import org.waymark.quality.QaSection;
import org.waymark.quality.QaVisits;
import org.waymark.quality.QaVisits.QaVisit;
import org.waymark.quality.QaVisits.SectionJudgement;
import org.waymark.quality.QaWords;
import org.waymark.quality.ReportEvaluations;
import org.waymark.quality.ReportGrade;
import org.waymark.quality.SelfAssessments;
import org.waymark.quality.VisitStatus;
import org.waymark.quality.VisitType;
import org.waymark.quality.report.QaReportPdf;
import org.waymark.calendar.SchoolCalendar;
import org.waymark.shared.ConflictException;
import org.waymark.shared.FieldProblem;
import org.waymark.shared.ForbiddenException;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.Problems;
import org.waymark.shared.web.DateInput;
import org.waymark.shared.web.Forms;

/** The QA pages: the plan for the year, a visit with its record, report, action plan and escalation. */
@Controller
class QaPages {

    private final QaVisits visits;
    private final SelfAssessments selfAssessments;
    private final ReportEvaluations evaluations;
    private final QaReportPdf pdf;
    private final SchoolCalendar calendar;
    private final java.time.Clock clock;

    QaPages(QaVisits visits, SelfAssessments selfAssessments, ReportEvaluations evaluations, QaReportPdf pdf,
            SchoolCalendar calendar, java.time.Clock clock) {
        this.visits = visits;
        this.selfAssessments = selfAssessments;
        this.evaluations = evaluations;
        this.pdf = pdf;
        this.calendar = calendar;
        this.clock = clock;
    }

    // ---- the plan --------------------------------------------------------------------------

    @GetMapping("/qa")
    String plan(SignedInUser user, @RequestParam(required = false) Integer planned, Model model) {
        model.addAttribute("planned", planned);
        LocalDate today = LocalDate.now(clock);
        var year = calendar.years(user.localAuthorityId()).stream()
                .filter(y -> !today.isBefore(y.startDate()) && !today.isAfter(y.endDate())).findFirst();
        LocalDate from = year.map(SchoolCalendar.AcademicYear::startDate).orElse(today.minusMonths(6));
        LocalDate to = year.map(SchoolCalendar.AcademicYear::endDate).orElse(today.plusMonths(6));
        model.addAttribute("yearLabel", year.map(SchoolCalendar.AcademicYear::label).orElse(""));
        List<QaVisit> list = user.role() == Role.PROVIDER_STAFF || user.role() == Role.QA_PROFESSIONAL
                ? visits.visitsBetween(user, LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1))
                : visits.visitsBetween(user, from, to);
        model.addAttribute("visits", list);
        model.addAttribute("due", user.isLaWide() ? visits.due(user) : List.of());
        model.addAttribute("words", new Words());
        return "quality/plan";
    }

    @PostMapping("/qa/plan")
    String planDue(SignedInUser user) {
        int n = visits.planDueVisits(user);
        return "redirect:/qa?planned=" + n;
    }

    @GetMapping("/qa/visits/new")
    String newVisit(SignedInUser user, @RequestParam(required = false) UUID providerId, Model model) {
        requireLa(user);
        model.addAttribute("providerId", providerId == null ? "" : providerId.toString());
        model.addAttribute("type", "");
        model.addAttribute("visitorId", "");
        model.addAttribute("plannedOn", DateInput.of("plannedOn", null));
        return newVisitForm(user, model);
    }

    private String newVisitForm(SignedInUser user, Model model) {
        model.addAttribute("providers", visits.providersOf(user));
        model.addAttribute("visitors", visits.visitors(user.localAuthorityId()));
        model.addAttribute("types", VisitType.values());
        return "quality/visit-new";
    }

    @PostMapping("/qa/visits/new")
    String createVisit(SignedInUser user, @RequestParam Map<String, String> params, Model model) {
        requireLa(user);
        DateInput plannedOn = DateInput.from(params, "plannedOn");
        try {
            Problems p = new Problems();
            LocalDate date = plannedOn.parseInto(p, "date of the visit");
            UUID id = visits.plan(user, uuid(params.get("providerId")), enumOf(VisitType.class, params.get("type")),
                    date, uuid(params.get("visitorId")), null, p);
            return "redirect:/qa/visits/" + id + "?planned";
        } catch (InvalidInputException e) {
            model.addAttribute("providerId", params.getOrDefault("providerId", ""));
            model.addAttribute("type", params.getOrDefault("type", ""));
            model.addAttribute("visitorId", params.getOrDefault("visitorId", ""));
            model.addAttribute("plannedOn", plannedOn);
            Forms.reject(model, e.problems());
            return newVisitForm(user, model);
        }
    }

    // ---- a visit ---------------------------------------------------------------------------

    @GetMapping("/qa/visits/{id}")
    String visit(SignedInUser user, @PathVariable UUID id, Model model) {
        return visitPage(user, id, model);
    }

    private String visitPage(SignedInUser user, UUID id, Model model) {
        QaVisit v = visits.visit(user, id);
        boolean provider = user.role() == Role.PROVIDER_STAFF;
        boolean ownLa = user.isLaWide() && v.localAuthorityId().equals(user.localAuthorityId());
        model.addAttribute("visit", v);
        model.addAttribute("words", new Words());
        model.addAttribute("showRecord", v.visitedOn() != null && (!provider || v.signedOff()));
        model.addAttribute("judgements", visits.judgements(user, id));
        model.addAttribute("actions", visits.actionItems(user, id));
        model.addAttribute("selfAssessment", selfAssessments.selfAssessment(user, id));
        model.addAttribute("documents", selfAssessments.documents(user, id));
        model.addAttribute("canManage", ownLa);
        model.addAttribute("canRecord", (ownLa || user.role() == Role.QA_PROFESSIONAL)
                && (v.status() == VisitStatus.PLANNED || v.status() == VisitStatus.RECORDED));
        model.addAttribute("canAct", (ownLa || user.role() == Role.QA_PROFESSIONAL)
                && (v.status() == VisitStatus.RECORDED || v.status() == VisitStatus.SIGNED_OFF));
        model.addAttribute("canTick", ownLa || user.role() == Role.QA_PROFESSIONAL || (provider && v.signedOff()));
        model.addAttribute("isLead", user.role() == Role.LA_ADMIN && ownLa);
        model.addAttribute("isProvider", provider);
        model.addAttribute("sections", QaSection.values());
        model.addAttribute("signOffProblems", ownLa && v.status() == VisitStatus.RECORDED
                ? visits.signOffProblems(user, id) : List.of());
        model.addAttribute("visitors", ownLa ? visits.visitors(user.localAuthorityId()) : List.of());
        if (!model.containsAttribute("assignOn")) {
            model.addAttribute("assignOn", DateInput.of("plannedOn", v.plannedOn()));
        }
        if (!model.containsAttribute("dueOn")) {
            model.addAttribute("dueOn", DateInput.of("dueOn", null));
            model.addAttribute("action", Map.of());
        }
        model.addAttribute("evaluation", ownLa ? evaluations.of(id).orElse(null) : null);
        model.addAttribute("grades", ReportGrade.values());
        return "quality/visit";
    }

    private String visitWithProblems(SignedInUser user, UUID id, Model model, RuntimeException e, String field) {
        List<FieldProblem> problems = e instanceof InvalidInputException i ? i.problems()
                : e instanceof ConflictException c && !c.problems().isEmpty()
                        ? c.problems().stream().map(m -> new FieldProblem(field, m)).toList()
                        : List.of(new FieldProblem(field, e.getMessage()));
        Forms.reject(model, problems);
        return visitPage(user, id, model);
    }

    @PostMapping("/qa/visits/{id}/assign")
    String assign(SignedInUser user, @PathVariable UUID id, @RequestParam Map<String, String> params,
            @RequestParam(defaultValue = "-1") int version, Model model) {
        DateInput on = DateInput.from(params, "plannedOn");
        try {
            Problems p = new Problems();
            LocalDate date = on.parseInto(p, "date of the visit");
            UUID visitor = uuid(params.get("visitorId"));
            if (visitor == null) {
                p.add("visitorId", "Choose who will carry out the visit");
            }
            p.throwIfAny();
            visits.assign(user, id, version, visitor, date);
            return "redirect:/qa/visits/" + id + "?assigned";
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("assignOn", on);
            return visitWithProblems(user, id, model, e, "visitorId");
        }
    }

    @PostMapping("/qa/visits/{id}/cancel")
    String cancel(SignedInUser user, @PathVariable UUID id, @RequestParam(defaultValue = "-1") int version) {
        visits.cancel(user, id, version);
        return "redirect:/qa/visits/" + id + "?cancelled";
    }

    @PostMapping("/qa/visits/{id}/sign-off")
    String signOff(SignedInUser user, @PathVariable UUID id, @RequestParam(defaultValue = "-1") int version,
            Model model) {
        try {
            visits.signOff(user, id, version);
            return "redirect:/qa/visits/" + id + "?signedOff";
        } catch (ConflictException e) {
            return visitWithProblems(user, id, model, e, "sign-off");
        }
    }

    @GetMapping("/qa/visits/{id}/report.pdf")
    ResponseEntity<byte[]> report(SignedInUser user, @PathVariable UUID id) {
        byte[] body = pdf.render(user, id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("qa-report-" + id + ".pdf").build().toString())
                .body(body);
    }

    // ---- the visit record ------------------------------------------------------------------

    @GetMapping("/qa/visits/{id}/record")
    String recordForm(SignedInUser user, @PathVariable UUID id, Model model) {
        QaVisit v = visits.visit(user, id);
        if (!user.isLaWide() && user.role() != Role.QA_PROFESSIONAL) {
            throw new ForbiddenException("Only the QA professional or the LA records a QA visit");
        }
        Map<String, String> form = new HashMap<>();
        for (SectionJudgement j : visits.judgements(user, id)) {
            put(form, "judgement-" + j.section().name(), j.judgement() == null ? null : j.judgement().name());
            put(form, "strengths-" + j.section().name(), j.strengths());
            put(form, "areas-" + j.section().name(), j.areasForDevelopment());
        }
        visits.checklist(user, id).forEach((item, answer) -> form.put("checklist-" + item.name(), answer.name()));
        put(form, "summary", v.summary());
        model.addAttribute("form", form);
        model.addAttribute("chosen", v.activityList().stream().map(Enum::name).toList());
        model.addAttribute("visitedOn", DateInput.of("visitedOn", v.visitedOn() != null ? v.visitedOn()
                : v.plannedOn().isAfter(LocalDate.now(clock)) ? null : v.plannedOn()));
        model.addAttribute("version", v.version());
        return recordPage(v, model);
    }

    private String recordPage(QaVisit v, Model model) {
        model.addAttribute("visit", v);
        model.addAttribute("sections", QaSection.values());
        model.addAttribute("activities", Activity.values());
        model.addAttribute("judgementOptions", Judgement.values());
        Map<QaSection, List<ChecklistItem>> items = new EnumMap<>(QaSection.class);
        for (QaSection s : QaSection.values()) {
            items.put(s, ChecklistItem.of(s));
        }
        model.addAttribute("items", items);
        model.addAttribute("answers", ChecklistItem.Answer.values());
        return "quality/visit-record";
    }

    @PostMapping("/qa/visits/{id}/record")
    String record(SignedInUser user, @PathVariable UUID id, @RequestParam MultiValueMap<String, String> params,
            Model model) {
        QaVisit v = visits.visit(user, id);
        Map<String, String> form = params.toSingleValueMap();
        DateInput visitedOn = DateInput.from(form, "visitedOn");
        List<String> chosen = params.getOrDefault("activities", List.of());
        int version = parseInt(form.get("version"));
        try {
            Problems p = new Problems();
            LocalDate date = visitedOn.parseInto(p, "date of the visit");
            Set<Activity> activities = EnumSet.noneOf(Activity.class);
            chosen.forEach(a -> {
                Activity x = enumOf(Activity.class, a);
                if (x != null) {
                    activities.add(x);
                }
            });
            Map<ChecklistItem, ChecklistItem.Answer> checklist = new EnumMap<>(ChecklistItem.class);
            for (ChecklistItem item : ChecklistItem.values()) {
                ChecklistItem.Answer a = enumOf(ChecklistItem.Answer.class, form.get("checklist-" + item.name()));
                if (a != null) {
                    checklist.put(item, a);
                }
            }
            Map<QaSection, SectionJudgement> sections = new EnumMap<>(QaSection.class);
            for (QaSection s : QaSection.values()) {
                sections.put(s, new SectionJudgement(s, enumOf(Judgement.class, form.get("judgement-" + s.name())),
                        form.get("strengths-" + s.name()), form.get("areas-" + s.name())));
            }
            if (!p.isEmpty()) {
                if (activities.isEmpty()) {
                    p.add("activities", "Select the activities carried out on the visit");
                }
                p.throwIfAny();
            }
            visits.record(user, id, version, new QaVisits.VisitRecord(date, activities, checklist, sections,
                    form.get("summary")));
            return "redirect:/qa/visits/" + id + "?recorded";
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("form", form);
            model.addAttribute("chosen", chosen);
            model.addAttribute("visitedOn", visitedOn);
            model.addAttribute("version", version);
            Forms.reject(model, e instanceof InvalidInputException i ? i.problems()
                    : List.of(new FieldProblem("visitedOn-day", e.getMessage())));
            return recordPage(v, model);
        }
    }

    // ---- action plan and escalation ---------------------------------------------------------

    @PostMapping("/qa/visits/{id}/actions")
    String addAction(SignedInUser user, @PathVariable UUID id, @RequestParam Map<String, String> params, Model model) {
        DateInput due = DateInput.from(params, "dueOn");
        try {
            Problems p = new Problems();
            LocalDate dueOn = due.parseInto(p, "date the action is due");
            visits.addActionItem(user, id, enumOf(QaSection.class, params.get("section")), params.get("description"),
                    params.get("owner"), dueOn, p);
            return "redirect:/qa/visits/" + id + "?actionAdded#action-plan";
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("dueOn", due);
            model.addAttribute("action", params);
            return visitWithProblems(user, id, model, e, "description");
        }
    }

    @PostMapping("/qa/actions/{itemId}")
    String tickAction(SignedInUser user, @PathVariable UUID itemId, @RequestParam(defaultValue = "-1") int version,
            @RequestParam(defaultValue = "true") boolean done) {
        UUID visitId = visits.setActionDone(user, itemId, version, done);
        return "redirect:/qa/visits/" + visitId + "?actionUpdated#action-plan";
    }

    @PostMapping("/qa/visits/{id}/escalation")
    String escalation(SignedInUser user, @PathVariable UUID id, @RequestParam String step,
            @RequestParam(defaultValue = "-1") int version, @RequestParam(required = false) String reason, Model model) {
        try {
            switch (step) {
                case "escalate" -> visits.escalate(user, id, version, reason);
                case "recommend" -> visits.recommendSuspension(user, id, version, reason);
                case "confirm" -> visits.confirmSuspension(user, id, version);
                case "resolve" -> visits.resolveEscalation(user, id, version);
                default -> throw new InvalidInputException("reason", "Choose what to do");
            }
            return "redirect:/qa/visits/" + id + "?escalation=" + step;
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("reason", reason);
            return visitWithProblems(user, id, model, e, "reason");
        }
    }

    @PostMapping("/qa/visits/{id}/evaluation")
    String evaluate(SignedInUser user, @PathVariable UUID id, @RequestParam(required = false) String grade,
            @RequestParam(required = false) String feedback, Model model) {
        try {
            evaluations.evaluate(user, id, grade, feedback);
            return "redirect:/qa/visits/" + id + "?evaluated";
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("grade", grade);
            model.addAttribute("feedback", feedback);
            return visitWithProblems(user, id, model, e, "grade");
        }
    }

    @GetMapping("/qa/evaluations")
    String evaluationsPage(SignedInUser user, Model model) {
        model.addAttribute("toEvaluate", evaluations.toEvaluate(user));
        model.addAttribute("summary", evaluations.summary(user));
        model.addAttribute("evaluations", evaluations.evaluations(user));
        model.addAttribute("grades", ReportGrade.values());
        model.addAttribute("words", new Words());
        return "quality/evaluations";
    }

    // ---- self-assessment -------------------------------------------------------------------

    @GetMapping("/qa/visits/{id}/self-assessment")
    String selfAssessment(SignedInUser user, @PathVariable UUID id, Model model) {
        var sa = selfAssessments.selfAssessment(user, id);
        Map<String, String> form = new HashMap<>();
        sa.sections().forEach((s, text) -> form.put("section-" + s.name(), text));
        model.addAttribute("form", form);
        model.addAttribute("version", sa.version());
        return selfAssessmentPage(user, id, model);
    }

    private String selfAssessmentPage(SignedInUser user, UUID id, Model model) {
        QaVisit v = visits.visit(user, id);
        var sa = selfAssessments.selfAssessment(user, id);
        model.addAttribute("visit", v);
        model.addAttribute("sa", sa);
        model.addAttribute("documents", selfAssessments.documents(user, id));
        model.addAttribute("sections", QaSection.values());
        model.addAttribute("editable", user.role() == Role.PROVIDER_STAFF && v.status() == VisitStatus.PLANNED
                && !sa.submitted());
        model.addAttribute("words", new Words());
        if (!model.containsAttribute("reviewedOn")) {
            model.addAttribute("reviewedOn", DateInput.of("reviewedOn", null));
            model.addAttribute("doc", Map.of());
        }
        return "quality/self-assessment";
    }

    @PostMapping("/qa/visits/{id}/self-assessment")
    String saveSelfAssessment(SignedInUser user, @PathVariable UUID id, @RequestParam Map<String, String> params,
            Model model) {
        Map<QaSection, String> sections = new EnumMap<>(QaSection.class);
        for (QaSection s : QaSection.values()) {
            sections.put(s, params.get("section-" + s.name()));
        }
        boolean submit = "submit".equals(params.get("action"));
        int version = parseInt(params.get("version"));
        try {
            selfAssessments.save(user, id, version, sections, submit);
            return "redirect:/qa/visits/" + id + "/self-assessment?" + (submit ? "submitted" : "saved");
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("form", params);
            model.addAttribute("version", version);
            Forms.reject(model, e instanceof InvalidInputException i ? i.problems()
                    : List.of(new FieldProblem("section-SAFEGUARDING", e.getMessage())));
            return selfAssessmentPage(user, id, model);
        }
    }

    @PostMapping("/qa/visits/{id}/documents")
    String upload(SignedInUser user, @PathVariable UUID id, @RequestParam Map<String, String> params,
            @RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        DateInput reviewed = DateInput.from(params, "reviewedOn");
        try {
            Problems p = new Problems();
            LocalDate reviewedOn = reviewed.isEmpty() ? null : reviewed.parseInto(p, "date the policy was last reviewed");
            boolean hasFile = file != null && !file.isEmpty();
            selfAssessments.addDocument(user, id, params.get("documentSection"), params.get("title"), reviewedOn,
                    hasFile ? file.getOriginalFilename() : null, hasFile ? file.getBytes() : null, p);
            return "redirect:/qa/visits/" + id + "/self-assessment?documentAdded#policies";
        } catch (InvalidInputException | ConflictException e) {
            var sa = selfAssessments.selfAssessment(user, id);
            Map<String, String> form = new HashMap<>();
            sa.sections().forEach((s, text) -> form.put("section-" + s.name(), text));
            model.addAttribute("form", form);
            model.addAttribute("version", sa.version());
            model.addAttribute("reviewedOn", reviewed);
            model.addAttribute("doc", params);
            Forms.reject(model, e instanceof InvalidInputException i ? i.problems()
                    : List.of(new FieldProblem("file", e.getMessage())));
            return selfAssessmentPage(user, id, model);
        }
    }

    @PostMapping("/qa/documents/{docId}/remove")
    String removeDocument(SignedInUser user, @PathVariable UUID docId) {
        UUID visitId = selfAssessments.removeDocument(user, docId);
        return "redirect:/qa/visits/" + visitId + "/self-assessment?documentRemoved#policies";
    }

    @GetMapping("/qa/documents/{docId}")
    ResponseEntity<byte[]> document(SignedInUser user, @PathVariable UUID docId) {
        var doc = selfAssessments.content(user, docId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(doc.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(doc.fileName()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(doc.content());
    }

    // ---- helpers ---------------------------------------------------------------------------

    /** Formatting helpers for templates. */
    public static final class Words {
        public String date(LocalDate d) {
            return QaWords.date(d);
        }
    }

    private static void requireLa(SignedInUser user) {
        if (!user.isLaWide()) {
            throw new ForbiddenException("Only the LA's AP lead and officers plan QA visits");
        }
    }

    private static void put(Map<String, String> form, String key, String value) {
        if (value != null) {
            form.put(key, value);
        }
    }

    static UUID uuid(String s) {
        try {
            return s == null || s.isBlank() ? null : UUID.fromString(s.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String s) {
        try {
            return s == null || s.isBlank() ? null : Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static int parseInt(String s) {
        try {
            return s == null ? -1 : Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
