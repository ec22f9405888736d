package org.waymark.oversight.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.waymark.organisation.SignedInUser;
import org.waymark.oversight.FigureList;
import org.waymark.oversight.Impact;
import org.waymark.oversight.Period;

/** {@code GET /api/v1/oversight/impact} and the lists behind it, for LA roles; a bad range is a 400. */
@RestController
class ImpactApi {

    private final Impact impact;
    private final Clock clock;

    ImpactApi(Impact impact, Clock clock) {
        this.impact = impact;
        this.clock = clock;
    }

    @GetMapping("/api/v1/oversight/impact")
    Impact.Measures measures(SignedInUser user, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        org.waymark.oversight.LaOverview.requireLa(user);
        return impact.measures(user, Period.parse(from, to, LocalDate.now(clock)));
    }

    @GetMapping("/api/v1/oversight/impact/list")
    FigureList list(SignedInUser user, @RequestParam(required = false) String measure,
            @RequestParam(required = false) String key, @RequestParam(required = false) String value,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        org.waymark.oversight.LaOverview.requireLa(user);
        return impact.list(user, measure, key, value, Period.parse(from, to, LocalDate.now(clock)));
    }
}
