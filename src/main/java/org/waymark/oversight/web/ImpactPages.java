package org.waymark.oversight.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.waymark.organisation.SignedInUser;
import org.waymark.oversight.BarChart;
import org.waymark.oversight.Impact;
import org.waymark.oversight.LaOverview;
import org.waymark.oversight.Period;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.web.Forms;

/** The impact measures page and the lists behind its figures, for the LA's officers. */
@Controller
class ImpactPages {

    private final Impact impact;
    private final Clock clock;

    ImpactPages(Impact impact, Clock clock) {
        this.impact = impact;
        this.clock = clock;
    }

    /** The period asked for, or the standard one with the problem shown on the page. */
    static Period period(String from, String to, LocalDate today, Model model) {
        model.addAttribute("from", from == null ? "" : from);
        model.addAttribute("to", to == null ? "" : to);
        try {
            return Period.parse(from, to, today);
        } catch (InvalidInputException e) {
            Forms.reject(model, e.problems());
            return Period.standard(today);
        }
    }

    static String range(Period p) {
        return "&from=" + p.from() + "&to=" + p.to();
    }

    @GetMapping("/oversight/impact")
    String impact(SignedInUser user, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Model model) {
        LaOverview.requireLa(user);
        Period period = period(from, to, LocalDate.now(clock), model);
        Impact.Measures m = impact.measures(user, period);
        String r = range(period);
        model.addAttribute("m", m);
        model.addAttribute("range", r);
        List<BarChart> charts = new ArrayList<>();
        List<BarChart.Bar> permanent = new ArrayList<>();
        List<BarChart.Bar> suspensions = new ArrayList<>();
        for (var e : m.exclusionsByYear()) {
            permanent.add(BarChart.Bar.of(e.period(), e.permanent(),
                    "/oversight/impact/list?measure=exclusions&key=" + e.key() + "&value=PERMANENT" + r));
            suspensions.add(BarChart.Bar.of(e.period(), e.suspensions(),
                    "/oversight/impact/list?measure=exclusions&key=" + e.key() + "&value=SUSPENSION" + r));
        }
        charts.add(new BarChart("permanent-exclusions", "Permanent exclusions by academic year", "Permanent exclusions",
                permanent));
        charts.add(new BarChart("suspensions", "Suspensions by academic year", "Suspensions", suspensions));
        var pp = m.placedPupils();
        charts.add(new BarChart("placed-pupils", "Exclusions of pupils placed in AP, before and since their placement",
                "Exclusions and suspensions", List.of(
                        BarChart.Bar.of("In the year before", pp.before(),
                                "/oversight/impact/list?measure=placed-pupils" + r),
                        BarChart.Bar.of("Since it started", pp.since(),
                                "/oversight/impact/list?measure=placed-pupils" + r))));
        List<BarChart.Bar> attendance = new ArrayList<>();
        for (var a : m.attendance()) {
            String href = "/oversight/impact/list?measure=attendance&key=" + a.key() + r;
            attendance.add(BarChart.Bar.percent(a.period() + ": before", a.before(), href));
            attendance.add(BarChart.Bar.percent(a.period() + ": during", a.during(), href));
        }
        charts.add(new BarChart("attendance", "Attendance before and during placements, by year the placement started",
                "Attendance", attendance));
        charts.add(new BarChart("framework", "Providers approved on the directory at the end of each year",
                "Approved providers", m.framework().stream().map(f -> BarChart.Bar.of(f.period(), f.approved(),
                        "/oversight/impact/list?measure=framework&key=" + f.on() + r)).toList()));
        charts.add(new BarChart("oversight", "Schools whose AP placements the LA can see", "Share of schools",
                m.oversight().stream().map(o -> BarChart.Bar.percent(o.period(), o.share(),
                        "/oversight/impact/list?measure=schools-seen&key=" + o.key() + r)).toList()));
        charts.add(new BarChart("reintegration", "Placements ending in a return to mainstream school",
                "Reintegration rate", m.reintegration().stream().map(x -> BarChart.Bar.percent(x.period(), x.rate(),
                        "/oversight/impact/list?measure=endings&key=" + x.key() + "&value=REINTEGRATED_TO_MAINSTREAM"
                                + r)).toList()));
        charts.add(new BarChart("qa-effective", "Signed-off QA visits judged effective", "Visits judged effective",
                m.qa().stream().map(q -> BarChart.Bar.of(q.period(), q.effective(),
                        "/oversight/impact/list?measure=qa&key=" + q.key() + "&value=EFFECTIVE" + r)).toList()));
        model.addAttribute("charts", charts);
        return "oversight/impact";
    }

    @GetMapping("/oversight/impact/list")
    String list(SignedInUser user, @RequestParam(required = false) String measure,
            @RequestParam(required = false) String key, @RequestParam(required = false) String value,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        LaOverview.requireLa(user);
        Period period = Period.parse(from, to, LocalDate.now(clock));
        model.addAttribute("list", impact.list(user, measure, key, value, period));
        model.addAttribute("back", "/oversight/impact?from=" + period.from() + "&to=" + period.to());
        model.addAttribute("backText", "Impact measures");
        return "oversight/figure-list";
    }
}
