package org.waymark.review.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.waymark.commissioning.PlacementStatus;
import org.waymark.commissioning.PlacementSummary;
import org.waymark.commissioning.Placements;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.review.Endings;
import org.waymark.review.FinalReport;
import org.waymark.review.PlacementEnding;
import org.waymark.review.ProgressReports;
import org.waymark.review.TermReport;
import org.waymark.shared.ConflictException;
import org.waymark.shared.FieldProblem;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.Problems;
import org.waymark.shared.web.DateInput;
import org.waymark.shared.web.Forms;

/** Termly progress reports; ending a placement with its outcome and final report. */
@Controller
class OutcomePages {

    private final Placements placements;
    private final ProgressReports reports;
    private final Endings endings;
    private final java.time.Clock clock;

    OutcomePages(Placements placements, ProgressReports reports, Endings endings, java.time.Clock clock) {
        this.placements = placements;
        this.reports = reports;
        this.endings = endings;
        this.clock = clock;
    }

    // ---- progress reports -------------------------------------------------------------------

    @GetMapping("/placements/{id}/progress-reports")
    String progressReports(SignedInUser user, @PathVariable UUID id, Model model) {
        reports.list(user, id);
        PlacementSummary p = placements.read(user, id);
        if (!model.containsAttribute("attendance")) {
            model.addAttribute("termId", "");
            model.addAttribute("attendance", "");
            model.addAttribute("progress", "");
            model.addAttribute("behaviour", "");
            model.addAttribute("nextSteps", "");
        }
        List<TermReport> terms = reports.terms(p);
        model.addAttribute("placement", p);
        model.addAttribute("terms", terms);
        model.addAttribute("openTerms", terms.stream().filter(t -> t.report() == null).toList());
        model.addAttribute("required", ProgressReports.required(p));
        model.addAttribute("mayWrite", ProgressReports.mayWrite(user, p));
        return "review/progress-reports";
    }

    @PostMapping("/placements/{id}/progress-reports")
    String writeReport(SignedInUser user, @PathVariable UUID id, @RequestParam Map<String, String> params,
            Model model) {
        Problems p = new Problems();
        UUID term = org.waymark.shared.web.JsonFields.id(p, "termId", params.get("termId"));
        try {
            p.throwIfAny();
            reports.write(user, id, term, params.get("attendance"), params.get("progress"), params.get("behaviour"),
                    params.get("nextSteps"));
            return "redirect:/placements/" + id + "/progress-reports?written";
        } catch (InvalidInputException e) {
            for (String f : List.of("termId", "attendance", "progress", "behaviour", "nextSteps")) {
                model.addAttribute(f, params.getOrDefault(f, ""));
            }
            Forms.reject(model, e.problems());
            return progressReports(user, id, model);
        }
    }

    // ---- ending -----------------------------------------------------------------------------

    @GetMapping("/placements/{id}/ending")
    String ending(SignedInUser user, @PathVariable UUID id, Model model) {
        PlacementSummary p = placements.read(user, id);
        PlacementEnding ending = endings.ending(user, id).orElse(null);
        if (!model.containsAttribute("report")) {
            model.addAttribute("report", ending != null && ending.report() != null ? ending.report()
                    : FinalReport.EMPTY);
            model.addAttribute("endDate", DateInput.of("endDate", null));
            model.addAttribute("outcome", "");
            model.addAttribute("notes", "");
        }
        model.addAttribute("placement", p);
        model.addAttribute("ending", ending);
        model.addAttribute("outcomes", Placements.OUTCOMES.entrySet());
        model.addAttribute("mayEnd", ending == null && p.status() == PlacementStatus.ACTIVE
                && Placements.isCommissioner(user, p));
        model.addAttribute("mayReport", ending != null && (Placements.isCommissioner(user, p)
                || (user.role() == Role.PROVIDER_STAFF && user.organisationId().equals(p.providerId()))));
        model.addAttribute("today", LocalDate.now(clock));
        return "review/ending";
    }

    private static FinalReport report(Map<String, String> f) {
        return new FinalReport(f.get("attainment"), f.get("attendanceSummary"), f.get("behaviourChange"),
                f.get("accreditation"), f.get("englishQualification"), f.get("mathsQualification"),
                f.get("pupilAssessment"), f.get("reintegrationPlan"));
    }

    @PostMapping("/placements/{id}/ending")
    String end(SignedInUser user, @PathVariable UUID id, @RequestParam Map<String, String> params, Model model) {
        Problems p = new Problems();
        DateInput endDate = DateInput.from(params, "endDate");
        LocalDate end = endDate.parseInto(p, "placement's last day");
        FinalReport report = report(params);
        try {
            endings.end(user, id, end, params.get("outcome"), params.get("notes"), report, p);
            return "redirect:/placements/" + id + "/ending?ended";
        } catch (InvalidInputException e) {
            model.addAttribute("report", report);
            model.addAttribute("endDate", endDate);
            model.addAttribute("outcome", params.getOrDefault("outcome", ""));
            model.addAttribute("notes", params.getOrDefault("notes", ""));
            Forms.reject(model, PageFields.onPage(e.problems()));
            return ending(user, id, model);
        }
    }

    @PostMapping("/placements/{id}/final-report")
    String finalReport(SignedInUser user, @PathVariable UUID id, @RequestParam Map<String, String> params,
            @RequestParam(defaultValue = "-1") int version, Model model) {
        FinalReport report = report(params);
        try {
            endings.recordFinalReport(user, id, version, report);
            return "redirect:/placements/" + id + "/ending?saved";
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("report", report);
            model.addAttribute("endDate", DateInput.of("endDate", null));
            model.addAttribute("outcome", "");
            model.addAttribute("notes", "");
            Forms.reject(model, e instanceof InvalidInputException i ? i.problems()
                    : List.of(new FieldProblem("attainment", e.getMessage())));
            return ending(user, id, model);
        }
    }
}
