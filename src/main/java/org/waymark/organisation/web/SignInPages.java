package org.waymark.organisation.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.waymark.organisation.security.PasswordResets;
import org.waymark.organisation.security.SignInFailure;
import org.waymark.shared.FieldProblem;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.web.Forms;

/** Sign-in, and the password reset journey (ask for a link, then choose a password). */
@Controller
class SignInPages {

    private final PasswordResets resets;

    SignInPages(PasswordResets resets) {
        this.resets = resets;
    }

    @GetMapping("/sign-in")
    String signIn(HttpSession session, Model model, @RequestParam(required = false) String ended,
            @RequestParam(name = "signed-out", required = false) String signedOut,
            @RequestParam(required = false) String reset) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        Object failure = session.getAttribute("waymark.signInFailure");
        if (failure instanceof SignInFailure f) {
            session.removeAttribute("waymark.signInFailure");
            model.addAttribute("email", f.email());
            Forms.reject(model, List.of(new FieldProblem(f.field(), f.message())));
        }
        if (ended != null) {
            model.addAttribute("notice", "Your session has ended. Sign in again to continue.");
        } else if (signedOut != null) {
            model.addAttribute("notice", "You have signed out.");
        } else if (reset != null) {
            model.addAttribute("notice", "Your password has been changed. Sign in with your new password.");
        }
        return "organisation/sign-in";
    }

    @GetMapping("/password-reset")
    String askForReset() {
        return "organisation/password-reset-request";
    }

    @PostMapping("/password-reset")
    String requestReset(@RequestParam(required = false) String email, Model model) {
        if (email == null || email.isBlank()) {
            Forms.reject(model, List.of(new FieldProblem("email", "Enter your email address")));
            return "organisation/password-reset-request";
        }
        resets.requestReset(email);
        model.addAttribute("email", email.trim());
        return "organisation/password-reset-sent";
    }

    @GetMapping("/password-reset/{token}")
    String choosePassword(@PathVariable String token, Model model, HttpServletResponse response) {
        if (resets.emailFor(token).isEmpty()) {
            response.setStatus(410);
            return "organisation/password-reset-expired";
        }
        model.addAttribute("token", token);
        return "organisation/password-reset-choose";
    }

    @PostMapping("/password-reset/{token}")
    String setPassword(@PathVariable String token, @RequestParam(required = false) String password,
            @RequestParam(required = false) String confirmation, Model model, HttpServletResponse response) {
        try {
            resets.complete(token, password == null ? "" : password, confirmation);
            return "redirect:/sign-in?reset";
        } catch (InvalidInputException e) {
            if (e.problems().get(0).field().equals("token")) {
                response.setStatus(410);
                return "organisation/password-reset-expired";
            }
            response.setStatus(400);
            model.addAttribute("token", token);
            Forms.reject(model, e.problems());
            return "organisation/password-reset-choose";
        }
    }
}
