package org.waymark.commissioning.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.waymark.commissioning.PlacementStatus;
import org.waymark.commissioning.Placements;
import org.waymark.organisation.HomeFigure;
import org.waymark.organisation.HomeFigures;
import org.waymark.organisation.Navigation;
import org.waymark.organisation.NavigationItem;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.pupil.Pupils;

/** Pupils and placements in the service navigation, and their counts on home pages. */
@Component
class CommissioningNavigation implements Navigation, HomeFigures {

    private final Placements placements;
    private final Pupils pupils;

    CommissioningNavigation(Placements placements, Pupils pupils, Clock clock) {
        this.placements = placements;
        this.pupils = pupils;
    }

    @Override
    public List<NavigationItem> itemsFor(SignedInUser user) {
        List<NavigationItem> items = new ArrayList<>();
        if (user.role() == Role.QA_PROFESSIONAL) {
            return items;
        }
        if (user.role() != Role.PROVIDER_STAFF) {
            items.add(new NavigationItem(20, "Pupils", "/pupils"));
        }
        items.add(new NavigationItem(21, user.role() == Role.PROVIDER_STAFF ? "Your placements" : "Placements",
                "/placements"));
        return items;
    }

    @Override
    public List<HomeFigure> figuresFor(SignedInUser user) {
        List<HomeFigure> figures = new ArrayList<>();
        if (user.role() == Role.QA_PROFESSIONAL) {
            return figures;
        }
        figures.add(new HomeFigure(20, user.role() == Role.PROVIDER_STAFF ? "Pupils placed with you now"
                : "Active placements", placements.count(user, null, null, PlacementStatus.ACTIVE),
                "/placements?status=ACTIVE"));
        figures.add(new HomeFigure(21, user.role() == Role.PROVIDER_STAFF ? "Placements proposed to you"
                : "Placements proposed to providers", placements.count(user, null, null, PlacementStatus.PROPOSED),
                "/placements?status=PROPOSED"));
        if (Placements.mayCommission(user)) {
            figures.add(new HomeFigure(22, "Draft placements", placements.count(user, null, null, PlacementStatus.DRAFT),
                    "/placements?status=DRAFT"));
        }
        if (user.role() != Role.PROVIDER_STAFF) {
            figures.add(new HomeFigure(23, "Pupils' records you can see", pupils.count(user, null), "/pupils"));
        }
        return figures;
    }
}
