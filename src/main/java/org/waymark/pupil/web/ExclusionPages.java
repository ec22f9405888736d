package org.waymark.pupil.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.waymark.organisation.SignedInUser;
import org.waymark.pupil.ExclusionKind;
import org.waymark.pupil.ExclusionReason;
import org.waymark.pupil.Exclusions;
import org.waymark.pupil.Pupils;
import org.waymark.shared.ForbiddenException;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.Problems;
import org.waymark.shared.web.DateInput;
import org.waymark.shared.web.Forms;

/** The school's form for a permanent exclusion or suspension (the list is on the pupil's page). */
@Controller
class ExclusionPages {

    private final Exclusions exclusions;
    private final Pupils pupils;

    ExclusionPages(Exclusions exclusions, Pupils pupils) {
        this.exclusions = exclusions;
        this.pupils = pupils;
    }

    @GetMapping("/pupils/{id}/exclusions/new")
    String form(SignedInUser user, @PathVariable UUID id, Model model) {
        requireRecorder(user);
        return show(user, id, model, DateInput.of("startDate", null), Map.of(), List.of());
    }

    @PostMapping("/pupils/{id}/exclusions")
    String record(SignedInUser user, @PathVariable UUID id, @RequestParam MultiValueMap<String, String> params,
            Model model) {
        requireRecorder(user);
        Map<String, String> single = params.toSingleValueMap();
        List<String> reasons = params.getOrDefault("reasons", List.of());
        DateInput date = DateInput.from(single, "startDate");
        Problems p = new Problems();
        var start = date.isEmpty() ? null : date.parseInto(p, "date it started");
        Integer sessions = null;
        String typed = single.getOrDefault("sessions", "").trim();
        if (!typed.isEmpty()) {
            try {
                sessions = Integer.valueOf(typed);
            } catch (NumberFormatException e) {
                p.add("sessions", "Enter the number of sessions as a whole number, for example 4");
            }
        }
        try {
            if (p.isEmpty()) {
                exclusions.record(user, id, new Exclusions.Input(single.get("kind"), start, sessions, reasons,
                        single.get("note")));
                return "redirect:/pupils/" + id + "?exclusionRecorded#exclusions";
            }
        } catch (InvalidInputException e) {
            e.problems().forEach(f -> p.add(f.field().equals("startDate") ? "startDate-day" : f.field(), f.message()));
        }
        Forms.reject(model, p.list());
        return show(user, id, model, date, single, reasons);
    }

    private String show(SignedInUser user, UUID id, Model model, DateInput date, Map<String, String> form,
            List<String> reasons) {
        model.addAttribute("pupil", pupils.read(user, id));
        model.addAttribute("kinds", ExclusionKind.values());
        model.addAttribute("reasonCodes", ExclusionReason.values());
        model.addAttribute("date", date);
        model.addAttribute("form", form);
        model.addAttribute("chosenReasons", new ArrayList<>(reasons));
        return "pupil/exclusion-form";
    }

    private static void requireRecorder(SignedInUser user) {
        if (!Exclusions.mayRecord(user)) {
            throw new ForbiddenException("Exclusions and suspensions are recorded by the pupil's school");
        }
    }
}
