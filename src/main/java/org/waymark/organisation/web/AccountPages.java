package org.waymark.organisation.web;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.waymark.organisation.ApiTokens;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.SignedInUser;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.web.Forms;

/** The user's own account: their details and their personal API tokens. */
@Controller
class AccountPages {

    private final ApiTokens tokens;
    private final Organisations organisations;

    AccountPages(ApiTokens tokens, Organisations organisations) {
        this.tokens = tokens;
        this.organisations = organisations;
    }

    @GetMapping("/account")
    String account(SignedInUser user, Model model) {
        model.addAttribute("organisation", organisations.find(user.organisationType(), user.organisationId())
                .orElse(null));
        model.addAttribute("tokens", tokens.tokensOf(user));
        return "organisation/account";
    }

    @PostMapping("/account/tokens")
    String createToken(SignedInUser user, @RequestParam(required = false) String name, Model model) {
        try {
            model.addAttribute("newToken", tokens.create(user, name));
        } catch (InvalidInputException e) {
            model.addAttribute("tokenName", name);
            Forms.reject(model, e.problems());
        }
        return account(user, model);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(SignedInUser user, @PathVariable UUID id) {
        tokens.revoke(user, id);
        return "redirect:/account?revoked";
    }
}
