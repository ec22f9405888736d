package org.waymark.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Rule 3 (Education and Skills Act 2008 s.92, s.96): an institution that is not a school must register as an
 * independent school if on some date it gives full-time education to five or more pupils of compulsory school
 * age, or to one such pupil who is looked after or has an EHCP. The count runs across every commissioner's
 * and every LA's placements at the provider on the same dates, so feed it all of them.
 */
public final class RegistrationThreshold {

    private static final Set<PlacementStatus> TOOK_PLACE = EnumSet.of(PlacementStatus.ACTIVE, PlacementStatus.ENDED);
    private static final Set<PlacementStatus> PLANNED =
            EnumSet.of(PlacementStatus.PROPOSED, PlacementStatus.ACTIVE, PlacementStatus.ENDED);

    /**
     * PROVIDER_MUST_REGISTER for an UNREGISTERED provider when the threshold held on some date up to
     * {@code today} (placements that took place: ACTIVE and ENDED). {@code since} is the first such date.
     *
     * @param placements the provider's placements from every commissioner and LA (others are ignored)
     * @param pupils     the facts of every pupil those placements name
     */
    public Optional<Flag> evaluate(ProviderFacts provider, Collection<PlacementFacts> placements,
            Collection<PupilFacts> pupils, LocalDate today) {
        if (!provider.unregistered()) {
            return Optional.empty();
        }
        var counted = relevant(provider, placements, TOOK_PLACE);
        var pupilsById = byId(pupils);
        Optional<RegistrationPoint> first = changePoints(counted, pupilsById, today).stream()
                .filter(d -> !d.isAfter(today))
                .map(d -> pointOn(d, counted, pupilsById, today))
                .filter(RegistrationPoint::thresholdReached)
                .findFirst();
        if (first.isEmpty()) {
            return Optional.empty();
        }
        RegistrationPoint reached = first.get();
        RegistrationPoint now = pointOn(today, counted, pupilsById, today);
        return Optional.of(new Flag(FlagCode.PROVIDER_MUST_REGISTER, Severity.CRITICAL, SubjectType.PROVIDER,
                provider.providerId(), reached.date(), Owner.localAuthority(provider.localAuthorityId()),
                evidence(provider, reached, now, counted, today)));
    }

    /**
     * The registration-risk timeline from {@code from} to {@code to}: a point at {@code from} and at every later
     * date on which the pupils who count change. Counts PROPOSED placements too (marked proposed only), so an
     * LA sees a threshold that planned placements would reach. Placements count on their planned dates (an
     * ended one up to its end date).
     */
    public List<RegistrationPoint> registrationTimeline(ProviderFacts provider, Collection<PlacementFacts> placements,
            Collection<PupilFacts> pupils, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The timeline ends before it starts");
        }
        var counted = relevant(provider, placements, PLANNED);
        var pupilsById = byId(pupils);
        // The timeline follows the planned dates: an ACTIVE placement is not stretched past its planned end.
        LocalDate asOf = LocalDate.MIN;
        List<RegistrationPoint> timeline = new ArrayList<>();
        timeline.add(pointOn(from, counted, pupilsById, asOf));
        for (LocalDate d : changePoints(counted, pupilsById, asOf)) {
            if (d.isAfter(from) && !d.isAfter(to)) {
                RegistrationPoint point = pointOn(d, counted, pupilsById, asOf);
                if (!point.pupils().equals(timeline.get(timeline.size() - 1).pupils())) {
                    timeline.add(point);
                }
            }
        }
        return timeline;
    }

    /** The pupils who count on {@code date}. */
    private static RegistrationPoint pointOn(LocalDate date, Collection<PlacementFacts> providersPlacements,
            Map<UUID, PupilFacts> pupils, LocalDate today) {
        Map<UUID, List<PlacementFacts>> byPupil = new LinkedHashMap<>();
        providersPlacements.stream()
                .filter(p -> p.fullTimeAtProvider() && p.covers(date, today))
                .filter(p -> pupilOf(p, pupils).compulsorySchoolAgeOn(date))
                .sorted((a, b) -> a.start().compareTo(b.start()) != 0 ? a.start().compareTo(b.start())
                        : a.placementId().compareTo(b.placementId()))
                .forEach(p -> byPupil.computeIfAbsent(p.pupilId(), k -> new ArrayList<>()).add(p));
        List<CountedPupil> counted = byPupil.entrySet().stream().map(e -> {
            PupilFacts pupil = pupils.get(e.getKey());
            boolean proposedOnly = e.getValue().stream().allMatch(p -> p.status() == PlacementStatus.PROPOSED);
            return new CountedPupil(pupil.pupilId(), e.getValue().stream().map(PlacementFacts::placementId).toList(),
                    pupil.lookedAfter(), pupil.ehcp(), proposedOnly);
        }).toList();
        return new RegistrationPoint(date, counted);
    }

    private static List<PlacementFacts> relevant(ProviderFacts provider, Collection<PlacementFacts> placements,
            Set<PlacementStatus> statuses) {
        return placements.stream()
                .filter(p -> p.providerId().equals(provider.providerId()) && statuses.contains(p.status()))
                .toList();
    }

    private static Map<UUID, PupilFacts> byId(Collection<PupilFacts> pupils) {
        return pupils.stream().collect(Collectors.toMap(PupilFacts::pupilId, Function.identity(), (a, b) -> a));
    }

    private static PupilFacts pupilOf(PlacementFacts p, Map<UUID, PupilFacts> pupils) {
        return Objects.requireNonNull(pupils.get(p.pupilId()), () -> "No facts for pupil " + p.pupilId());
    }

    /** Every date on which the pupils who count may change, in order. */
    private static TreeSet<LocalDate> changePoints(List<PlacementFacts> placements, Map<UUID, PupilFacts> pupils,
            LocalDate today) {
        TreeSet<LocalDate> points = new TreeSet<>();
        for (PlacementFacts p : placements) {
            if (!p.fullTimeAtProvider()) {
                continue;
            }
            PupilFacts pupil = pupilOf(p, pupils);
            points.add(p.start());
            LocalDate last = p.lastDay(today);
            if (!last.equals(LocalDate.MAX)) {
                points.add(last.plusDays(1));
            }
            points.add(pupil.csaStart());
            points.add(pupil.csaEnd().plusDays(1));
        }
        return points;
    }

    private static List<String> evidence(ProviderFacts provider, RegistrationPoint reached, RegistrationPoint now,
            List<PlacementFacts> placements, LocalDate today) {
        Map<UUID, PlacementFacts> byId = placements.stream()
                .collect(Collectors.toMap(PlacementFacts::placementId, Function.identity()));
        List<String> evidence = new ArrayList<>();
        evidence.add("Provider " + provider.providerId() + " is unregistered.");
        evidence.add("On " + Words.date(reached.date()) + " it gave full-time education to " + reached.count()
                + " pupil" + (reached.count() == 1 ? "" : "s") + " of compulsory school age, "
                + reached.lookedAfterOrEhcp() + " of them looked after or with an EHCP"
                + " (registration is required at 5 pupils, or at 1 who is looked after or has an EHCP).");
        for (CountedPupil pupil : reached.pupils()) {
            for (UUID placementId : pupil.placementIds()) {
                PlacementFacts p = byId.get(placementId);
                evidence.add("Placement " + placementId + ": pupil " + pupil.pupilId() + ", commissioned by "
                        + Words.commissioner(p.commissioner()) + " for LA " + p.localAuthorityId() + ", full-time from "
                        + Words.date(p.start()) + marks(pupil) + ".");
            }
        }
        if (!now.date().equals(reached.date())) {
            evidence.add(now.thresholdReached()
                    ? "The threshold still holds on " + Words.date(today) + " with " + now.count() + " pupils."
                    : "On " + Words.date(today) + " " + now.count() + " full-time pupils of compulsory school age count;"
                            + " the provider gave education that required registration from " + Words.date(reached.date())
                            + ".");
        }
        return evidence;
    }

    private static String marks(CountedPupil pupil) {
        if (pupil.lookedAfter() && pupil.ehcp()) {
            return " (looked after, EHCP)";
        }
        return pupil.lookedAfter() ? " (looked after)" : pupil.ehcp() ? " (EHCP)" : "";
    }
}
