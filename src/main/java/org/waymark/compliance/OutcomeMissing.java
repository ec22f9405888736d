package org.waymark.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An ended placement with no outcome recorded (from the day after its last day), or, for a Year 11 leaver, a
 * destination check due 3, 12 or 24 months after leaving and not done (from the day after it fell due).
 * One flag per placement, since the earliest of these; the evidence lists each.
 */
public final class OutcomeMissing {

    public static final List<Integer> DESTINATION_CHECK_MONTHS = List.of(3, 12, 24);

    public Optional<Flag> evaluate(PlacementFacts p, LeavingFacts leaving, LocalDate today) {
        if (p.status() != PlacementStatus.ENDED || !leaving.placementId().equals(p.placementId())) {
            return Optional.empty();
        }
        LocalDate since = null;
        Severity severity = Severity.INFO;
        List<String> evidence = new ArrayList<>();
        LocalDate endedFrom = p.endedOn().plusDays(1);
        if (!leaving.outcomeRecorded() && !today.isBefore(endedFrom)) {
            since = endedFrom;
            severity = Severity.WARNING;
            evidence.add("Placement " + p.placementId() + " ended on " + Words.date(p.endedOn())
                    + " and no outcome is recorded.");
        }
        if (leaving.year11Leaver()) {
            for (int months : DESTINATION_CHECK_MONTHS) {
                LocalDate due = p.endedOn().plusMonths(months);
                if (today.isAfter(due) && !leaving.destinationChecksDone().contains(months)) {
                    since = since == null || due.plusDays(1).isBefore(since) ? due.plusDays(1) : since;
                    evidence.add("Pupil " + p.pupilId() + " left in Year 11 on " + Words.date(p.endedOn()) + "; the "
                            + months + "-month destination check was due on " + Words.date(due) + " and is not done.");
                }
            }
        }
        if (since == null) {
            return Optional.empty();
        }
        return Optional.of(new Flag(FlagCode.OUTCOME_MISSING, severity, SubjectType.PLACEMENT, p.placementId(), since,
                Owners.commissionerOf(p), evidence));
    }
}
