package org.waymark.notification.web;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.waymark.notification.Notices;
import org.waymark.notification.Outbox;
import org.waymark.organisation.Navigation;
import org.waymark.organisation.NavigationItem;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.shared.ForbiddenException;

/** A user's notices; and for an LA admin, the mail outbox (where demo mail can be read). */
@Controller
class NotificationPages {

    @Component
    static class NotificationNavigation implements Navigation {
        @Override
        public List<NavigationItem> itemsFor(SignedInUser user) {
            return user.role() == Role.LA_ADMIN
                    ? List.of(new NavigationItem(85, "Notices", "/notices"), new NavigationItem(95, "Mail outbox", "/outbox"))
                    : List.of(new NavigationItem(85, "Notices", "/notices"));
        }
    }

    private final Notices notices;
    private final Outbox outbox;

    NotificationPages(Notices notices, Outbox outbox) {
        this.notices = notices;
        this.outbox = outbox;
    }

    @GetMapping("/notices")
    String notices(SignedInUser user, Model model) {
        model.addAttribute("notices", notices.of(user, 100));
        return "notification/notices";
    }

    @PostMapping("/notices/read")
    String markRead(SignedInUser user) {
        notices.markAllRead(user);
        return "redirect:/notices";
    }

    @GetMapping("/outbox")
    String outbox(SignedInUser user, Model model) {
        if (user.role() != Role.LA_ADMIN) {
            throw new ForbiddenException("Only an LA admin can read the mail outbox");
        }
        model.addAttribute("mails", outbox.latestFor(user.localAuthorityId(), 100));
        return "notification/outbox";
    }
}
