package org.waymark.review.web;

import org.waymark.shared.web.JsonFields;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.waymark.commissioning.Placements;
import org.waymark.organisation.SignedInUser;
import org.waymark.review.DestinationCheck;
import org.waymark.review.Destinations;
import org.waymark.review.Endings;
import org.waymark.review.ExtensionInput;
import org.waymark.review.Feedback;
import org.waymark.review.FeedbackAnswer;
import org.waymark.review.FeedbackSummary;
import org.waymark.review.FinalReport;
import org.waymark.review.PlacementEnding;
import org.waymark.review.ProgressEntry;
import org.waymark.review.ProgressReport;
import org.waymark.review.ProgressReports;
import org.waymark.review.Review;
import org.waymark.review.ReviewInput;
import org.waymark.review.ReviewPlan;
import org.waymark.review.Reviews;
import org.waymark.review.TermReport;
import org.waymark.shared.ListPage;
import org.waymark.shared.NotFoundException;
import org.waymark.shared.Problems;

/**
 * Reviews ({@code POST/GET /placements/{id}/reviews} of api.md), the review schedule, termly progress reports,
 * ending a placement with its final report, destination checks and end-of-placement feedback.
 */
@RestController
@RequestMapping("/api/v1")
class ReviewApi {

    record ExtensionBody(String newEndDate, String reason) {
    }

    record ProgressBody(String outcome, Integer baseline, Integer current, Integer target, String comment) {
    }

    record ReviewBody(String date, List<String> attendees, String pupilViews, String parentViews, String notes,
            ExtensionBody extension, String nextReviewDate, BigDecimal attendanceRate, List<ProgressBody> progress,
            String needChanges, String outcomeChanges, String planChanges) {
    }

    record ReviewPlanJson(int reviewIntervalWeeks, boolean dualRegistration, LocalDate nextReviewDue, String status,
            List<LocalDate> upcoming, List<LocalDate> held) {
        static ReviewPlanJson of(ReviewPlan p) {
            return new ReviewPlanJson(p.intervalWeeks(), p.dual(), p.nextDue(),
                    p.status() == null ? null : p.status().name(), p.upcoming(), p.held());
        }
    }

    record ProgressReportBody(String termId, String attendance, String progress, String behaviour,
            String nextSteps) {
    }

    record FinalReportBody(String attainment, String attendanceSummary, String behaviourChange, String accreditation,
            String englishQualification, String mathsQualification, String pupilAssessment, String reintegrationPlan,
            Integer version) {
        FinalReport report() {
            return new FinalReport(attainment, attendanceSummary, behaviourChange, accreditation,
                    englishQualification, mathsQualification, pupilAssessment, reintegrationPlan);
        }
    }

    record EndingBody(String endDate, String outcome, String notes, FinalReportBody finalReport) {
    }

    record DestinationBody(String checkedOn, String destination, String notes, Integer version) {
    }

    record FeedbackLinkBody(String respondent, String email) {
    }

    private final Reviews reviews;
    private final ProgressReports reports;
    private final Endings endings;
    private final Destinations destinations;
    private final Feedback feedback;
    private final Placements placements;

    ReviewApi(Reviews reviews, ProgressReports reports, Endings endings, Destinations destinations,
            Feedback feedback, Placements placements) {
        this.reviews = reviews;
        this.reports = reports;
        this.endings = endings;
        this.destinations = destinations;
        this.feedback = feedback;
        this.placements = placements;
    }

    // ---- reviews ----------------------------------------------------------------------------

    @PostMapping("/placements/{id}/reviews")
    @ResponseStatus(HttpStatus.CREATED)
    Review record(SignedInUser user, @PathVariable UUID id, @RequestBody(required = false) ReviewBody body) {
        Problems p = new Problems();
        if (body == null) {
            body = new ReviewBody(null, null, null, null, null, null, null, null, null, null, null, null);
        }
        LocalDate date = JsonFields.date(p, "date", body.date());
        LocalDate next = JsonFields.date(p, "nextReviewDate", body.nextReviewDate());
        ExtensionInput ext = null;
        if (body.extension() != null) {
            ext = new ExtensionInput(JsonFields.date(p, "extension.newEndDate", body.extension().newEndDate()),
                    body.extension().reason());
        }
        List<ProgressEntry> progress = body.progress() == null ? List.of() : body.progress().stream()
                .map(x -> x == null ? null : new ProgressEntry(x.outcome(), x.baseline(), x.current(), x.target(),
                        x.comment()))
                .toList();
        ReviewInput in = new ReviewInput(date, body.attendees(), body.pupilViews(), body.parentViews(),
                body.attendanceRate(), progress, body.needChanges(), body.outcomeChanges(), body.planChanges(),
                body.notes(), ext, next);
        return reviews.record(user, id, in, p);
    }

    @GetMapping("/placements/{id}/reviews")
    ListPage<Review> list(SignedInUser user, @PathVariable UUID id) {
        List<Review> all = reviews.list(user, id);
        return new ListPage<>(all, 0, Math.max(all.size(), 1), all.size());
    }

    @GetMapping("/placements/{id}/reviews/{reviewId}")
    Review review(SignedInUser user, @PathVariable UUID id, @PathVariable UUID reviewId) {
        return reviews.review(user, id, reviewId);
    }

    @GetMapping("/placements/{id}/review-schedule")
    ReviewPlanJson schedule(SignedInUser user, @PathVariable UUID id) {
        return ReviewPlanJson.of(reviews.plan(user, id));
    }

    // ---- progress reports -------------------------------------------------------------------

    @GetMapping("/placements/{id}/progress-reports")
    ListPage<TermReport> progressReports(SignedInUser user, @PathVariable UUID id) {
        reports.list(user, id);
        List<TermReport> terms = reports.terms(placements.read(user, id));
        return new ListPage<>(terms, 0, Math.max(terms.size(), 1), terms.size());
    }

    @PostMapping("/placements/{id}/progress-reports")
    @ResponseStatus(HttpStatus.CREATED)
    ProgressReport writeReport(SignedInUser user, @PathVariable UUID id,
            @RequestBody(required = false) ProgressReportBody body) {
        Problems p = new Problems();
        UUID term = body == null ? null : JsonFields.id(p, "termId", body.termId());
        p.throwIfAny();
        return body == null ? reports.write(user, id, null, null, null, null, null)
                : reports.write(user, id, term, body.attendance(), body.progress(), body.behaviour(),
                        body.nextSteps());
    }

    // ---- ending, final report, destinations -------------------------------------------------

    @PostMapping("/placements/{id}/ending")
    PlacementEnding end(SignedInUser user, @PathVariable UUID id, @RequestBody(required = false) EndingBody body) {
        Problems p = new Problems();
        if (body == null) {
            body = new EndingBody(null, null, null, null);
        }
        LocalDate end = JsonFields.date(p, "endDate", body.endDate());
        return endings.end(user, id, end, body.outcome(), body.notes(),
                body.finalReport() == null ? null : body.finalReport().report(), p);
    }

    @GetMapping("/placements/{id}/ending")
    PlacementEnding ending(SignedInUser user, @PathVariable UUID id) {
        return endings.ending(user, id).orElseThrow(() -> new NotFoundException("Ending"));
    }

    @PutMapping("/placements/{id}/final-report")
    PlacementEnding finalReport(SignedInUser user, @PathVariable UUID id,
            @RequestBody(required = false) FinalReportBody body) {
        if (body == null) {
            body = new FinalReportBody(null, null, null, null, null, null, null, null, null);
        }
        return endings.recordFinalReport(user, id, body.version() == null ? -1 : body.version(), body.report());
    }

    @GetMapping("/destinations")
    ListPage<DestinationCheck> destinations(SignedInUser user,
            @RequestParam(defaultValue = "false") boolean dueOnly) {
        List<DestinationCheck> all = destinations.list(user, dueOnly);
        return new ListPage<>(all, 0, Math.max(all.size(), 1), all.size());
    }

    @PutMapping("/destinations/{id}")
    DestinationCheck recordDestination(SignedInUser user, @PathVariable UUID id,
            @RequestBody(required = false) DestinationBody body) {
        Problems p = new Problems();
        if (body == null) {
            body = new DestinationBody(null, null, null, null);
        }
        LocalDate on = JsonFields.date(p, "checkedOn", body.checkedOn());
        return destinations.record(user, id, body.version() == null ? -1 : body.version(), on, body.destination(),
                body.notes(), p);
    }

    // ---- feedback ---------------------------------------------------------------------------

    @PostMapping("/placements/{id}/feedback-links")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> sendFeedback(SignedInUser user, @PathVariable UUID id,
            @RequestBody(required = false) FeedbackLinkBody body) {
        feedback.send(user, id, body == null ? null : body.respondent(), body == null ? null : body.email());
        Map<String, Object> out = new HashMap<>();
        out.put("sent", true);
        out.put("expiresInDays", Feedback.LINK_LIFETIME.toDays());
        return out;
    }

    @GetMapping("/placements/{id}/feedback")
    ListPage<FeedbackAnswer> feedbackAnswers(SignedInUser user, @PathVariable UUID id) {
        List<FeedbackAnswer> all = feedback.answers(user, id);
        return new ListPage<>(all, 0, Math.max(all.size(), 1), all.size());
    }

    @GetMapping("/providers/{id}/feedback-summary")
    FeedbackSummary feedbackSummary(SignedInUser user, @PathVariable UUID id) {
        return feedback.summary(user, id);
    }
}
