package org.waymark.review.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.waymark.commissioning.PlacementStatus;
import org.waymark.commissioning.PlacementSummary;
import org.waymark.commissioning.Placements;
import org.waymark.commissioning.RegistrationArrangement;
import org.waymark.organisation.Navigation;
import org.waymark.organisation.NavigationItem;
import org.waymark.organisation.SignedInUser;
import org.waymark.review.AgreedOutcome;
import org.waymark.review.ExtensionInput;
import org.waymark.review.ProgressEntry;
import org.waymark.review.Review;
import org.waymark.review.ReviewInput;
import org.waymark.review.ReviewPlan;
import org.waymark.review.ReviewSchedule;
import org.waymark.review.Reviews;
import org.waymark.shared.ConflictException;
import org.waymark.shared.FieldProblem;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.Problems;
import org.waymark.shared.web.DateInput;
import org.waymark.shared.web.Forms;
import org.waymark.shared.web.UkTime;

/** A placement's review schedule and reviews, the review form (Appendix A), the record and its PDF; the due list. */
@Controller
class ReviewPages {

    static final List<String> ATTENDEES = List.of("Pupil", "Parent or carer", "Home school", "Provider",
            "Local authority");
    static final int PROGRESS_ROWS = 4;

    @Component
    static class ReviewNavigation implements Navigation {
        @Override
        public List<NavigationItem> itemsFor(SignedInUser user) {
            return Placements.mayCommission(user) || user.role() == org.waymark.organisation.Role.PROVIDER_STAFF
                    ? List.of(new NavigationItem(40, "Reviews", "/reviews")) : List.of();
        }
    }

    /** An active placement and where its next review stands, for the due list. */
    record DueRow(PlacementSummary placement, LocalDate due, ReviewSchedule.Status status) {
    }

    private final Reviews reviews;
    private final Placements placements;
    private final ReviewPdf pdf;
    private final UkTime ukTime;
    private final java.time.Clock clock;

    ReviewPages(Reviews reviews, Placements placements, ReviewPdf pdf, UkTime ukTime, java.time.Clock clock) {
        this.clock = clock;
        this.reviews = reviews;
        this.placements = placements;
        this.pdf = pdf;
        this.ukTime = ukTime;
    }

    static final int DUE_PAGE = 25;

    /**
     * Every active placement in scope by the date its next review is due, 25 a page. The due date depends on the
     * latest review, so it is computed for all of them (one query for the latest reviews) and the page cut after
     * sorting; overdue ones come first.
     */
    @GetMapping("/reviews")
    String due(SignedInUser user, @RequestParam(required = false) Integer page, Model model) {
        int asked = page == null || page < 0 ? 0 : page;
        long total = placements.count(user, null, null, PlacementStatus.ACTIVE);
        List<PlacementSummary> active = placements.list(user, null, null, PlacementStatus.ACTIVE, 0,
                (int) Math.min(Integer.MAX_VALUE, Math.max(total, 1)));
        java.util.Map<UUID, LocalDate> latest = new java.util.HashMap<>();
        active.stream().map(PlacementSummary::localAuthorityId).distinct()
                .forEach(la -> latest.putAll(reviews.latestReviewDates(la)));
        LocalDate today = LocalDate.now(clock);
        List<DueRow> rows = new ArrayList<>();
        for (PlacementSummary p : active) {
            LocalDate due = reviews.dueOn(p, latest.get(p.id()));
            rows.add(new DueRow(p, due, ReviewSchedule.status(due, today)));
        }
        rows.sort(java.util.Comparator.comparing(DueRow::due).thenComparing(r -> r.placement().id()));
        int lastPage = rows.isEmpty() ? 0 : (rows.size() - 1) / DUE_PAGE;
        int p = Math.min(asked, lastPage);
        model.addAttribute("rows", rows.subList(p * DUE_PAGE, Math.min(rows.size(), (p + 1) * DUE_PAGE)));
        model.addAttribute("page", p);
        model.addAttribute("lastPage", lastPage);
        model.addAttribute("total", rows.size());
        model.addAttribute("overdue", rows.stream().filter(r -> r.status() == ReviewSchedule.Status.OVERDUE).count());
        return "review/due";
    }

    @GetMapping("/placements/{id}/reviews")
    String reviews(SignedInUser user, @PathVariable UUID id, Model model) {
        PlacementSummary p = placements.read(user, id);
        model.addAttribute("placement", p);
        model.addAttribute("plan", reviews.plan(p));
        model.addAttribute("reviews", reviews.list(user, id));
        model.addAttribute("mayRecord", Reviews.mayRecord(user, p) && p.status() == PlacementStatus.ACTIVE);
        return "review/reviews";
    }

    @GetMapping("/placements/{id}/reviews/new")
    String form(SignedInUser user, @PathVariable UUID id, Model model) {
        PlacementSummary p = placements.read(user, id);
        if (!Reviews.mayRecord(user, p)) {
            throw new org.waymark.shared.ForbiddenException("Only the placement's commissioner records its reviews");
        }
        if (p.status() != PlacementStatus.ACTIVE) {
            throw new ConflictException("Only an active placement can be reviewed",
                    List.of("The placement is " + p.status().label().toLowerCase(java.util.Locale.ROOT)));
        }
        List<String[]> rows = new ArrayList<>();
        for (AgreedOutcome a : reviews.agreedOutcomes(user, id)) {
            rows.add(new String[] {a.description(), a.baseline() == null ? "" : String.valueOf(a.baseline()), "",
                    a.target() == null ? "" : String.valueOf(a.target()), a.planBaseline() == null ? null
                            : a.planWording()});
        }
        model.addAttribute("form", new ReviewInput(null, null, "", "", null, null, "", "", "", "", null, null));
        model.addAttribute("date", DateInput.of("date", null));
        model.addAttribute("attendees", List.of());
        model.addAttribute("otherAttendees", "");
        model.addAttribute("attendanceRate", "");
        model.addAttribute("progressRows", pad(rows));
        model.addAttribute("extensionAgreed", false);
        model.addAttribute("newEndDate", DateInput.of("newEndDate", null));
        model.addAttribute("extensionReason", "");
        model.addAttribute("nextReviewDate", DateInput.of("nextReviewDate", null));
        return formPage(p, model);
    }

    private String formPage(PlacementSummary p, Model model) {
        model.addAttribute("placement", p);
        model.addAttribute("attendeeChoices", ATTENDEES);
        model.addAttribute("registersAvailable", reviews.registersAvailable());
        boolean dual = p.registrationArrangement() == RegistrationArrangement.DUAL;
        model.addAttribute("nextReviewHint", "Leave blank for " + p.reviewIntervalWeeks()
                + " weeks after this review" + (dual ? " (or the 6- or 12-week review, if sooner)" : "")
                + ". It cannot be later than that.");
        return "review/review-form";
    }

    private static List<String[]> pad(List<String[]> rows) {
        List<String[]> out = new ArrayList<>(rows);
        while (out.size() < Math.max(PROGRESS_ROWS, rows.size())) {
            out.add(new String[] {"", "", "", "", null});
        }
        return out;
    }

    @PostMapping("/placements/{id}/reviews")
    String record(SignedInUser user, @PathVariable UUID id, @RequestParam Map<String, String> params,
            @RequestParam MultiValueMap<String, String> multi, Model model) {
        PlacementSummary p = placements.read(user, id);
        Problems problems = new Problems();
        DateInput date = DateInput.from(params, "date");
        DateInput newEnd = DateInput.from(params, "newEndDate");
        DateInput next = DateInput.from(params, "nextReviewDate");
        LocalDate held = date.parseInto(problems, "date of the review meeting");
        LocalDate nextOn = next.isEmpty() ? null : next.parseInto(problems, "next review date");
        boolean extension = "yes".equals(params.get("extensionAgreed"));
        ExtensionInput ext = null;
        if (extension) {
            ext = new ExtensionInput(newEnd.parseInto(problems, "new finish date"), params.get("extensionReason"));
        }
        List<String> attendees = new ArrayList<>(multi.getOrDefault("attendees", List.of()));
        String others = params.getOrDefault("otherAttendees", "");
        Arrays.stream(others.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(attendees::add);
        BigDecimal rate = PageFields.decimal(problems, "attendanceRate", params.get("attendanceRate"), "Attendance");
        List<String[]> rows = new ArrayList<>();
        List<ProgressEntry> progress = new ArrayList<>();
        List<AgreedOutcome> agreed = reviews.agreedOutcomes(user, id);
        for (int i = 0; params.containsKey("progress-" + i + "-outcome"); i++) {
            String outcome = params.get("progress-" + i + "-outcome");
            String hint = agreed.stream().filter(a -> a.planBaseline() != null && outcome != null
                    && a.description().equalsIgnoreCase(outcome.trim())).map(AgreedOutcome::planWording).findFirst()
                    .orElse(null);
            String[] row = {outcome, params.get("progress-" + i + "-baseline"),
                    params.get("progress-" + i + "-current"), params.get("progress-" + i + "-target"), hint};
            rows.add(row);
            ProgressEntry e = new ProgressEntry(row[0],
                    PageFields.integer(problems, "progress[" + progress.size() + "].baseline", row[1], "The baseline"),
                    PageFields.integer(problems, "progress[" + progress.size() + "].current", row[2], "Now"),
                    PageFields.integer(problems, "progress[" + progress.size() + "].target", row[3], "The target"),
                    null);
            if (!e.isBlank()) {
                progress.add(e);
            }
        }
        ReviewInput in = new ReviewInput(held, attendees, params.get("pupilViews"), params.get("parentViews"), rate,
                progress, params.get("needChanges"), params.get("outcomeChanges"), params.get("planChanges"),
                params.get("notes"), ext, nextOn);
        try {
            reviews.record(user, id, in, problems);
            return "redirect:/placements/" + id + "/reviews?recorded";
        } catch (InvalidInputException e) {
            model.addAttribute("form", in);
            model.addAttribute("date", date);
            model.addAttribute("attendees", attendees.stream().filter(ATTENDEES::contains).toList());
            model.addAttribute("otherAttendees", others);
            model.addAttribute("attendanceRate", params.getOrDefault("attendanceRate", ""));
            model.addAttribute("progressRows", pad(rows));
            model.addAttribute("extensionAgreed", extension);
            model.addAttribute("newEndDate", newEnd);
            model.addAttribute("extensionReason", params.getOrDefault("extensionReason", ""));
            model.addAttribute("nextReviewDate", next);
            Forms.reject(model, PageFields.onPage(progressIds(e.problems(), rows)));
            return formPage(p, model);
        }
    }

    /** Progress problems name rows among the non-blank ones; map them back to the rows on the page. */
    private static List<FieldProblem> progressIds(List<FieldProblem> problems, List<String[]> rows) {
        List<Integer> used = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            boolean blank = Arrays.stream(r, 0, 4).allMatch(s -> s == null || s.isBlank());
            if (!blank) {
                used.add(i);
            }
        }
        List<FieldProblem> out = new ArrayList<>();
        for (FieldProblem p : problems) {
            var m = java.util.regex.Pattern.compile("progress\\[(\\d+)](.*)").matcher(p.field());
            if (m.matches() && Integer.parseInt(m.group(1)) < used.size()) {
                int row = used.get(Integer.parseInt(m.group(1)));
                out.add(new FieldProblem("progress[" + row + "]" + m.group(2),
                        p.message().replaceAll("progress row \\d+", "outcome " + (row + 1))));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    @GetMapping("/placements/{id}/reviews/{reviewId}")
    String review(SignedInUser user, @PathVariable UUID id, @PathVariable UUID reviewId, Model model) {
        model.addAttribute("placement", placements.read(user, id));
        model.addAttribute("review", reviews.review(user, id, reviewId));
        return "review/review";
    }

    @GetMapping("/placements/{id}/reviews/{reviewId}/pdf")
    ResponseEntity<byte[]> reviewPdf(SignedInUser user, @PathVariable UUID id, @PathVariable UUID reviewId) {
        PlacementSummary p = placements.read(user, id);
        Review r = reviews.review(user, id, reviewId);
        byte[] bytes = pdf.render(p, r);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"review-" + r.date() + ".pdf\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(bytes);
    }
}
