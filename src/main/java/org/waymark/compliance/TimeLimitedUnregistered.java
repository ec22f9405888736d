package org.waymark.compliance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Rule 4: a placement in unregistered AP lasting at most one academic term is time-limited; longer than one
 * term it should be at most three days a week, unless the pupil's full-time offer is made of two or more
 * settings. Exactly one term is not more than one; three days a week is allowed.
 */
public final class TimeLimitedUnregistered {

    public static final int MAX_DAYS_BEYOND_ONE_TERM = 3;

    /** Whether the placement, as arranged, breaks rule 4 (for checking a placement when it is proposed). */
    public boolean breaches(ProviderFacts provider, PlacementFacts placement) {
        return provider.unregistered()
                && placement.moreThanOneTerm()
                && placement.daysPerWeek() > MAX_DAYS_BEYOND_ONE_TERM
                && placement.settingsInPupilsWeek() < 2;
    }

    /**
     * UNREGISTERED_OVER_TERM for each PROPOSED placement, and each ACTIVE one not yet past its last day, at the
     * provider that breaks rule 4; since the date the placement was proposed (the arrangement breaks the rule
     * from then).
     */
    public List<Flag> evaluate(ProviderFacts provider, Collection<PlacementFacts> placements, LocalDate today) {
        return placements.stream()
                .filter(p -> p.providerId().equals(provider.providerId()))
                .filter(p -> p.status() == PlacementStatus.PROPOSED
                        || p.status() == PlacementStatus.ACTIVE && !p.lastDay(today).isBefore(today))
                .filter(p -> breaches(provider, p))
                .map(p -> new Flag(FlagCode.UNREGISTERED_OVER_TERM, Severity.WARNING, SubjectType.PLACEMENT,
                        p.placementId(), p.proposedOn(), Owners.commissionerOf(p), List.of(
                                "Provider " + provider.providerId() + " is unregistered.",
                                "Placement " + p.placementId() + " runs from " + Words.date(p.start())
                                        + (p.plannedEnd() == null ? " with no planned end"
                                                : " to " + Words.date(p.plannedEnd()))
                                        + ", more than one academic term (it spans "
                                        + p.termsSpanned() + " terms).",
                                "It is " + p.daysPerWeek() + " days a week; beyond one term at most "
                                        + MAX_DAYS_BEYOND_ONE_TERM + " are expected.",
                                "The pupil's week is made of " + p.settingsInPupilsWeek() + " setting"
                                        + (p.settingsInPupilsWeek() == 1 ? "" : "s")
                                        + ", not a full-time offer made of two or more settings.")))
                .toList();
    }

    /** The same for a single placement. */
    public Optional<Flag> evaluate(ProviderFacts provider, PlacementFacts placement, LocalDate today) {
        return evaluate(provider, List.of(placement), today).stream().findFirst();
    }
}
