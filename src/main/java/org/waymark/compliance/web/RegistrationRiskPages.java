package org.waymark.compliance.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.waymark.compliance.source.RegistrationRisk;
import org.waymark.organisation.SignedInUser;
import org.waymark.shared.BadQueryException;
import org.waymark.shared.FieldProblem;

/** The LA's view of unregistered providers' registration risk (rule 3), and each one's timeline. */
@Controller
class RegistrationRiskPages {

    private final RegistrationRisk risk;
    private final Clock clock;

    RegistrationRiskPages(RegistrationRisk risk, Clock clock) {
        this.risk = risk;
        this.clock = clock;
    }

    @GetMapping("/registration-risk")
    String list(SignedInUser user, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", today);
        model.addAttribute("providers", risk.providers(user, today));
        return "compliance/registration-risk";
    }

    @GetMapping("/registration-risk/{providerId}")
    String timeline(SignedInUser user, @PathVariable UUID providerId, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Model model) {
        LocalDate today = LocalDate.now(clock);
        LocalDate yearStart = LocalDate.of(today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1, 9, 1);
        LocalDate start = date(from, "from", yearStart);
        LocalDate end = date(to, "to", yearStart.plusYears(1).minusDays(1));
        if (end.isBefore(start)) {
            throw new BadQueryException(List.of(new FieldProblem("to", "The end date must be on or after the start date")));
        }
        if (start.plusYears(5).isBefore(end)) {
            throw new BadQueryException(List.of(new FieldProblem("to", "Show at most five years at a time")));
        }
        model.addAttribute("timeline", risk.timeline(user, providerId, start, end));
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("today", today);
        return "compliance/registration-timeline";
    }

    private static LocalDate date(String value, String field, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new BadQueryException(List.of(new FieldProblem(field, "Enter the date as YYYY-MM-DD, for example 2026-09-01")));
        }
    }
}
