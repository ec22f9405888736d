package org.waymark.compliance.source;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.waymark.commissioning.PlacementSummary;
import org.waymark.commissioning.Placements;
import org.waymark.compliance.Audience;
import org.waymark.compliance.Commissioner;
import org.waymark.compliance.CommissionerType;
import org.waymark.compliance.FlagCode;
import org.waymark.compliance.FlagSource;
import org.waymark.compliance.LeavingFacts;
import org.waymark.compliance.OutcomeMissing;
import org.waymark.compliance.PlacementFacts;
import org.waymark.compliance.PlacementStatus;
import org.waymark.compliance.RaisedFlag;
import org.waymark.compliance.ReviewOverdue;
import org.waymark.review.Endings;
import org.waymark.review.PlacementLeaving;
import org.waymark.review.Reviews;

/**
 * Flags about reviews and endings: REVIEW_OVERDUE on active placements (the due date from the review module's
 * schedule, so dual registration's 6- and 12-week reviews count) and OUTCOME_MISSING on ended ones (no final
 * report, or a Year 11 leaver's destination check overdue).
 */
@Component
class ReviewFlags implements FlagSource {

    private final Placements placements;
    private final Reviews reviews;
    private final Endings endings;
    private final ReviewOverdue reviewOverdue = new ReviewOverdue();
    private final OutcomeMissing outcomeMissing = new OutcomeMissing();

    ReviewFlags(Placements placements, Reviews reviews, Endings endings) {
        this.placements = placements;
        this.reviews = reviews;
        this.endings = endings;
    }

    @Override
    public Set<FlagCode> codes() {
        return Set.of(FlagCode.REVIEW_OVERDUE, FlagCode.OUTCOME_MISSING);
    }

    @Override
    public List<RaisedFlag> raise(UUID localAuthorityId, LocalDateTime now) {
        LocalDate today = now.toLocalDate();
        Map<UUID, LocalDate> lastReviews = reviews.latestReviewDates(localAuthorityId);
        Map<UUID, PlacementLeaving> leaving = endings.leavingIn(localAuthorityId).stream()
                .collect(Collectors.toMap(PlacementLeaving::placementId, Function.identity()));
        List<RaisedFlag> raised = new ArrayList<>();
        for (PlacementSummary p : placements.allOf(localAuthorityId)) {
            switch (p.status()) {
                case ACTIVE -> {
                    LocalDate last = lastReviews.get(p.id());
                    PlacementFacts facts = facts(p, PlacementStatus.ACTIVE).lastReviewOn(last)
                            .nextReviewOn(reviews.dueOn(p, last)).build();
                    reviewOverdue.evaluate(facts, today).ifPresent(f -> raised.add(new RaisedFlag(f, audience(p))));
                }
                case ENDED -> {
                    if (p.endedOn() == null) {
                        continue;
                    }
                    PlacementLeaving l = leaving.get(p.id());
                    LeavingFacts facts = l == null ? new LeavingFacts(p.id(), false, false, Set.of())
                            : new LeavingFacts(p.id(), l.outcomeRecorded() && p.endOutcome() != null,
                                    l.year11Leaver(), l.destinationChecksDone());
                    outcomeMissing.evaluate(facts(p, PlacementStatus.ENDED).endedOn(p.endedOn()).build(), facts,
                            today).ifPresent(f -> raised.add(new RaisedFlag(f, audience(p))));
                }
                default -> {
                }
            }
        }
        return raised;
    }

    private static PlacementFacts.Builder facts(PlacementSummary p, PlacementStatus status) {
        return PlacementFacts.builder(p.id(), p.pupilId(), p.providerId())
                .commissioner(new Commissioner(CommissionerType.valueOf(p.commissioner().type().name()),
                        p.commissioner().id()), p.localAuthorityId())
                .status(status).proposedOn(p.proposedOn()).dates(p.startDate(), p.plannedEndDate())
                .fullTimeAtProvider(p.fullTimeAtProvider()).daysPerWeek(p.daysPerWeek()).weeklyHours(p.weeklyHours())
                .terms(p.lengthInTerms(), p.moreThanOneTerm()).reviewIntervalWeeks(p.reviewIntervalWeeks());
    }

    /** ADR 0401: the LA, the commissioning school, the provider and the commissioning family see placement flags. */
    private static Audience audience(PlacementSummary p) {
        var c = p.commissioner();
        return new Audience(p.localAuthorityId(),
                c.type() == org.waymark.commissioning.CommissionerType.SCHOOL ? c.id() : null, p.providerId(),
                c.type() == org.waymark.commissioning.CommissionerType.PARENT ? c.id() : null, p.pupilId());
    }
}
