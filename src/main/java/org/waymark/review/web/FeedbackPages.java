package org.waymark.review.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.waymark.commissioning.PlacementStatus;
import org.waymark.commissioning.PlacementSummary;
import org.waymark.commissioning.Placements;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.SignedInUser;
import org.waymark.review.Feedback;
import org.waymark.review.FeedbackLinkState;
import org.waymark.review.FeedbackQuestions;
import org.waymark.shared.ConflictException;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.NotFoundException;
import org.waymark.shared.web.Forms;

/**
 * End-of-placement feedback: sending the form and reading the answers on the placement, the provider's aggregate,
 * and the public form reached by a single-use link (no sign-in; it shows nothing about the child).
 */
@Controller
class FeedbackPages {

    private final Feedback feedback;
    private final Placements placements;
    private final Organisations organisations;

    FeedbackPages(Feedback feedback, Placements placements, Organisations organisations) {
        this.feedback = feedback;
        this.placements = placements;
        this.organisations = organisations;
    }

    @GetMapping("/placements/{id}/feedback")
    String placementFeedback(SignedInUser user, @PathVariable UUID id, Model model) {
        PlacementSummary p = placements.read(user, id);
        model.addAttribute("placement", p);
        model.addAttribute("answers", feedback.answers(user, id));
        model.addAttribute("linksSent", feedback.linksSent(id));
        model.addAttribute("questions", FeedbackQuestions.QUESTIONS);
        model.addAttribute("scale", FeedbackQuestions.SCALE);
        model.addAttribute("maySend", p.status() == PlacementStatus.ENDED && Feedback.maySend(user, p));
        if (!model.containsAttribute("email")) {
            model.addAttribute("email", "");
            model.addAttribute("respondent", "");
        }
        return "review/feedback";
    }

    @PostMapping("/placements/{id}/feedback")
    String send(SignedInUser user, @PathVariable UUID id, @RequestParam(required = false) String respondent,
            @RequestParam(required = false) String email, Model model) {
        try {
            feedback.send(user, id, respondent, email);
            return "redirect:/placements/" + id + "/feedback?sent";
        } catch (InvalidInputException e) {
            model.addAttribute("email", email);
            model.addAttribute("respondent", respondent);
            Forms.reject(model, e.problems());
            return placementFeedback(user, id, model);
        }
    }

    @GetMapping("/providers/{id}/feedback")
    String providerFeedback(SignedInUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("summary", feedback.summary(user, id));
        model.addAttribute("providerName", organisations.providerName(id).orElse("Provider"));
        model.addAttribute("questions", FeedbackQuestions.QUESTIONS);
        return "review/provider-feedback";
    }

    // ---- the public form --------------------------------------------------------------------

    @GetMapping("/feedback/{token}")
    String form(@PathVariable String token, Model model, jakarta.servlet.http.HttpServletResponse response) {
        FeedbackLinkState state = feedback.state(token);
        if (state != FeedbackLinkState.OPEN) {
            return closed(state, model, response);
        }
        model.addAttribute("answers", Map.of());
        model.addAttribute("comments", "");
        return formPage(token, model);
    }

    private String formPage(String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("respondent", feedback.respondentOf(token).orElseThrow());
        model.addAttribute("questions", FeedbackQuestions.QUESTIONS);
        Map<String, String> labels = new HashMap<>();
        FeedbackQuestions.SCALE.forEach((k, v) -> labels.put(String.valueOf(k), v));
        model.addAttribute("scale", labels);
        model.addAttribute("scaleOrder", FeedbackQuestions.SCALE_ORDER.stream().map(String::valueOf).toList());
        return "review/feedback-form";
    }

    @PostMapping("/feedback/{token}")
    String answer(@PathVariable String token, @RequestParam Map<String, String> params, Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        Map<String, Integer> scores = new HashMap<>();
        Map<String, String> typed = new HashMap<>();
        for (FeedbackQuestions.Question q : FeedbackQuestions.QUESTIONS) {
            String v = params.get(q.field());
            typed.put(q.field(), v);
            try {
                scores.put(q.field(), v == null ? null : Integer.valueOf(v));
            } catch (NumberFormatException e) {
                scores.put(q.field(), null);
            }
        }
        try {
            feedback.answer(token, scores, params.get("comments"));
            model.addAttribute("heading", "Thank you");
            model.addAttribute("message", "Your answers have been sent. You can close this page.");
            return "review/feedback-closed";
        } catch (InvalidInputException e) {
            model.addAttribute("answers", typed);
            model.addAttribute("comments", params.getOrDefault("comments", ""));
            Forms.reject(model, e.problems());
            return formPage(token, model);
        } catch (ConflictException | NotFoundException e) {
            return closed(feedback.state(token), model, response);
        }
    }

    private static String closed(FeedbackLinkState state, Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        switch (state) {
            case USED -> {
                response.setStatus(HttpStatus.GONE.value());
                model.addAttribute("heading", "This form has already been answered");
                model.addAttribute("message", "Each link can be used once, and answers have already been sent "
                        + "with this one. If you want to add something, ask the school or provider for a new link.");
            }
            case EXPIRED -> {
                response.setStatus(HttpStatus.GONE.value());
                model.addAttribute("heading", "This link has expired");
                model.addAttribute("message", "Links to the feedback form work for " + Feedback.LINK_LIFETIME.toDays()
                        + " days. Ask the school or provider for a new link if you still want to answer.");
            }
            default -> {
                response.setStatus(HttpStatus.NOT_FOUND.value());
                model.addAttribute("heading", "This link does not work");
                model.addAttribute("message", "Check that you copied the whole link from the e-mail.");
            }
        }
        return "review/feedback-closed";
    }
}
