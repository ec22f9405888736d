package org.waymark.commissioning.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.waymark.commissioning.CommissionerType;
import org.waymark.commissioning.Decisions;
import org.waymark.commissioning.DueDiligence;
import org.waymark.commissioning.NewPlacement;
import org.waymark.commissioning.PlacementStatus;
import org.waymark.commissioning.PlacementSummary;
import org.waymark.commissioning.Placements;
import org.waymark.commissioning.Provision;
import org.waymark.commissioning.ReducedTimetableTerms;
import org.waymark.commissioning.RegistrationArrangement;
import org.waymark.commissioning.Route;
import org.waymark.commissioning.SlotInput;
import org.waymark.commissioning.SupportPlans;
import org.waymark.directory.DirectoryStatus;
import org.waymark.directory.ProviderDirectory;
import org.waymark.organisation.OrganisationRef;
import org.waymark.organisation.OrganisationType;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.pupil.Pupil;
import org.waymark.pupil.Pupils;
import org.waymark.shared.ConflictException;
import org.waymark.shared.FieldProblem;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.ListPage;
import org.waymark.shared.Problems;
import org.waymark.shared.web.DateInput;
import org.waymark.shared.web.Forms;

/** Placement pages: the list (a provider's view of what is offered to it), the form, the placement and its actions. */
@Controller
class PlacementPages {

    static final int PROVIDER_ROWS = 5;
    static final int HOME_ROWS = 5;
    static final int OTHER_ROWS = 2;
    static final List<String> DAYS = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY");

    private final Placements placements;
    private final Pupils pupils;
    private final Decisions decisions;
    private final SupportPlans plans;
    private final DueDiligence dueDiligence;
    private final Provision provision;
    private final Organisations organisations;
    private final ProviderDirectory directory;
    private final PlacementPdf pdf;
    private final Clock clock;

    PlacementPages(Placements placements, Pupils pupils, Decisions decisions, SupportPlans plans,
            DueDiligence dueDiligence, Provision provision, Organisations organisations, ProviderDirectory directory,
            PlacementPdf pdf, Clock clock) {
        this.placements = placements;
        this.pupils = pupils;
        this.decisions = decisions;
        this.plans = plans;
        this.dueDiligence = dueDiligence;
        this.provision = provision;
        this.organisations = organisations;
        this.directory = directory;
        this.pdf = pdf;
        this.clock = clock;
    }

    @GetMapping("/placements")
    String list(SignedInUser user, @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page, Model model) {
        PlacementStatus st = status == null || status.isBlank() ? null
                : java.util.Arrays.stream(PlacementStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                        .orElse(null);
        int[] b = ListPage.bounds(page, 50);
        model.addAttribute("placements", placements.list(user, null, null, st, b[0], b[1]));
        model.addAttribute("total", placements.count(user, null, null, st));
        model.addAttribute("status", st == null ? "" : st.name());
        model.addAttribute("statuses", PlacementStatus.values());
        model.addAttribute("isProvider", user.role() == Role.PROVIDER_STAFF);
        return "commissioning/placements";
    }

    // ---- new placement ----------------------------------------------------------------------

    @GetMapping("/pupils/{pupilId}/placements/new")
    String newPlacement(SignedInUser user, @PathVariable UUID pupilId, Model model) {
        requireCommissioner(user);
        Pupil pupil = pupils.read(user, pupilId);
        Map<String, String> form = new HashMap<>();
        form.put("reviewIntervalWeeks", "6");
        form.put("registrationArrangement", "SINGLE");
        return form(user, pupil, form, model);
    }

    private String form(SignedInUser user, Pupil pupil, Map<String, String> form, Model model) {
        model.addAttribute("pupil", pupil);
        model.addAttribute("form", form);
        model.addAttribute("start", DateInput.from(form, "startDate"));
        model.addAttribute("end", DateInput.from(form, "plannedEndDate"));
        model.addAttribute("reducedEnd", DateInput.from(form, "reducedEndDate"));
        model.addAttribute("reducedReview", DateInput.from(form, "reducedReviewDate"));
        model.addAttribute("providers", providers(user));
        model.addAttribute("routes", Route.values());
        model.addAttribute("arrangements", RegistrationArrangement.values());
        model.addAttribute("reasons", ReducedTimetableTerms.REASONS);
        model.addAttribute("days", DAYS);
        model.addAttribute("providerRows", rows(PROVIDER_ROWS));
        model.addAttribute("homeRows", rows(HOME_ROWS));
        model.addAttribute("otherRows", rows(OTHER_ROWS));
        model.addAttribute("primary", pupil.primaryAgeOn(LocalDate.now(clock)));
        return "commissioning/placement-form";
    }

    private static List<Integer> rows(int n) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(i);
        }
        return list;
    }

    /** Providers working with the user's LA, with their directory status, approved first. */
    private List<ProviderOption> providers(SignedInUser user) {
        List<ProviderOption> options = new ArrayList<>();
        for (OrganisationRef o : organisations.administeredBy(user.localAuthorityId())) {
            if (o.type() == OrganisationType.PROVIDER) {
                DirectoryStatus s = directory.status(o.id()).orElse(DirectoryStatus.NOT_LISTED);
                options.add(new ProviderOption(o.id(), o.name(), s));
            }
        }
        options.sort(java.util.Comparator.comparing((ProviderOption p) -> p.status() != DirectoryStatus.APPROVED)
                .thenComparing(ProviderOption::name));
        return options;
    }

    public record ProviderOption(UUID id, String name, DirectoryStatus status) {
        public String label() {
            return name + (status == DirectoryStatus.APPROVED ? "" : " (not approved: " + status.name() + ")");
        }
    }

    @PostMapping("/pupils/{pupilId}/placements")
    String create(SignedInUser user, @PathVariable UUID pupilId, @RequestParam Map<String, String> params, Model model) {
        requireCommissioner(user);
        Pupil pupil = pupils.read(user, pupilId);
        Problems p = new Problems();
        NewPlacement in = input(params, pupilId, p);
        try {
            if (p.isEmpty()) {
                PlacementSummary s = placements.create(user, in);
                return "redirect:/placements/" + s.id() + "?created";
            }
        } catch (InvalidInputException e) {
            e.problems().forEach(f -> p.add(pageField(f.field()), f.message()));
        }
        Forms.reject(model, p.list());
        return form(user, pupil, params, model);
    }

    /** The service names date fields as the API does; the page's date inputs are named prefix-day. */
    static String pageField(String field) {
        return switch (field) {
            case "startDate", "plannedEndDate", "endDate", "newEndDate" -> field + "-day";
            case "reducedTimetable.endDate" -> "reducedEndDate-day";
            case "reducedTimetable.reviewDate" -> "reducedReviewDate-day";
            case "reducedTimetable.reason" -> "reducedReason";
            case "commissioner.type", "commissioner.id" -> "route";
            case "timetable" -> "timetable[0].day";
            default -> field;
        };
    }

    private static NewPlacement input(Map<String, String> params, UUID pupilId, Problems p) {
        LocalDate start = date(params, "startDate", "start date", p);
        LocalDate end = date(params, "plannedEndDate", "planned end date", p);
        NewPlacement.ReducedInput reduced = null;
        if ("true".equals(params.get("reduced"))) {
            reduced = new NewPlacement.ReducedInput(params.get("reducedReason"),
                    "true".equals(params.get("reducedParentAgreed")),
                    date(params, "reducedEndDate", "end date of the reduced timetable", p),
                    date(params, "reducedReviewDate", "review date of the reduced timetable", p));
        }
        Integer tier = null;
        try {
            tier = params.get("tier") == null || params.get("tier").isBlank() ? null : Integer.valueOf(params.get("tier"));
        } catch (NumberFormatException e) {
            p.add("tier", "Choose the tier");
        }
        Integer interval = null;
        try {
            String v = params.get("reviewIntervalWeeks");
            interval = v == null || v.isBlank() ? null : Integer.valueOf(v.trim());
        } catch (NumberFormatException e) {
            p.add("reviewIntervalWeeks", "Enter the review interval as a number of weeks, like 6");
        }
        return new NewPlacement(pupilId, PupilPages.id(params.get("providerId")), null, null, start, end, tier,
                params.get("route"), params.get("registrationArrangement"), slots(params, "timetable", PROVIDER_ROWS),
                slots(params, "homeSchoolTimetable", HOME_ROWS), slots(params, "otherTimetable", OTHER_ROWS), interval,
                reduced, params.get("shorterDayReason"), params.get("providerContact"));
    }

    private static LocalDate date(Map<String, String> params, String prefix, String label, Problems p) {
        DateInput d = DateInput.from(params, prefix);
        return d.isEmpty() ? null : d.parseInto(p, label);
    }

    private static List<SlotInput> slots(Map<String, String> params, String field, int rows) {
        List<SlotInput> list = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            String f = field + "[" + i + "]";
            list.add(new SlotInput(params.get(f + ".day"), params.get(f + ".start"), params.get(f + ".end"),
                    params.get(f + ".settingName")));
        }
        return list;
    }

    private static void requireCommissioner(SignedInUser user) {
        if (!Placements.mayCommission(user)) {
            throw new org.waymark.shared.ForbiddenException("Your role does not commission placements");
        }
    }

    // ---- the placement ----------------------------------------------------------------------

    @GetMapping("/placements/{id}")
    String show(SignedInUser user, @PathVariable UUID id, Model model) {
        PlacementSummary s = placements.summary(user, id);
        LocalDate today = LocalDate.now(clock);
        boolean provider = user.role() == Role.PROVIDER_STAFF;
        Pupil pupil = pupils.find(s.pupilId()).orElseThrow();
        model.addAttribute("p", s);
        model.addAttribute("pupil", pupil);
        model.addAttribute("today", today);
        model.addAttribute("isProvider", provider);
        model.addAttribute("isCommissioner", Placements.isCommissioner(user, s));
        model.addAttribute("grid", WeekGrid.of(s.wholeWeek()));
        model.addAttribute("plan", plans.plan(user, id));
        model.addAttribute("directoryStatus", directory.status(s.providerId()).orElse(DirectoryStatus.NOT_LISTED));
        model.addAttribute("outcomes", Placements.OUTCOMES);
        model.addAttribute("history", placements.history(user, id));
        model.addAttribute("extensions", placements.extensions(user, id));
        if (!provider) {
            var decision = decisions.decision(user, id);
            model.addAttribute("decision", decision);
            model.addAttribute("dueDiligence", dueDiligence.items(user, id));
            model.addAttribute("unmet", s.status() == PlacementStatus.PROPOSED || s.status() == PlacementStatus.DRAFT
                    ? placements.activationRequirements(id) : List.of());
            model.addAttribute("week", provision.week(pupil, placements.allForPupil(pupil.id()),
                    s.status() == PlacementStatus.ENDED ? s.endedOn() : today.isBefore(s.startDate()) ? s.startDate()
                            : today));
        }
        return "commissioning/placement";
    }

    @PostMapping("/placements/{id}/propose")
    String propose(SignedInUser user, @PathVariable UUID id, Model model) {
        return act(user, id, model, () -> placements.propose(user, id), "proposed");
    }

    @PostMapping("/placements/{id}/accept")
    String accept(SignedInUser user, @PathVariable UUID id, Model model) {
        return act(user, id, model, () -> placements.accept(user, id), "accepted");
    }

    @PostMapping("/placements/{id}/activate")
    String activate(SignedInUser user, @PathVariable UUID id, Model model) {
        return act(user, id, model, () -> placements.activate(user, id), "activated");
    }

    private String act(SignedInUser user, UUID id, Model model, Runnable action, String done) {
        try {
            action.run();
            return "redirect:/placements/" + id + "?" + done;
        } catch (ConflictException e) {
            List<FieldProblem> problems = new ArrayList<>();
            if (e.problems().isEmpty()) {
                problems.add(new FieldProblem("actions", e.getMessage()));
            }
            e.problems().forEach(m -> problems.add(new FieldProblem("actions", m)));
            Forms.reject(model, problems);
            model.addAttribute("conflict", e.getMessage());
            String view = show(user, id, model);
            model.addAttribute("errors", problems);
            return view;
        }
    }

    @GetMapping("/placements/{id}/decline")
    String declineForm(SignedInUser user, @PathVariable UUID id, Model model) {
        return reasonForm(user, id, model, "decline", null);
    }

    private String reasonForm(SignedInUser user, UUID id, Model model, String action, Map<String, String> params) {
        model.addAttribute("p", placements.read(user, id));
        model.addAttribute("action", action);
        model.addAttribute("form", params == null ? Map.of() : params);
        model.addAttribute("newEnd", DateInput.from(params == null ? Map.of() : params, "newEndDate"));
        return "commissioning/placement-reason";
    }

    @PostMapping("/placements/{id}/decline")
    String decline(SignedInUser user, @PathVariable UUID id, @RequestParam Map<String, String> params, Model model) {
        try {
            placements.decline(user, id, params.get("reason"));
            return "redirect:/placements/" + id + "?declined";
        } catch (InvalidInputException e) {
            Forms.reject(model, e.problems());
            return reasonForm(user, id, model, "decline", params);
        }
    }

    @GetMapping("/placements/{id}/cancel")
    String cancelForm(SignedInUser user, @PathVariable UUID id, Model model) {
        return reasonForm(user, id, model, "cancel", null);
    }

    @PostMapping("/placements/{id}/cancel")
    String cancel(SignedInUser user, @PathVariable UUID id, @RequestParam Map<String, String> params, Model model) {
        try {
            placements.cancel(user, id, params.get("reason"));
            return "redirect:/placements/" + id + "?cancelled";
        } catch (InvalidInputException e) {
            Forms.reject(model, e.problems());
            return reasonForm(user, id, model, "cancel", params);
        }
    }

    @GetMapping("/placements/{id}/extend")
    String extendForm(SignedInUser user, @PathVariable UUID id, Model model) {
        return reasonForm(user, id, model, "extend", null);
    }

    @PostMapping("/placements/{id}/extend")
    String extend(SignedInUser user, @PathVariable UUID id, @RequestParam Map<String, String> params, Model model) {
        Problems p = new Problems();
        LocalDate newEnd = date(params, "newEndDate", "new planned end date", p);
        try {
            if (p.isEmpty()) {
                placements.extend(user, id, newEnd, params.get("reason"));
                return "redirect:/placements/" + id + "?extended";
            }
        } catch (InvalidInputException e) {
            e.problems().forEach(f -> p.add(pageField(f.field()), f.message()));
        }
        Forms.reject(model, p.list());
        return reasonForm(user, id, model, "extend", params);
    }

    @GetMapping("/placements/{id}/end")
    String endForm(SignedInUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("p", placements.read(user, id));
        model.addAttribute("form", Map.of());
        model.addAttribute("endDate", DateInput.of("endDate", null));
        model.addAttribute("outcomes", Placements.OUTCOMES);
        return "commissioning/placement-end";
    }

    @PostMapping("/placements/{id}/end")
    String end(SignedInUser user, @PathVariable UUID id, @RequestParam Map<String, String> params, Model model) {
        Problems p = new Problems();
        LocalDate endDate = date(params, "endDate", "last day", p);
        try {
            if (p.isEmpty()) {
                placements.end(user, id, endDate, params.get("outcome"), params.get("notes"));
                return "redirect:/placements/" + id + "?ended";
            }
        } catch (InvalidInputException e) {
            e.problems().forEach(f -> p.add(pageField(f.field()), f.message()));
        }
        Forms.reject(model, p.list());
        model.addAttribute("p", placements.read(user, id));
        model.addAttribute("form", params);
        model.addAttribute("endDate", DateInput.from(params, "endDate"));
        model.addAttribute("outcomes", Placements.OUTCOMES);
        return "commissioning/placement-end";
    }

    @GetMapping("/placements/{id}/summary.pdf")
    ResponseEntity<byte[]> summaryPdf(SignedInUser user, @PathVariable UUID id) {
        byte[] bytes = pdf.render(user, id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"placement-" + id + ".pdf\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(bytes);
    }

    static boolean isCommissionerType(PlacementSummary s, CommissionerType t) {
        return s.commissioner().type() == t;
    }
}
