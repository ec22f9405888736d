package org.waymark.oversight.web;

import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.waymark.organisation.SignedInUser;
import org.waymark.oversight.LaOverview;

/** The lists behind the overview's figures. */
@Controller
class OversightPages {

    private final LaOverview overview;

    OversightPages(LaOverview overview) {
        this.overview = overview;
    }

    @GetMapping("/oversight/children")
    String children(SignedInUser user, @RequestParam(required = false) String by,
            @RequestParam(required = false) String value, Model model) {
        Optional<LaOverview.Dimension> dimension = by == null || by.isBlank() ? Optional.empty()
                : Optional.of(LaOverview.Dimension.fromSlug(by));
        model.addAttribute("children", overview.children(user, dimension, value == null ? "" : value));
        model.addAttribute("by", by == null ? "" : by);
        model.addAttribute("value", value == null ? "" : value);
        model.addAttribute("heading", dimension.map(d -> d.label() + ": " + value).orElse("All children in AP today"));
        return "oversight/children";
    }

}
