package org.waymark.audit.web;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.waymark.audit.AuditTrail;
import org.waymark.organisation.SignedInUser;

/** The audit trail for an LA admin: the latest events, or one child's. */
@Controller
class AuditPages {

    @org.springframework.stereotype.Component
    static class AuditNavigation implements org.waymark.organisation.Navigation {
        @Override
        public java.util.List<org.waymark.organisation.NavigationItem> itemsFor(SignedInUser user) {
            return user.role() == org.waymark.organisation.Role.LA_ADMIN
                    ? java.util.List.of(new org.waymark.organisation.NavigationItem(92, "Audit trail", "/audit"))
                    : java.util.List.of();
        }
    }

    private final AuditTrail trail;

    AuditPages(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/audit")
    String audit(SignedInUser admin, @RequestParam(required = false) UUID pupil, Model model) {
        model.addAttribute("pupil", pupil);
        model.addAttribute("events", pupil == null ? trail.latest(admin, 200) : trail.forPupil(admin, pupil, 500));
        return "audit/audit";
    }
}
