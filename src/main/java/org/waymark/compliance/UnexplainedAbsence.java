package org.waymark.compliance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An absence mark the school has not followed up within the same school day: flagged from the next day while
 * it stays without follow-up. Critical when the pupil has a social worker (looked after, child protection plan
 * or child in need), whose unexplained absence is shared with them ("Working together to improve school
 * attendance", 2024).
 */
public final class UnexplainedAbsence {

    public Optional<Flag> evaluate(PlacementFacts p, PupilFacts pupil, Collection<AbsenceMark> absences,
            LocalDate today) {
        List<AbsenceMark> open = absences.stream()
                .filter(a -> a.date().isBefore(today) && a.followedUpOn() == null)
                .sorted(Comparator.comparing(AbsenceMark::date).thenComparing(AbsenceMark::session)).toList();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        List<String> evidence = Stream.concat(
                open.stream().map(a -> "Absence (code " + a.code() + ") at placement " + p.placementId() + " in the "
                        + a.session() + " session of " + Words.date(a.date()) + " has not been followed up by "
                        + Words.commissioner(p.commissioner()) + "."),
                pupil.hasSocialWorker() ? Stream.of("Pupil " + pupil.pupilId()
                        + " has a social worker; unexplained absence is shared with them.") : Stream.<String>empty())
                .toList();
        return Optional.of(new Flag(FlagCode.UNEXPLAINED_ABSENCE,
                pupil.hasSocialWorker() ? Severity.CRITICAL : Severity.WARNING, SubjectType.PLACEMENT,
                p.placementId(), open.get(0).date().plusDays(1), Owners.commissionerOf(p), evidence));
    }
}
