package org.waymark.directory.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.waymark.directory.DirectoryStatus;
import org.waymark.directory.Need;
import org.waymark.directory.ProviderDirectory;
import org.waymark.directory.Registration;
import org.waymark.directory.Applications;
import org.waymark.directory.DeskTopReviews;
import org.waymark.directory.DirectorySearch;
import org.waymark.directory.Documents;
import org.waymark.directory.FrameworkLots;
import org.waymark.directory.internal.OfferRules;
import org.waymark.directory.internal.Outlook;
import org.waymark.directory.ProviderRecord;
import org.waymark.directory.Providers;
import org.waymark.organisation.HomeFigure;
import org.waymark.organisation.HomeFigures;
import org.waymark.organisation.Navigation;
import org.waymark.organisation.NavigationItem;
import org.waymark.organisation.OrganisationType;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.shared.ConflictException;
import org.waymark.shared.FieldProblem;
import org.waymark.shared.ForbiddenException;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.Problems;
import org.waymark.shared.web.DateInput;
import org.waymark.shared.web.Forms;

/** The directory: search, a provider's page, editing an entry, its documents and status. */
@Controller
class DirectoryPages {

    @Component
    static class DirectoryNavigation implements Navigation {
        @Override
        public List<NavigationItem> itemsFor(SignedInUser user) {
            if (user.organisationType() == OrganisationType.PROVIDER) {
                return List.of(new NavigationItem(20, "Your directory entry", "/directory/providers/" + user.organisationId()));
            }
            return List.of(new NavigationItem(20, "Directory", "/directory"));
        }
    }

    @Component
    static class DirectoryFigures implements HomeFigures {
        private final Documents documents;
        private final Applications applications;
        private final DeskTopReviews reviews;

        DirectoryFigures(Documents documents, Applications applications, DeskTopReviews reviews) {
            this.documents = documents;
            this.applications = applications;
            this.reviews = reviews;
        }

        @Override
        public List<HomeFigure> figuresFor(SignedInUser user) {
            List<HomeFigure> f = new ArrayList<>();
            if (user.is(Role.LA_ADMIN, Role.LA_OFFICER)) {
                f.add(new HomeFigure(30, "Directory applications waiting for checks or a decision",
                        applications.openIn(user.localAuthorityId()).size(), "/directory/applications"));
                f.add(new HomeFigure(31, "Desk-top reviews waiting",
                        reviews.visibleTo(user).stream().filter(DeskTopReviews.Review::isOpen).count(),
                        "/directory/desk-top-reviews"));
            }
            if (user.is(Role.LA_ADMIN, Role.LA_OFFICER, Role.PROVIDER_STAFF)) {
                f.add(new HomeFigure(32, "Insurances and policies expiring within 30 days or expired",
                        documents.dueFor(user).size(), "/directory/documents"));
            }
            return f;
        }
    }

    private final Providers providers;
    private final ProviderDirectory directory;
    private final FrameworkLots lots;
    private final Documents documents;
    private final Applications applications;
    private final DeskTopReviews reviews;
    private final Outlook outlook;
    private final Clock clock;

    DirectoryPages(Providers providers, ProviderDirectory directory, FrameworkLots lots, Documents documents,
            Applications applications, DeskTopReviews reviews, Outlook outlook, Clock clock) {
        this.providers = providers;
        this.directory = directory;
        this.lots = lots;
        this.documents = documents;
        this.applications = applications;
        this.reviews = reviews;
        this.outlook = outlook;
        this.clock = clock;
    }

    @GetMapping("/directory")
    String search(SignedInUser user, @RequestParam(required = false) String q,
            @RequestParam(required = false) String lot, @RequestParam(required = false) String age,
            @RequestParam(required = false) String need, @RequestParam(required = false) String day,
            @RequestParam(required = false) String area, @RequestParam(required = false) String registration,
            @RequestParam(required = false) String status, Model model) {
        if (user.organisationType() == OrganisationType.PROVIDER) {
            return "redirect:/directory/providers/" + user.organisationId();
        }
        boolean laTeam = user.is(Role.LA_ADMIN, Role.LA_OFFICER);
        String chosenStatus = status == null ? (laTeam ? "ANY" : "APPROVED") : status;
        DirectorySearch search;
        try {
            search = DirectoryFilters.parse(q, parseInt(lot, "lot"), parseInt(age, "age"), need, day, area,
                    registration, chosenStatus);
        } catch (InvalidInputException e) {
            Forms.reject(model, e.problems());
            search = DirectorySearch.approvedOnly();
        }
        List<ProviderRecord> found = providers.search(user, search);
        model.addAttribute("results", found);
        model.addAttribute("qa", outlook.latestQa(found.stream().map(ProviderRecord::id).toList()));
        model.addAttribute("lots", lots.of(user.localAuthorityId()));
        model.addAttribute("areas", providers.areas(user));
        model.addAttribute("needs", Need.values());
        model.addAttribute("registrations", Registration.values());
        model.addAttribute("statuses", DirectoryStatus.values());
        model.addAttribute("weekdays", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"));
        model.addAttribute("f", Map.of("q", nz(q), "lot", nz(lot), "age", nz(age), "need", nz(need), "day", nz(day),
                "area", nz(area), "registration", nz(registration), "status", chosenStatus));
        model.addAttribute("laTeam", laTeam);
        return "directory/search";
    }

    @GetMapping("/directory/providers/{id}")
    String provider(SignedInUser user, @PathVariable UUID id, Model model) {
        ProviderRecord p = providers.get(user, id);
        LocalDate today = LocalDate.now(clock);
        boolean laTeam = user.is(Role.LA_ADMIN, Role.LA_OFFICER);
        boolean own = user.role() == Role.PROVIDER_STAFF && user.belongsTo(id);
        model.addAttribute("p", p);
        model.addAttribute("today", today);
        model.addAttribute("laTeam", laTeam);
        model.addAttribute("own", own);
        model.addAttribute("canEdit", laTeam || own);
        model.addAttribute("lotLabels", lots.of(directory.localAuthorityIds(id).get(0)).stream()
                .filter(l -> p.lots().contains(l.number())).map(l -> l.label()).toList());
        model.addAttribute("since", directory.statusSince(id).orElse(null));
        model.addAttribute("history", directory.history(id));
        model.addAttribute("knowsPlaces", outlook.knowsPlaces());
        model.addAttribute("placesInUse", outlook.placesInUse(id).orElse(null));
        model.addAttribute("latestQa", outlook.latestQa(id).orElse(null));
        model.addAttribute("documents", documents.of(id));
        model.addAttribute("pending", providers.pendingChange(id).orElse(null));
        model.addAttribute("labels", OfferRules.LABELS);
        model.addAttribute("current", p.raw());
        model.addAttribute("applications", laTeam || own ? applications.of(id) : List.of());
        model.addAttribute("reviews", laTeam ? reviews.of(id) : List.of());
        model.addAttribute("nextStatuses", p.directoryStatus().next().stream()
                .filter(s -> s == DirectoryStatus.SUSPENDED || s == DirectoryStatus.REMOVED
                        || (s == DirectoryStatus.APPROVED && p.directoryStatus() == DirectoryStatus.SUSPENDED))
                .toList());
        if (!model.containsAttribute("expires")) {
            model.addAttribute("expires", DateInput.of("expires", null));
        }
        if (!model.containsAttribute("on")) {
            model.addAttribute("on", DateInput.of("on", today));
        }
        return "directory/provider";
    }

    @GetMapping("/directory/providers/new")
    String newProvider(SignedInUser user, Model model) {
        requireLa(user);
        return form(user, null, blankRaw(), model);
    }

    @PostMapping("/directory/providers/new")
    String create(SignedInUser user, @RequestParam MultiValueMap<String, String> form, Model model) {
        requireLa(user);
        Problems problems = new Problems();
        Map<String, String> raw = raw(form, problems);
        try {
            problems.throwIfAny();
            UUID id = providers.create(user, raw);
            return "redirect:/directory/providers/" + id + "?created";
        } catch (InvalidInputException e) {
            Forms.reject(model, merge(problems, e));
            return form(user, null, raw, model);
        }
    }

    @GetMapping("/directory/providers/{id}/edit")
    String edit(SignedInUser user, @PathVariable UUID id, Model model) {
        ProviderRecord p = providers.get(user, id);
        requireEditor(user, id);
        model.addAttribute("version", p.version());
        return form(user, p, p.raw(), model);
    }

    @PostMapping("/directory/providers/{id}/edit")
    String save(SignedInUser user, @PathVariable UUID id, @RequestParam MultiValueMap<String, String> form,
            Model model) {
        ProviderRecord p = providers.get(user, id);
        requireEditor(user, id);
        int version = parseVersion(form.getFirst("version"));
        Problems problems = new Problems();
        Map<String, String> raw = raw(form, problems);
        try {
            problems.throwIfAny();
            Providers.EditResult r = providers.edit(user, id, version, raw);
            return "redirect:/directory/providers/" + id + (r.sentToLa() ? "?sent" : "?saved");
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("version", version);
            Forms.reject(model, e instanceof InvalidInputException i ? merge(problems, i)
                    : List.of(new FieldProblem("name", e.getMessage())));
            return form(user, p, raw, model);
        }
    }

    @PostMapping("/directory/providers/{id}/status")
    String changeStatus(SignedInUser user, @PathVariable UUID id, @RequestParam Map<String, String> params,
            Model model) {
        requireLa(user);
        DateInput on = DateInput.from(params, "on");
        try {
            Problems problems = new Problems();
            LocalDate date = on.parseInto(problems, "date the change takes effect");
            DirectoryStatus to = null;
            try {
                to = DirectoryStatus.valueOf(params.getOrDefault("to", ""));
            } catch (IllegalArgumentException e) {
                problems.add("to", "Choose what happens to the provider");
            }
            problems.throwIfAny();
            providers.changeStatus(user, id, to, date, params.get("reason"));
            return "redirect:/directory/providers/" + id + "?status";
        } catch (InvalidInputException e) {
            model.addAttribute("on", on);
            model.addAttribute("reason", params.get("reason"));
            model.addAttribute("to", params.get("to"));
            Forms.reject(model, e.problems());
            return provider(user, id, model);
        }
    }

    @PostMapping("/directory/providers/{id}/changes/{changeId}")
    String decideChange(SignedInUser user, @PathVariable UUID id, @PathVariable UUID changeId,
            @RequestParam(required = false) String decision, @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "-1") int version, Model model) {
        requireLa(user);
        try {
            if (!"accept".equals(decision) && !"reject".equals(decision)) {
                throw new InvalidInputException("decision", "Choose whether to accept or reject the changes");
            }
            providers.decideChange(user, id, changeId, version, "accept".equals(decision), reason);
            return "redirect:/directory/providers/" + id + ("accept".equals(decision) ? "?accepted" : "?rejected");
        } catch (InvalidInputException e) {
            model.addAttribute("changeReason", reason);
            Forms.reject(model, e.problems());
            return provider(user, id, model);
        }
    }

    @PostMapping("/directory/providers/{id}/documents")
    String addDocument(SignedInUser user, @PathVariable UUID id, @RequestParam Map<String, String> params,
            Model model) {
        DateInput expires = DateInput.from(params, "expires");
        try {
            Problems problems = new Problems();
            LocalDate date = expires.parseInto(problems, "expiry or review date");
            documents.add(user, id, params.get("kind"), params.get("docName"), params.get("reference"), date, problems);
            return "redirect:/directory/providers/" + id + "?document#documents";
        } catch (InvalidInputException e) {
            model.addAttribute("expires", expires);
            model.addAttribute("docForm", params);
            Forms.reject(model, e.problems());
            return provider(user, id, model);
        }
    }

    @PostMapping("/directory/providers/{id}/documents/{documentId}")
    String renewDocument(SignedInUser user, @PathVariable UUID id, @PathVariable UUID documentId,
            @RequestParam Map<String, String> params, Model model) {
        String prefix = "renew";
        DateInput expires = DateInput.from(params, prefix);
        try {
            Problems problems = new Problems();
            LocalDate date = expires.parseInto(problems, "new expiry date");
            documents.renew(user, id, documentId, parseVersion(params.get("version")), params.get("reference"), date,
                    problems);
            return "redirect:/directory/providers/" + id + "?renewed#documents";
        } catch (InvalidInputException e) {
            Forms.reject(model, e.problems());
            return provider(user, id, model);
        }
    }

    @GetMapping("/directory/documents")
    String expiring(SignedInUser user, Model model) {
        if (!user.is(Role.LA_ADMIN, Role.LA_OFFICER, Role.PROVIDER_STAFF)) {
            throw new ForbiddenException("Expiring documents are for the LA's AP team and providers");
        }
        model.addAttribute("documents", documents.dueFor(user));
        model.addAttribute("today", LocalDate.now(clock));
        return "directory/documents";
    }

    // ---- helpers ------------------------------------------------------------------------------

    private String form(SignedInUser user, ProviderRecord p, Map<String, String> raw, Model model) {
        UUID la = p == null ? user.localAuthorityId() : directory.localAuthorityIds(p.id()).get(0);
        model.addAttribute("p", p);
        model.addAttribute("v", raw);
        model.addAttribute("chosenLots", OfferRules.list(raw.get("lots")));
        model.addAttribute("chosenNeeds", OfferRules.list(raw.get("needs")));
        model.addAttribute("chosenDays", OfferRules.list(raw.get("days")));
        model.addAttribute("lots", lots.of(la));
        model.addAttribute("needs", Need.values());
        model.addAttribute("registrations", Registration.values());
        model.addAttribute("weekdays", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"));
        model.addAttribute("checked", OfferRules.CHECKED);
        model.addAttribute("providerEditing", user.role() == Role.PROVIDER_STAFF);
        if (!model.containsAttribute("dslTrainedOn")) {
            model.addAttribute("dslTrainedOn", dateInput("dslTrainedOn", raw));
            model.addAttribute("deputyDslTrainedOn", dateInput("deputyDslTrainedOn", raw));
        }
        return "directory/provider-edit";
    }

    private static DateInput dateInput(String prefix, Map<String, String> raw) {
        String s = raw.get(prefix);
        try {
            return DateInput.of(prefix, s == null || s.isBlank() ? null : LocalDate.parse(s));
        } catch (java.time.format.DateTimeParseException e) {
            return DateInput.of(prefix, null);
        }
    }

    /** The form as raw field values: checkbox lists joined, date inputs as ISO dates (their problems noted). */
    private static Map<String, String> raw(MultiValueMap<String, String> form, Problems problems) {
        Map<String, String> raw = new LinkedHashMap<>();
        for (String f : OfferRules.FIELDS) {
            if (f.equals("lots") || f.equals("needs") || f.equals("days")) {
                List<String> values = form.getOrDefault(f, List.of());
                raw.put(f, String.join(",", values.stream().filter(v -> !v.isBlank()).toList()));
            } else if (f.equals("dslTrainedOn") || f.equals("deputyDslTrainedOn")) {
                DateInput d = DateInput.from(form.toSingleValueMap(), f);
                if (d.isEmpty()) {
                    raw.put(f, "");
                } else {
                    LocalDate date = d.parseInto(problems, f.equals("dslTrainedOn")
                            ? "date the designated safeguarding lead was trained" : "date the deputy was trained");
                    raw.put(f, date == null ? "" : date.toString());
                }
            } else {
                raw.put(f, nz(form.getFirst(f)));
            }
        }
        return raw;
    }

    private static Map<String, String> blankRaw() {
        Map<String, String> raw = new LinkedHashMap<>();
        OfferRules.FIELDS.forEach(f -> raw.put(f, ""));
        return raw;
    }

    private static List<FieldProblem> merge(Problems first, InvalidInputException e) {
        List<FieldProblem> all = new ArrayList<>(first.list());
        e.problems().stream().filter(x -> all.stream().noneMatch(a -> a.field().equals(x.field()))).forEach(all::add);
        return all;
    }

    private static Integer parseInt(String s, String field) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "Enter a whole number for the " + field);
        }
    }

    static int parseVersion(String s) {
        try {
            return Integer.parseInt(s == null ? "-1" : s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static void requireLa(SignedInUser user) {
        if (!user.is(Role.LA_ADMIN, Role.LA_OFFICER)) {
            throw new ForbiddenException("Only the local authority's AP team can do this");
        }
    }

    private static void requireEditor(SignedInUser user, UUID id) {
        if (!user.is(Role.LA_ADMIN, Role.LA_OFFICER) && !(user.role() == Role.PROVIDER_STAFF && user.belongsTo(id))) {
            throw new ForbiddenException("Only the local authority's AP team and the provider's staff edit its entry");
        }
    }
}
