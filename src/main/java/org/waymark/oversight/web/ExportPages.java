package org.waymark.oversight.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.waymark.calendar.SchoolCalendar;
import org.waymark.calendar.Term;
import org.waymark.organisation.SignedInUser;
import org.waymark.oversight.CensusExports;
import org.waymark.oversight.LaOverview;
import org.waymark.shared.BadQueryException;
import org.waymark.shared.FieldProblem;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.web.CsvDownload;
import org.waymark.shared.web.DateInput;

/** The census exports and the children-in-AP list as CSV (ADR 0710). */
@Controller
class ExportPages {

    private final CensusExports census;
    private final LaOverview overview;
    private final SchoolCalendar calendar;
    private final java.time.Clock clock;

    ExportPages(CensusExports census, LaOverview overview, SchoolCalendar calendar, java.time.Clock clock) {
        this.census = census;
        this.overview = overview;
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping("/exports")
    String page(SignedInUser user, Model model) {
        CensusExports.requireSchoolCensus(user);
        LocalDate today = LocalDate.now(clock);
        Optional<Term> term = calendar.termOf(user.localAuthorityId(), today);
        model.addAttribute("from", DateInput.of("from", term.map(Term::startDate).orElse(today.minusMonths(3))));
        model.addAttribute("to", DateInput.of("to", term.map(Term::endDate).orElse(today)));
        model.addAttribute("day", DateInput.of("day", today));
        model.addAttribute("laWide", user.isLaWide());
        return "oversight/exports";
    }

    @GetMapping("/exports/school-census.csv")
    void schoolCensus(SignedInUser user, @RequestParam Map<String, String> params, HttpServletResponse response) {
        CensusExports.requireSchoolCensus(user);
        LocalDate from = date(params, "from", "start of the census period");
        LocalDate to = date(params, "to", "end of the census period");
        if (from.isAfter(to)) {
            throw new BadQueryException(List.of(new FieldProblem("from-day",
                    "The start of the census period must be on or before its end")));
        }
        try (CsvDownload csv = CsvDownload.start(response, "school-census-ap-" + from + "-to-" + to + ".csv",
                CensusExports.SCHOOL_CENSUS_HEADERS)) {
            census.schoolCensus(user, from, to, csv);
        }
    }

    @GetMapping("/exports/ap-census.csv")
    void apCensus(SignedInUser user, @RequestParam Map<String, String> params, HttpServletResponse response) {
        CensusExports.requireApCensus(user);
        LocalDate day = date(params, "day", "census day");
        try (CsvDownload csv = CsvDownload.start(response, "ap-census-" + day + ".csv",
                CensusExports.AP_CENSUS_HEADERS)) {
            census.apCensus(user, day, csv);
        }
    }

    @GetMapping("/oversight/children.csv")
    void children(SignedInUser user, @RequestParam(required = false) String by,
            @RequestParam(required = false) String value, HttpServletResponse response) {
        Optional<LaOverview.Dimension> dimension = by == null || by.isBlank() ? Optional.empty()
                : Optional.of(LaOverview.Dimension.fromSlug(by));
        List<LaOverview.ChildInAp> children = overview.children(user, dimension, value == null ? "" : value);
        try (CsvDownload csv = CsvDownload.start(response, "children-in-ap-" + LocalDate.now(clock) + ".csv",
                "child", "year_group", "home_school", "provider", "tier", "start_date", "placement_id")) {
            for (LaOverview.ChildInAp c : children) {
                csv.row(c.name(), c.yearGroup(), c.school(), c.provider(), c.tier(), c.start(),
                        c.placementId().toString());
            }
        }
    }

    /** A date from {@code name} (ISO, 2026-09-01) or {@code name-day/-month/-year}; missing or malformed: 400. */
    static LocalDate date(Map<String, String> params, String name, String label) {
        String iso = params.get(name);
        try {
            if (iso != null && !iso.isBlank()) {
                return LocalDate.parse(iso.strip());
            }
            DateInput typed = DateInput.from(params, name);
            if (typed.isEmpty()) {
                throw new BadQueryException(List.of(new FieldProblem(name + "-day", "Enter the " + label)));
            }
            return typed.parse(label);
        } catch (DateTimeParseException e) {
            throw new BadQueryException(List.of(new FieldProblem(name + "-day",
                    "Enter the " + label + " as a real date, for example 2026-09-01")));
        } catch (BadQueryException e) {
            throw e;
        } catch (InvalidInputException e) {
            throw new BadQueryException(e.problems());
        }
    }
}
