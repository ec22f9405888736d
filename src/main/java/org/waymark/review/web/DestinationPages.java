package org.waymark.review.web;

import java.time.LocalDate;
import java.util.HashMap;
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
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.pupil.Pupil;
import org.waymark.pupil.Pupils;
import org.waymark.review.DestinationCheck;
import org.waymark.review.Destinations;
import org.waymark.shared.ConflictException;
import org.waymark.shared.FieldProblem;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.Problems;
import org.waymark.shared.web.DateInput;
import org.waymark.shared.web.Forms;

/** The LA's due list of destination checks on Year 11 leavers, and recording a check. */
@Controller
class DestinationPages {

    @Component
    static class DestinationNavigation implements Navigation {
        @Override
        public List<NavigationItem> itemsFor(SignedInUser user) {
            return user.is(Role.LA_ADMIN, Role.LA_OFFICER)
                    ? List.of(new NavigationItem(45, "Destinations", "/destinations")) : List.of();
        }
    }

    @Component
    static class DestinationFigures implements HomeFigures {
        private final Destinations destinations;

        DestinationFigures(Destinations destinations) {
            this.destinations = destinations;
        }

        @Override
        public List<HomeFigure> figuresFor(SignedInUser user) {
            return user.is(Role.LA_ADMIN, Role.LA_OFFICER)
                    ? List.of(new HomeFigure(45, "Destination checks due", destinations.countDue(user), "/destinations"))
                    : List.of();
        }
    }

    private final Destinations destinations;
    private final Pupils pupils;
    private final java.time.Clock clock;

    DestinationPages(Destinations destinations, Pupils pupils, java.time.Clock clock) {
        this.destinations = destinations;
        this.pupils = pupils;
        this.clock = clock;
    }

    @GetMapping("/destinations")
    String list(SignedInUser user, @RequestParam(required = false) String all, Model model) {
        boolean dueOnly = all == null;
        List<DestinationCheck> checks = destinations.list(user, dueOnly);
        Map<UUID, String> names = new HashMap<>();
        pupils.find(checks.stream().map(DestinationCheck::pupilId).distinct().toList())
                .forEach((id, p) -> names.put(id, p.displayName()));
        model.addAttribute("checks", checks);
        model.addAttribute("names", names);
        model.addAttribute("dueOnly", dueOnly);
        model.addAttribute("today", LocalDate.now(clock));
        return "review/destinations";
    }

    @GetMapping("/destinations/{id}")
    String check(SignedInUser user, @PathVariable UUID id, Model model) {
        DestinationCheck c = destinations.check(user, id);
        if (!model.containsAttribute("checkedOn")) {
            model.addAttribute("checkedOn", DateInput.of("checkedOn", c.checkedOn()));
            model.addAttribute("destination", c.destination());
            model.addAttribute("notes", c.notes());
        }
        model.addAttribute("check", c);
        model.addAttribute("pupilName", pupils.find(c.pupilId()).map(Pupil::displayName).orElse("Pupil"));
        model.addAttribute("destinations", Destinations.DESTINATIONS.entrySet());
        return "review/destination";
    }

    @PostMapping("/destinations/{id}")
    String record(SignedInUser user, @PathVariable UUID id, @RequestParam Map<String, String> params,
            @RequestParam(defaultValue = "-1") int version, Model model) {
        Problems p = new Problems();
        DateInput checkedOn = DateInput.from(params, "checkedOn");
        LocalDate on = checkedOn.parseInto(p, "date of the check");
        try {
            destinations.record(user, id, version, on, params.get("destination"), params.get("notes"), p);
            return "redirect:/destinations?recorded";
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("checkedOn", checkedOn);
            model.addAttribute("destination", params.get("destination"));
            model.addAttribute("notes", params.get("notes"));
            Forms.reject(model, e instanceof InvalidInputException i ? PageFields.onPage(i.problems())
                    : List.of(new FieldProblem("checkedOn-day", e.getMessage())));
            return check(user, id, model);
        }
    }
}
