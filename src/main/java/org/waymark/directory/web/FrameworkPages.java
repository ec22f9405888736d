package org.waymark.directory.web;

import java.time.Clock;
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
import org.waymark.directory.DirectoryStatus;
import org.waymark.directory.ProviderDirectory;
import org.waymark.directory.Registration;
import org.waymark.directory.Applications;
import org.waymark.directory.DeskTopReviews;
import org.waymark.directory.DirectorySearch;
import org.waymark.directory.FrameworkLots;
import org.waymark.directory.ProviderRecord;
import org.waymark.directory.Providers;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.shared.ConflictException;
import org.waymark.shared.FieldProblem;
import org.waymark.shared.ForbiddenException;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.Problems;
import org.waymark.shared.web.DateInput;
import org.waymark.shared.web.Forms;

/** Applications and their checks, desk-top reviews of non-listed providers, and the framework's lots. */
@Controller
class FrameworkPages {

    private final Applications applications;
    private final DeskTopReviews reviews;
    private final FrameworkLots lots;
    private final Providers providers;
    private final ProviderDirectory directory;
    private final Clock clock;

    FrameworkPages(Applications applications, DeskTopReviews reviews, FrameworkLots lots, Providers providers,
            ProviderDirectory directory, Clock clock) {
        this.applications = applications;
        this.reviews = reviews;
        this.lots = lots;
        this.providers = providers;
        this.directory = directory;
        this.clock = clock;
    }

    // ---- applications ---------------------------------------------------------------------------

    @GetMapping("/directory/applications")
    String applicationList(SignedInUser user, Model model) {
        requireLa(user);
        List<Applications.Application> open = applications.openIn(user.localAuthorityId());
        model.addAttribute("applications", open);
        model.addAttribute("names", directory.summaries(open.stream().map(Applications.Application::providerId).toList()));
        return "directory/applications";
    }

    @GetMapping("/directory/providers/{id}/apply")
    String applyForm(SignedInUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("p", providers.get(user, id));
        requireApplicant(user, id);
        return "directory/apply";
    }

    @PostMapping("/directory/providers/{id}/apply")
    String apply(SignedInUser user, @PathVariable UUID id, @RequestParam(required = false) String statement,
            Model model) {
        ProviderRecord p = providers.get(user, id);
        requireApplicant(user, id);
        try {
            UUID app = applications.apply(user, id, LocalDate.now(clock), statement);
            return user.is(Role.LA_ADMIN, Role.LA_OFFICER) ? "redirect:/directory/applications/" + app
                    : "redirect:/directory/providers/" + id + "?applied";
        } catch (InvalidInputException e) {
            model.addAttribute("p", p);
            model.addAttribute("statement", statement);
            Forms.reject(model, e.problems());
            return "directory/apply";
        }
    }

    @GetMapping("/directory/applications/{id}")
    String application(SignedInUser user, @PathVariable UUID id, Model model) {
        Applications.Application a = applications.get(user, id);
        if (!user.is(Role.LA_ADMIN, Role.LA_OFFICER) && !(user.role() == Role.PROVIDER_STAFF && user.belongsTo(a.providerId()))) {
            throw new ForbiddenException("Applications are seen by the provider and the local authority's AP team");
        }
        model.addAttribute("a", a);
        model.addAttribute("p", providers.get(user, a.providerId()));
        model.addAttribute("checks", applications.checks(id));
        model.addAttribute("missing", applications.missingForApproval(id));
        model.addAttribute("checkTypes", Applications.CheckType.values());
        model.addAttribute("laTeam", user.is(Role.LA_ADMIN, Role.LA_OFFICER));
        if (!model.containsAttribute("checkedOn")) {
            model.addAttribute("checkedOn", DateInput.of("checkedOn", LocalDate.now(clock)));
        }
        if (!model.containsAttribute("decidedOn")) {
            model.addAttribute("decidedOn", DateInput.of("decidedOn", LocalDate.now(clock)));
        }
        return "directory/application";
    }

    @PostMapping("/directory/applications/{id}/checks")
    String recordCheck(SignedInUser user, @PathVariable UUID id, @RequestParam Map<String, String> params,
            Model model) {
        DateInput checkedOn = DateInput.from(params, "checkedOn");
        try {
            Problems problems = new Problems();
            LocalDate date = checkedOn.parseInto(problems, "date of the check");
            applications.recordCheck(user, id, params.get("checkType"), date, params.get("outcome"),
                    params.get("evidence"), problems);
            return "redirect:/directory/applications/" + id + "?checked";
        } catch (InvalidInputException e) {
            model.addAttribute("checkedOn", checkedOn);
            model.addAttribute("checkForm", params);
            Forms.reject(model, e.problems());
            return application(user, id, model);
        }
    }

    @PostMapping("/directory/applications/{id}/decision")
    String decide(SignedInUser user, @PathVariable UUID id, @RequestParam Map<String, String> params, Model model) {
        DateInput decidedOn = DateInput.from(params, "decidedOn");
        try {
            Problems problems = new Problems();
            LocalDate date = decidedOn.parseInto(problems, "date of the decision");
            String decision = params.get("decision");
            if (!"approve".equals(decision) && !"reject".equals(decision)) {
                problems.add("decision", "Choose whether to approve or reject the application");
            }
            problems.throwIfAny();
            applications.decide(user, id, DirectoryPages.parseVersion(params.get("version")), "approve".equals(decision),
                    date, params.get("reason"));
            return "redirect:/directory/applications/" + id + "?decided";
        } catch (InvalidInputException e) {
            model.addAttribute("decidedOn", decidedOn);
            model.addAttribute("decisionForm", params);
            Forms.reject(model, e.problems());
            return application(user, id, model);
        }
    }

    // ---- desk-top reviews -----------------------------------------------------------------------

    @GetMapping("/directory/desk-top-reviews")
    String reviewList(SignedInUser user, Model model) {
        requireReviewer(user);
        model.addAttribute("reviews", reviews.visibleTo(user));
        model.addAttribute("laTeam", user.is(Role.LA_ADMIN, Role.LA_OFFICER));
        return "directory/reviews";
    }

    @GetMapping("/directory/desk-top-reviews/new")
    String requestForm(SignedInUser user, Model model) {
        requireReviewer(user);
        model.addAttribute("notListed", providers.search(user, new DirectorySearch(null, null, null, null, null, null,
                null, DirectoryStatus.NOT_LISTED)));
        model.addAttribute("registrations", Registration.values());
        return "directory/review-new";
    }

    @PostMapping("/directory/desk-top-reviews/new")
    String request(SignedInUser user, @RequestParam Map<String, String> params, Model model) {
        requireReviewer(user);
        try {
            String chosen = params.getOrDefault("providerId", "");
            UUID provider = chosen.isBlank() || chosen.equals("new") ? null : parseUuid(chosen);
            UUID id = reviews.request(user, provider, params.get("newName"), params.get("newRegistration"),
                    params.get("reason"));
            return "redirect:/directory/desk-top-reviews/" + id + "?requested";
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("form", params);
            Forms.reject(model, e instanceof InvalidInputException i ? i.problems()
                    : List.of(new FieldProblem("providerId", e.getMessage() + ". "
                            + String.join(". ", ((ConflictException) e).problems()))));
            return requestForm(user, model);
        }
    }

    @GetMapping("/directory/desk-top-reviews/{id}")
    String review(SignedInUser user, @PathVariable UUID id, Model model) {
        DeskTopReviews.Review r = reviews.get(user, id);
        model.addAttribute("r", r);
        model.addAttribute("missing", DeskTopReviews.missingForApproval(r));
        model.addAttribute("laTeam", user.is(Role.LA_ADMIN, Role.LA_OFFICER));
        return "directory/review";
    }

    @PostMapping("/directory/desk-top-reviews/{id}/checks")
    String reviewChecks(SignedInUser user, @PathVariable UUID id, @RequestParam Map<String, String> params,
            Model model) {
        try {
            reviews.recordChecks(user, id, DirectoryPages.parseVersion(params.get("version")),
                    params.containsKey("insurancesChecked"), params.get("insurancesNote"),
                    params.containsKey("policiesChecked"), params.get("policiesNote"),
                    params.containsKey("safeguardingChecked"), params.get("safeguardingNote"));
            return "redirect:/directory/desk-top-reviews/" + id + "?checked";
        } catch (InvalidInputException e) {
            model.addAttribute("checkForm", params);
            Forms.reject(model, e.problems());
            return review(user, id, model);
        }
    }

    @PostMapping("/directory/desk-top-reviews/{id}/decision")
    String reviewDecision(SignedInUser user, @PathVariable UUID id, @RequestParam Map<String, String> params,
            Model model) {
        try {
            String decision = params.get("decision");
            if (!"approve".equals(decision) && !"reject".equals(decision)) {
                throw new InvalidInputException("decision", "Choose whether the provider may be used");
            }
            reviews.decide(user, id, DirectoryPages.parseVersion(params.get("version")), "approve".equals(decision),
                    params.get("decisionReason"));
            return "redirect:/directory/desk-top-reviews/" + id + "?decided";
        } catch (InvalidInputException e) {
            model.addAttribute("decisionForm", params);
            Forms.reject(model, e.problems());
            return review(user, id, model);
        }
    }

    // ---- lots -----------------------------------------------------------------------------------

    @GetMapping("/directory/lots")
    String lotList(SignedInUser user, Model model) {
        requireLaAny(user);
        model.addAttribute("lots", lots.of(user.localAuthorityId()));
        model.addAttribute("canEdit", user.is(Role.LA_ADMIN, Role.LA_OFFICER));
        return "directory/lots";
    }

    @PostMapping("/directory/lots")
    String addLot(SignedInUser user, @RequestParam Map<String, String> params, Model model) {
        try {
            lots.add(user, params.get("number"), params.get("name"), params.get("description"));
            return "redirect:/directory/lots?added";
        } catch (InvalidInputException e) {
            model.addAttribute("form", params);
            Forms.reject(model, e.problems());
            return lotList(user, model);
        }
    }

    @GetMapping("/directory/lots/{id}")
    String lotForm(SignedInUser user, @PathVariable UUID id, Model model) {
        requireLa(user);
        var lot = lots.lot(user, id);
        model.addAttribute("lot", lot);
        model.addAttribute("form", Map.of("name", lot.name(), "description", lot.description() == null ? "" : lot.description(),
                "version", String.valueOf(lot.version())));
        return "directory/lot-edit";
    }

    @PostMapping("/directory/lots/{id}")
    String saveLot(SignedInUser user, @PathVariable UUID id, @RequestParam Map<String, String> params, Model model) {
        requireLa(user);
        try {
            lots.change(user, id, DirectoryPages.parseVersion(params.get("version")), params.get("name"),
                    params.get("description"));
            return "redirect:/directory/lots?saved";
        } catch (InvalidInputException e) {
            model.addAttribute("lot", lots.lot(user, id));
            model.addAttribute("form", params);
            Forms.reject(model, e.problems());
            return "directory/lot-edit";
        }
    }

    private static UUID parseUuid(String s) {
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("providerId", "Choose the provider from the list");
        }
    }

    private static void requireLa(SignedInUser user) {
        if (!user.is(Role.LA_ADMIN, Role.LA_OFFICER)) {
            throw new ForbiddenException("Only the local authority's AP team can do this");
        }
    }

    private static void requireLaAny(SignedInUser user) {
        if (user.organisationType() != org.waymark.organisation.OrganisationType.LOCAL_AUTHORITY) {
            throw new ForbiddenException("The framework lots are kept by the local authority");
        }
    }

    private static void requireReviewer(SignedInUser user) {
        if (!user.is(Role.LA_ADMIN, Role.LA_OFFICER, Role.SCHOOL_COMMISSIONER, Role.PARENT_COMMISSIONER)) {
            throw new ForbiddenException("Desk-top reviews are for commissioners and the local authority's AP team");
        }
    }

    private static void requireApplicant(SignedInUser user, UUID providerId) {
        if (!user.is(Role.LA_ADMIN, Role.LA_OFFICER) && !(user.role() == Role.PROVIDER_STAFF && user.belongsTo(providerId))) {
            throw new ForbiddenException("Only the provider or the local authority's AP team can apply");
        }
    }
}
