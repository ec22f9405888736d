package org.waymark.organisation.web;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.waymark.organisation.Navigation;
import org.waymark.organisation.NavigationItem;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.shared.ForbiddenException;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.web.Forms;

/** The organisations of an LA: its schools, the providers it works with, and families with personal budgets. */
@Controller
class OrganisationPages {

    @Component
    static class OrganisationNavigation implements Navigation {
        @Override
        public List<NavigationItem> itemsFor(SignedInUser user) {
            return user.isLaWide() ? List.of(new NavigationItem(70, "Organisations", "/organisations")) : List.of();
        }
    }

    private final Organisations organisations;

    OrganisationPages(Organisations organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/organisations")
    String list(SignedInUser user, Model model) {
        requireLaWide(user);
        model.addAttribute("organisations", organisations.administeredBy(user.localAuthorityId()));
        model.addAttribute("phases", Organisations.PHASES);
        return "organisation/organisations";
    }

    @PostMapping("/organisations/schools")
    String addSchool(SignedInUser user, @RequestParam(required = false) String urn,
            @RequestParam(required = false) String name, @RequestParam(required = false) String phase,
            @RequestParam(required = false) String normalWeeklyHours, Model model) {
        requireAdmin(user);
        try {
            BigDecimal hours = parseHours(normalWeeklyHours);
            organisations.createSchool(urn == null ? null : urn.trim(), name, user.localAuthorityId(), phase, hours, null);
            return "redirect:/organisations?school-added";
        } catch (InvalidInputException e) {
            model.addAttribute("urn", urn);
            model.addAttribute("schoolName", name);
            model.addAttribute("phase", phase);
            model.addAttribute("normalWeeklyHours", normalWeeklyHours);
            Forms.reject(model, e.problems());
            return list(user, model);
        }
    }

    @PostMapping("/organisations/families")
    String addFamily(SignedInUser user, @RequestParam(required = false) String familyName, Model model) {
        requireAdmin(user);
        try {
            organisations.createFamily(familyName, user.localAuthorityId());
            return "redirect:/organisations?family-added";
        } catch (InvalidInputException e) {
            Forms.reject(model, List.of(new org.waymark.shared.FieldProblem("familyName",
                    "Enter the family's name, like 'The Smith family'")));
            return list(user, model);
        }
    }

    private static BigDecimal parseHours(String hours) {
        if (hours == null || hours.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(hours.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("normalWeeklyHours", "Normal weekly hours must be a number, like 32.5");
        }
    }

    private static void requireLaWide(SignedInUser user) {
        if (!user.isLaWide()) {
            throw new ForbiddenException("Only the local authority's AP team sees its organisations");
        }
    }

    private static void requireAdmin(SignedInUser user) {
        if (user.role() != Role.LA_ADMIN) {
            throw new ForbiddenException("Only an LA admin can add organisations");
        }
    }
}
