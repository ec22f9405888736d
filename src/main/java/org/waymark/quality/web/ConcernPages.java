package org.waymark.quality.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.waymark.organisation.HomeFigure;
import org.waymark.organisation.HomeFigures;
import org.waymark.organisation.Navigation;
import org.waymark.organisation.NavigationItem;
import org.waymark.organisation.OrganisationRef;
import org.waymark.organisation.OrganisationType;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.quality.ConcernCategory;
import org.waymark.quality.Concerns;
import org.waymark.quality.QaVisits;
import org.waymark.quality.QaWords;
import org.waymark.quality.VisitSchedule;
import org.waymark.shared.ConflictException;
import org.waymark.shared.FieldProblem;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.ListPage;
import org.waymark.shared.Problems;
import org.waymark.shared.web.DateInput;
import org.waymark.shared.web.Forms;

/** The concerns register: raise a concern, the list in scope, and the LA's triage, responsive visit and closing. */
@Controller
class ConcernPages {

    @Component
    static class QualityNavigation implements Navigation {
        @Override
        public List<NavigationItem> itemsFor(SignedInUser user) {
            List<NavigationItem> items = new java.util.ArrayList<>();
            if (user.isLaWide() || user.is(Role.QA_PROFESSIONAL, Role.PROVIDER_STAFF)) {
                items.add(new NavigationItem(50, "Quality assurance", "/qa"));
            }
            items.add(new NavigationItem(51, "Concerns", "/concerns"));
            return items;
        }
    }

    @Component
    static class QualityFigures implements HomeFigures {
        private final Concerns concerns;
        private final QaVisits visits;
        private final java.time.Clock clock;

        QualityFigures(Concerns concerns, QaVisits visits, java.time.Clock clock) {
            this.concerns = concerns;
            this.visits = visits;
            this.clock = clock;
        }

        @Override
        public List<HomeFigure> figuresFor(SignedInUser user) {
            List<HomeFigure> list = new java.util.ArrayList<>();
            list.add(new HomeFigure(50, user.isLaWide() ? "Open concerns about providers" : "Open concerns you raised",
                    concerns.count(user, null, true), "/concerns"));
            if (user.isLaWide()) {
                list.add(new HomeFigure(51, "Providers overdue a QA visit",
                        visits.due(user).stream().filter(QaVisits.DueProvider::overdue).count(), "/qa"));
            }
            if (user.is(Role.QA_PROFESSIONAL, Role.PROVIDER_STAFF)) {
                LocalDate today = LocalDate.now(clock);
                list.add(new HomeFigure(51, "QA visits coming up", visits.visitsBetween(user, today, today.plusYears(1))
                        .stream().filter(v -> v.status() == org.waymark.quality.VisitStatus.PLANNED).count(), "/qa"));
            }
            return list;
        }
    }

    private final Concerns concerns;
    private final QaVisits visits;
    private final Organisations organisations;
    private final java.time.Clock clock;

    ConcernPages(Concerns concerns, QaVisits visits, Organisations organisations, java.time.Clock clock) {
        this.concerns = concerns;
        this.visits = visits;
        this.organisations = organisations;
        this.clock = clock;
    }

    @GetMapping("/concerns")
    String list(SignedInUser user, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String status, Model model) {
        int[] b = ListPage.bounds(page, 50);
        boolean openOnly = "open".equals(status);
        model.addAttribute("concerns", concerns.list(user, null, openOnly, b[0], b[1]));
        model.addAttribute("total", concerns.count(user, null, openOnly));
        model.addAttribute("openOnly", openOnly);
        model.addAttribute("words", new QaPages.Words());
        return "quality/concerns";
    }

    @GetMapping("/concerns/new")
    String newConcern(SignedInUser user, @RequestParam(required = false) UUID providerId, Model model) {
        model.addAttribute("form", providerId == null ? Map.of() : Map.of("providerId", providerId.toString()));
        return form(user, model);
    }

    private String form(SignedInUser user, Model model) {
        List<OrganisationRef> providers = organisations.administeredBy(user.localAuthorityId()).stream()
                .filter(o -> o.type() == OrganisationType.PROVIDER).toList();
        model.addAttribute("providers", providers);
        model.addAttribute("categories", ConcernCategory.values());
        return "quality/concern-new";
    }

    @PostMapping("/concerns/new")
    String raise(SignedInUser user, @RequestParam Map<String, String> params, Model model) {
        try {
            UUID pupilId = null;
            String pupil = params.get("pupilId");
            if (pupil != null && !pupil.isBlank()) {
                pupilId = QaPages.uuid(pupil);
                if (pupilId == null) {
                    throw new InvalidInputException("pupilId", "Enter the child's Waymark reference as shown on their record, or leave it empty");
                }
            }
            var c = concerns.raise(user, QaPages.uuid(params.get("providerId")), pupilId, params.get("category"),
                    params.get("description"));
            return "redirect:/concerns/" + c.id() + "?raised";
        } catch (InvalidInputException e) {
            model.addAttribute("form", params);
            Forms.reject(model, e.problems());
            return form(user, model);
        }
    }

    @GetMapping("/concerns/{id}")
    String concern(SignedInUser user, @PathVariable UUID id, Model model) {
        return page(user, id, model);
    }

    private String page(SignedInUser user, UUID id, Model model) {
        var c = concerns.concern(user, id);
        model.addAttribute("concern", c);
        model.addAttribute("words", new QaPages.Words());
        model.addAttribute("canTriage", user.isLaWide() && c.open());
        if (user.isLaWide()) {
            model.addAttribute("visitors", visits.visitors(user.localAuthorityId()));
            if (!model.containsAttribute("visitOn")) {
                LocalDate by = VisitSchedule.responsiveBy(c.category(), c.raisedOn());
                LocalDate today = LocalDate.now(clock);
                model.addAttribute("visitOn", DateInput.of("plannedOn", by.isBefore(today) ? today : by));
            }
            model.addAttribute("responsiveBy", QaWords.date(VisitSchedule.responsiveBy(c.category(), c.raisedOn())));
        }
        return "quality/concern";
    }

    @PostMapping("/concerns/{id}/triage")
    String triage(SignedInUser user, @PathVariable UUID id, @RequestParam(defaultValue = "-1") int version,
            @RequestParam(required = false) String triageNote, Model model) {
        try {
            concerns.triage(user, id, version, triageNote);
            return "redirect:/concerns/" + id + "?triaged";
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("triageNote", triageNote);
            return problems(user, id, model, e, "triageNote");
        }
    }

    @PostMapping("/concerns/{id}/responsive-visit")
    String responsive(SignedInUser user, @PathVariable UUID id, @RequestParam Map<String, String> params,
            Model model) {
        DateInput on = DateInput.from(params, "plannedOn");
        try {
            Problems p = new Problems();
            LocalDate date = on.parseInto(p, "date of the responsive visit");
            p.throwIfAny();
            UUID visitId = concerns.arrangeResponsiveVisit(user, id, QaPages.parseInt(params.get("version")), date,
                    QaPages.uuid(params.get("visitorId")));
            return "redirect:/qa/visits/" + visitId + "?planned";
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("visitOn", on);
            return problems(user, id, model, e, "plannedOn-day");
        }
    }

    @PostMapping("/concerns/{id}/close")
    String close(SignedInUser user, @PathVariable UUID id, @RequestParam(defaultValue = "-1") int version,
            @RequestParam(required = false) String outcome, Model model) {
        try {
            concerns.close(user, id, version, outcome);
            return "redirect:/concerns/" + id + "?closed";
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("outcome", outcome);
            return problems(user, id, model, e, "outcome");
        }
    }

    private String problems(SignedInUser user, UUID id, Model model, RuntimeException e, String field) {
        Forms.reject(model, e instanceof InvalidInputException i ? i.problems()
                : List.of(new FieldProblem(field, e.getMessage())));
        return page(user, id, model);
    }
}
