package org.waymark.oversight.web;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.waymark.notification.Notices;
import org.waymark.organisation.HomeFigure;
import org.waymark.organisation.HomeFigures;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.SignedInUser;

/** The home page of every role: real counts from the database, each module adding its own. */
@Controller
class HomePage {

    private final List<HomeFigures> contributions;
    private final Organisations organisations;
    private final Notices notices;

    HomePage(List<HomeFigures> contributions, Organisations organisations, Notices notices) {
        this.contributions = contributions;
        this.organisations = organisations;
        this.notices = notices;
    }

    @GetMapping("/")
    String home(SignedInUser user, Model model) {
        model.addAttribute("organisation", organisations.find(user.organisationType(), user.organisationId())
                .orElse(null));
        model.addAttribute("figures", contributions.stream().flatMap(c -> c.figuresFor(user).stream())
                .sorted(Comparator.comparingInt(HomeFigure::order)).toList());
        model.addAttribute("unreadNotices", notices.unread(user));
        return "oversight/home";
    }
}
