package org.waymark.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * An open concern about a provider that has pupils placed with it (an ACTIVE placement on {@code today}); one
 * flag per concern, from the later of the concern being raised and the start of the unbroken stretch of days
 * with pupils placed there. Safeguarding concerns are critical.
 */
public final class OpenConcern {

    public List<Flag> evaluate(ProviderFacts provider, Collection<ConcernFacts> concerns,
            Collection<PlacementFacts> placements, LocalDate today) {
        var atProvider = placements.stream().filter(p -> p.providerId().equals(provider.providerId())).toList();
        var placedNow = atProvider.stream().filter(p -> p.activeOn(today) && p.tookPlaceOn(today, today))
                .sorted(Comparator.comparing(PlacementFacts::start)).toList();
        if (placedNow.isEmpty()) {
            return List.of();
        }
        List<LocalDate> changes = new ArrayList<>();
        for (PlacementFacts p : atProvider) {
            changes.add(p.start());
            if (!p.lastDay(today).equals(LocalDate.MAX)) {
                changes.add(p.lastDay(today).plusDays(1));
            }
        }
        LocalDate placedSince = Runs.firstDayOfRunEndingOn(today,
                d -> atProvider.stream().anyMatch(p -> p.tookPlaceOn(d, today)), changes).orElseThrow();
        List<Flag> flags = new ArrayList<>();
        for (ConcernFacts c : concerns) {
            if (!c.providerId().equals(provider.providerId()) || !c.openOn(today)) {
                continue;
            }
            List<String> evidence = new ArrayList<>();
            evidence.add("Concern " + c.concernId() + " (" + Words.lowerWords(c.category()) + ") about provider "
                    + provider.providerId() + " was raised on " + Words.date(c.raisedOn()) + " and is open.");
            evidence.add(placedNow.size() + " placement" + (placedNow.size() == 1 ? " is" : "s are")
                    + " active there, with pupils placed since " + Words.date(placedSince) + ".");
            placedNow.forEach(p -> evidence.add("Placement " + p.placementId() + ": pupil " + p.pupilId()
                    + ", commissioned by " + Words.commissioner(p.commissioner()) + ", from " + Words.date(p.start()) + "."));
            flags.add(new Flag(FlagCode.OPEN_CONCERN,
                    c.category() == ConcernCategory.SAFEGUARDING ? Severity.CRITICAL : Severity.WARNING,
                    SubjectType.PROVIDER, provider.providerId(),
                    c.raisedOn().isAfter(placedSince) ? c.raisedOn() : placedSince,
                    Owner.localAuthority(provider.localAuthorityId()), evidence));
        }
        return flags;
    }
}
