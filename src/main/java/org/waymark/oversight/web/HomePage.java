package org.waymark.oversight.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.waymark.notification.Notices;
import org.waymark.organisation.HomeFigure;
import org.waymark.organisation.HomeFigures;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.oversight.BarChart;
import org.waymark.oversight.LaOverview;
import org.waymark.oversight.OutOfArea;
import org.waymark.oversight.ProviderHome;
import org.waymark.oversight.SchoolHome;

/** The home page of every role: real counts from the database, each module adding its own. */
@Controller
class HomePage {

    private final List<HomeFigures> contributions;
    private final Organisations organisations;
    private final Notices notices;
    private final LaOverview overview;
    private final SchoolHome schoolHome;
    private final ProviderHome providerHome;
    private final OutOfArea outOfArea;

    HomePage(List<HomeFigures> contributions, Organisations organisations, Notices notices, LaOverview overview,
            SchoolHome schoolHome, ProviderHome providerHome, OutOfArea outOfArea) {
        this.outOfArea = outOfArea;
        this.contributions = contributions;
        this.organisations = organisations;
        this.notices = notices;
        this.overview = overview;
        this.schoolHome = schoolHome;
        this.providerHome = providerHome;
    }

    @GetMapping("/")
    String home(SignedInUser user, Model model) {
        model.addAttribute("organisation", organisations.find(user.organisationType(), user.organisationId())
                .orElse(null));
        model.addAttribute("figures", contributions.stream().flatMap(c -> c.figuresFor(user).stream())
                .sorted(Comparator.comparingInt(HomeFigure::order)).toList());
        model.addAttribute("unreadNotices", notices.unread(user));
        if (user.isLaWide()) {
            // the LA overview is the first page an AP officer sees
            LaOverview.Summary summary = overview.summary(user);
            model.addAttribute("summary", summary);
            List<BarChart> charts = new ArrayList<>();
            for (LaOverview.Dimension d : LaOverview.Dimension.values()) {
                charts.add(OverviewCharts.of(d, overview.breakdown(user, d)));
            }
            model.addAttribute("charts", charts);
            model.addAttribute("flagChart", OverviewCharts.flags(summary.openFlagsByCode()));
            model.addAttribute("outOfArea", outOfArea.list(user));
        } else if (user.is(Role.SCHOOL_COMMISSIONER)) {
            model.addAttribute("school", schoolHome.of(user));
        } else if (user.is(Role.PROVIDER_STAFF)) {
            model.addAttribute("provider", providerHome.of(user));
        }
        return "oversight/home";
    }
}
