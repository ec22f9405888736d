package org.waymark.oversight.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.waymark.organisation.Navigation;
import org.waymark.organisation.NavigationItem;
import org.waymark.organisation.SignedInUser;
import org.waymark.oversight.BarChart;
import org.waymark.oversight.Benchmarks;
import org.waymark.oversight.Period;
import org.waymark.oversight.Sufficiency;
import org.waymark.shared.ForbiddenException;

/** Benchmarking (LA officers and schools) and sufficiency (LA officers). */
@Controller
class BenchmarkPages {

    @Component
    static class OversightNavigation implements Navigation {
        @Override
        public List<NavigationItem> itemsFor(SignedInUser user) {
            if (user.isLaWide()) {
                return List.of(new NavigationItem(60, "Impact", "/oversight/impact"),
                        new NavigationItem(61, "Benchmarking", "/oversight/benchmark"),
                        new NavigationItem(62, "Sufficiency", "/oversight/sufficiency"));
            }
            return Benchmarks.maySee(user) ? List.of(new NavigationItem(60, "Benchmarking", "/oversight/benchmark"))
                    : List.of();
        }
    }

    private final Benchmarks benchmarks;
    private final Sufficiency sufficiency;
    private final Clock clock;

    BenchmarkPages(Benchmarks benchmarks, Sufficiency sufficiency, Clock clock) {
        this.benchmarks = benchmarks;
        this.sufficiency = sufficiency;
        this.clock = clock;
    }

    static BarChart.Bar decimal(String label, BigDecimal value, String shown, String href, boolean hidden) {
        if (value == null || hidden) {
            return new BarChart.Bar(label, 0, shown, href, hidden);
        }
        return new BarChart.Bar(label, value.movePointRight(1).longValue(), shown, href, false);
    }

    @GetMapping("/oversight/benchmark")
    String benchmark(SignedInUser user, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Model model) {
        if (!Benchmarks.maySee(user)) {
            throw new ForbiddenException("Benchmarking is for the local authority and its schools");
        }
        Period period = ImpactPages.period(from, to, LocalDate.now(clock), model);
        String r = ImpactPages.range(period);
        var schools = benchmarks.schools(user, period);
        model.addAttribute("b", schools);
        model.addAttribute("range", r);
        model.addAttribute("tiers", Benchmarks.TIERS);
        model.addAttribute("lengths", Benchmarks.LENGTHS);
        model.addAttribute("isLa", user.isLaWide());
        List<BarChart> charts = new ArrayList<>();
        if (user.isLaWide()) {
            List<BarChart.Bar> bars = new ArrayList<>();
            for (var s : schools.schools()) {
                bars.add(decimal(s.school(), s.perThousand(), s.perThousand() == null ? "roll not known"
                        : s.perThousand().toPlainString(), "/oversight/impact/list?measure=school-placements&value="
                        + s.schoolId() + r, false));
            }
            charts.add(new BarChart("per-thousand", "Placements started per 1,000 pupils on roll, by school",
                    "Per 1,000 on roll", bars));
            var trends = benchmarks.trends(user, period);
            model.addAttribute("trends", trends);
            charts.add(new BarChart("started-by-year", "Placements started by academic year", "Placements started",
                    trends.byYear().stream().map(t -> BarChart.Bar.of(t.period(), t.started(),
                            "/oversight/impact/list?measure=started&key=" + t.key() + r)).toList()));
            model.addAttribute("providers", benchmarks.providers(user, period));
        } else {
            var own = schools.schools().get(0);
            var la = schools.localAuthority();
            boolean laHidden = !la.perThousand().matches("[0-9.]+");
            charts.add(new BarChart("position", "Your school's placements per 1,000 pupils on roll beside the local "
                    + "authority's", "Per 1,000 on roll", List.of(
                            decimal(own.school(), own.perThousand(), own.perThousand() == null ? "roll not known"
                                    : own.perThousand().toPlainString(), null, false),
                            decimal("All schools in the local authority", laHidden ? null
                                    : new BigDecimal(la.perThousand()), la.perThousand(), null, laHidden))));
        }
        model.addAttribute("charts", charts);
        return "oversight/benchmark";
    }

    @GetMapping("/oversight/sufficiency")
    String sufficiency(SignedInUser user, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Model model) {
        org.waymark.oversight.LaOverview.requireLa(user);
        Period period = ImpactPages.period(from, to, LocalDate.now(clock), model);
        var report = sufficiency.report(user, period);
        model.addAttribute("s", report);
        model.addAttribute("charts", List.of(
                new BarChart("places-by-lot", "Places in use at approved providers, by lot", "Places in use",
                        report.byLot().stream().map(p -> BarChart.Bar.of(p.group(), p.inUse(), null)).toList()),
                new BarChart("forecast", "Placements started in each 12-month window, and the forecast",
                        "Placements started", forecastBars(report.forecast()))));
        return "oversight/sufficiency";
    }

    private static List<BarChart.Bar> forecastBars(Sufficiency.Forecast f) {
        List<BarChart.Bar> bars = new ArrayList<>();
        f.windows().forEach(w -> bars.add(BarChart.Bar.of(w.from() + " to " + w.to(), w.started(),
                "/oversight/impact/list?measure=started&from=" + w.from() + "&to=" + w.to())));
        if (f.nextYear() != null) {
            bars.add(BarChart.Bar.of("Next 12 months (forecast)", f.nextYear(), null));
        }
        return bars;
    }
}
