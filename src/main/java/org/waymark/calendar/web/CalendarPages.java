package org.waymark.calendar.web;

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
import org.waymark.calendar.SchoolCalendar;
import org.waymark.calendar.Term;
import org.waymark.organisation.Navigation;
import org.waymark.organisation.NavigationItem;
import org.waymark.organisation.OrganisationType;
import org.waymark.organisation.SignedInUser;
import org.waymark.shared.ConflictException;
import org.waymark.shared.FieldProblem;
import org.waymark.shared.ForbiddenException;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.web.DateInput;
import org.waymark.shared.web.Forms;

/** The LA's calendar: every LA user reads it; the LA admin edits term dates and closure days. */
@Controller
class CalendarPages {

    @Component
    static class CalendarNavigation implements Navigation {
        @Override
        public List<NavigationItem> itemsFor(SignedInUser user) {
            return user.isLaWide() ? List.of(new NavigationItem(80, "Calendar", "/calendar")) : List.of();
        }
    }

    private final SchoolCalendar calendar;

    CalendarPages(SchoolCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/calendar")
    String calendar(SignedInUser user, Model model) {
        requireLa(user);
        var la = user.localAuthorityId();
        var years = calendar.years(la);
        model.addAttribute("years", years);
        if (!model.containsAttribute("day")) {
            model.addAttribute("day", DateInput.of("day", null));
        }
        model.addAttribute("terms", calendar.forLocalAuthority(la).terms());
        model.addAttribute("closures", years.isEmpty() ? List.of()
                : calendar.closures(la, years.get(0).startDate(), years.get(years.size() - 1).endDate()));
        return "calendar/calendar";
    }

    @GetMapping("/calendar/terms/{id}")
    String editTerm(SignedInUser user, @PathVariable UUID id, Model model) {
        Term term = calendar.term(user, id);
        model.addAttribute("term", term);
        model.addAttribute("start", DateInput.of("start", term.startDate()));
        model.addAttribute("end", DateInput.of("end", term.endDate()));
        model.addAttribute("version", term.version());
        return "calendar/term-edit";
    }

    @PostMapping("/calendar/terms/{id}")
    String saveTerm(SignedInUser user, @PathVariable UUID id, @RequestParam Map<String, String> params,
            @RequestParam(defaultValue = "-1") int version, Model model) {
        Term term = calendar.term(user, id);
        DateInput start = DateInput.from(params, "start");
        DateInput end = DateInput.from(params, "end");
        try {
            LocalDate s = start.parse("first day of term");
            LocalDate e = end.parse("last day of term");
            calendar.changeTerm(user, id, version, s, e);
            return "redirect:/calendar?saved";
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("term", term);
            model.addAttribute("start", start);
            model.addAttribute("end", end);
            model.addAttribute("version", version);
            Forms.reject(model, e instanceof InvalidInputException i ? i.problems()
                    : List.of(new FieldProblem("start-day", e.getMessage())));
            return "calendar/term-edit";
        }
    }

    @PostMapping("/calendar/closures")
    String addClosure(SignedInUser user, @RequestParam Map<String, String> params,
            @RequestParam(required = false) String reason, Model model) {
        DateInput day = DateInput.from(params, "day");
        try {
            org.waymark.shared.Problems problems = new org.waymark.shared.Problems();
            calendar.addClosure(user, day.parseInto(problems, "date of the closure day"), reason, problems);
            return "redirect:/calendar?added";
        } catch (InvalidInputException e) {
            model.addAttribute("day", day);
            model.addAttribute("reason", reason);
            Forms.reject(model, e.problems());
            return calendar(user, model);
        }
    }

    @PostMapping("/calendar/closures/{id}/remove")
    String removeClosure(SignedInUser user, @PathVariable UUID id) {
        calendar.removeClosure(user, id);
        return "redirect:/calendar?removed";
    }

    private static void requireLa(SignedInUser user) {
        if (user.organisationType() != OrganisationType.LOCAL_AUTHORITY) {
            throw new ForbiddenException("The calendar is kept by the local authority");
        }
    }
}
