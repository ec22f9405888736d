package org.waymark.compliance;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Rule 9: the provider records every scheduled session on the day. A scheduled session with no mark once it
 * has ended is missing; one flag per placement, from the date of the earliest missing session, owned by the
 * provider. Takes the moment of evaluation because "by the end of the session" is a time of day.
 */
public final class RegisterMissing {

    public Optional<Flag> evaluate(PlacementFacts p, Collection<ScheduledSession> sessions, LocalDateTime now) {
        List<ScheduledSession> missing = sessions.stream().filter(s -> !s.marked() && now.isAfter(s.endsAt()))
                .sorted(Comparator.comparing(ScheduledSession::endsAt)).toList();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        List<String> evidence = Stream.concat(
                Stream.of("Placement " + p.placementId() + " at provider " + p.providerId() + " has "
                        + missing.size() + " scheduled session" + (missing.size() == 1 ? "" : "s") + " without a mark."),
                missing.stream().map(s -> "No mark for the " + s.session() + " session of " + Words.date(s.date())
                        + ", which ended at " + s.endsAt().toLocalTime() + ".")).toList();
        return Optional.of(new Flag(FlagCode.REGISTER_MISSING, Severity.WARNING, SubjectType.PLACEMENT, p.placementId(),
                missing.get(0).date(), Owner.provider(p.providerId()), evidence));
    }
}
