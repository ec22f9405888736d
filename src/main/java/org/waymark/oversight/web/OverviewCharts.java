package org.waymark.oversight.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.waymark.compliance.FlagCode;
import org.waymark.compliance.FlagWords;
import org.waymark.oversight.BarChart;
import org.waymark.oversight.LaOverview;

/** The overview's figures as charts, each bar linked to the list of children (or flags) behind it. */
final class OverviewCharts {

    private OverviewCharts() {
    }

    static BarChart of(LaOverview.Dimension dimension, List<LaOverview.Group> groups) {
        List<BarChart.Bar> bars = new ArrayList<>();
        for (LaOverview.Group g : groups) {
            bars.add(BarChart.Bar.of(g.label(), g.children(), "/oversight/children?by=" + dimension.slug() + "&value="
                    + URLEncoder.encode(g.label(), StandardCharsets.UTF_8)));
        }
        return new BarChart("by-" + dimension.slug(), "Children in AP today by " + dimension.label().toLowerCase(),
                "Children", bars);
    }

    static BarChart flags(Map<FlagCode, Long> open) {
        List<BarChart.Bar> bars = new ArrayList<>();
        open.forEach((code, n) -> {
            if (n > 0) {
                bars.add(BarChart.Bar.of(FlagWords.title(code), n, "/flags?code=" + code.name()));
            }
        });
        return new BarChart("open-flags", "Open flags by kind", "Open flags", bars);
    }
}
