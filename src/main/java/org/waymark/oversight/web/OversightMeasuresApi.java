package org.waymark.oversight.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.waymark.organisation.SignedInUser;
import org.waymark.oversight.Benchmarks;
import org.waymark.oversight.LaOverview;
import org.waymark.oversight.Period;
import org.waymark.oversight.Sufficiency;

/**
 * {@code GET /api/v1/oversight/benchmark/schools} (LA: every school; a school: its own row beside suppressed
 * aggregates), {@code …/benchmark/providers}, {@code …/benchmark/trends} and {@code …/sufficiency} (LA roles).
 * {@code from}/{@code to} as YYYY-MM-DD; a malformed or reversed range is a 400.
 */
@RestController
class OversightMeasuresApi {

    private final Benchmarks benchmarks;
    private final Sufficiency sufficiency;
    private final Clock clock;

    OversightMeasuresApi(Benchmarks benchmarks, Sufficiency sufficiency, Clock clock) {
        this.benchmarks = benchmarks;
        this.sufficiency = sufficiency;
        this.clock = clock;
    }

    private Period period(String from, String to) {
        return Period.parse(from, to, LocalDate.now(clock));
    }

    @GetMapping("/api/v1/oversight/benchmark/schools")
    Benchmarks.SchoolBenchmark schools(SignedInUser user, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        if (!Benchmarks.maySee(user)) {
            throw new org.waymark.shared.ForbiddenException("Benchmarking is for the local authority and its schools");
        }
        return benchmarks.schools(user, period(from, to));
    }

    @GetMapping("/api/v1/oversight/benchmark/providers")
    List<Benchmarks.ProviderComparison> providers(SignedInUser user, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        LaOverview.requireLa(user);
        return benchmarks.providers(user, period(from, to));
    }

    @GetMapping("/api/v1/oversight/benchmark/trends")
    Benchmarks.Trends trends(SignedInUser user, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        LaOverview.requireLa(user);
        return benchmarks.trends(user, period(from, to));
    }

    @GetMapping("/api/v1/oversight/sufficiency")
    Sufficiency.Report sufficiency(SignedInUser user, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        LaOverview.requireLa(user);
        return sufficiency.report(user, period(from, to));
    }
}
