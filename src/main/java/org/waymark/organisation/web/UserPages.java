package org.waymark.organisation.web;

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.waymark.organisation.OrganisationRef;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.organisation.UserAccount;
import org.waymark.organisation.Users;
import org.waymark.shared.ConflictException;
import org.waymark.shared.ForbiddenException;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.web.Forms;

/** User administration for an LA admin: the users of organisations in their LA. */
@Controller
class UserPages {

    private final Users users;
    private final Organisations organisations;

    UserPages(Users users, Organisations organisations) {
        this.users = users;
        this.organisations = organisations;
    }

    @GetMapping("/users")
    String list(SignedInUser admin, Model model) {
        requireAdmin(admin);
        Map<UUID, String> names = organisations.administeredBy(admin.localAuthorityId()).stream()
                .collect(Collectors.toMap(OrganisationRef::id, OrganisationRef::name, (a, b) -> a));
        model.addAttribute("users", users.usersOf(admin));
        model.addAttribute("organisationNames", names);
        return "organisation/users";
    }

    @GetMapping("/users/new")
    String newUser(SignedInUser admin, Model model) {
        requireAdmin(admin);
        return form(admin, model);
    }

    private String form(SignedInUser admin, Model model) {
        model.addAttribute("organisations", organisations.administeredBy(admin.localAuthorityId()));
        model.addAttribute("roles", Role.values());
        return "organisation/user-new";
    }

    @PostMapping("/users")
    String create(SignedInUser admin, @RequestParam(required = false) String name,
            @RequestParam(required = false) String email, @RequestParam(required = false) String role,
            @RequestParam(required = false) String organisationId, Model model) {
        requireAdmin(admin);
        try {
            UserAccount created = users.invite(admin, email, name, parseRole(role), parseId(organisationId));
            return "redirect:/users/" + created.id() + "?created";
        } catch (InvalidInputException e) {
            model.addAttribute("name", name);
            model.addAttribute("email", email);
            model.addAttribute("role", role);
            model.addAttribute("organisationId", organisationId);
            Forms.reject(model, e.problems());
            return form(admin, model);
        }
    }

    @GetMapping("/users/{id}")
    String show(SignedInUser admin, @PathVariable UUID id, Model model) {
        UserAccount user = users.user(admin, id);
        model.addAttribute("user", user);
        model.addAttribute("name", user.name());
        model.addAttribute("role", user.role().name());
        model.addAttribute("version", user.version());
        return edit(user, model);
    }

    private String edit(UserAccount user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("organisation", organisations.find(user.organisationType(), user.organisationId())
                .orElse(null));
        model.addAttribute("roles", Arrays.stream(Role.values())
                .filter(r -> r.organisationType() == user.organisationType()).toList());
        return "organisation/user-edit";
    }

    @PostMapping("/users/{id}")
    String update(SignedInUser admin, @PathVariable UUID id, @RequestParam(required = false) String name,
            @RequestParam(required = false) String role, @RequestParam(defaultValue = "-1") int version,
            Model model) {
        UserAccount user = users.user(admin, id);
        try {
            users.update(admin, id, version, name, parseRole(role));
            return "redirect:/users/" + id + "?saved";
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("name", name);
            model.addAttribute("role", role);
            model.addAttribute("version", version);
            Forms.reject(model, e instanceof InvalidInputException i ? i.problems()
                    : java.util.List.of(new org.waymark.shared.FieldProblem("name", e.getMessage())));
            return edit(user, model);
        }
    }

    @PostMapping("/users/{id}/active")
    String setActive(SignedInUser admin, @PathVariable UUID id, @RequestParam(defaultValue = "false") boolean active,
            @RequestParam(defaultValue = "-1") int version, Model model) {
        UserAccount user = users.user(admin, id);
        try {
            users.setActive(admin, id, version, active);
            return "redirect:/users/" + id + (active ? "?reactivated" : "?deactivated");
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("name", user.name());
            model.addAttribute("role", user.role().name());
            model.addAttribute("version", user.version());
            Forms.reject(model, e instanceof InvalidInputException i ? i.problems()
                    : java.util.List.of(new org.waymark.shared.FieldProblem("name", e.getMessage())));
            return edit(user, model);
        }
    }

    private static Role parseRole(String role) {
        return Arrays.stream(Role.values()).filter(r -> r.name().equals(role)).findFirst().orElse(null);
    }

    private static UUID parseId(String id) {
        try {
            return id == null || id.isBlank() ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void requireAdmin(SignedInUser user) {
        if (user.role() != Role.LA_ADMIN) {
            throw new ForbiddenException("Only an LA admin can manage users");
        }
    }

}
