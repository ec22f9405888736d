package org.waymark.oversight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.waymark.commissioning.PlacementSummary;
import org.waymark.commissioning.Placements;
import org.waymark.directory.ProviderDirectory;
import org.waymark.organisation.LocalAuthority;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.SignedInUser;
import org.waymark.quality.Concerns;
import org.waymark.quality.QaOutcome;
import org.waymark.quality.QaRecords;

/**
 * The LA's children placed out of its area (ADR 0712): in AP today with a provider that is not on the LA's own
 * directory but works with other LAs, each with the provider's latest signed-off QA outcome and open concerns, which
 * the provider's LAs share with every LA whose children attend it.
 */
@Service
public class OutOfArea {

    /** A child placed out of area, and what the LA knows of the provider's quality. */
    public record Placement(UUID placementId, String child, String provider, List<String> providerLas,
            LocalDate start, int tier, QaOutcome latestQa, long openConcerns) {
    }

    private final Placements placements;
    private final ProviderDirectory directory;
    private final Organisations organisations;
    private final QaRecords qa;
    private final java.time.Clock clock;
    private final Concerns concernList;

    OutOfArea(Placements placements, ProviderDirectory directory, Organisations organisations, QaRecords qa,
            Concerns concernList, java.time.Clock clock) {
        this.concernList = concernList;
        this.placements = placements;
        this.directory = directory;
        this.organisations = organisations;
        this.qa = qa;
        this.clock = clock;
    }

    public List<Placement> list(SignedInUser user) {
        LaOverview.requireLa(user);
        UUID la = user.localAuthorityId();
        List<PlacementSummary> active = placements.activeOn(la, LocalDate.now(clock));
        Map<UUID, List<UUID>> las = directory.localAuthorityIds(active.stream().map(PlacementSummary::providerId)
                .distinct().toList());
        List<PlacementSummary> away = active.stream()
                .filter(p -> !las.getOrDefault(p.providerId(), List.of()).contains(la)).toList();
        List<UUID> providers = away.stream().map(PlacementSummary::providerId).distinct().toList();
        Map<UUID, QaOutcome> outcomes = qa.latestOutcomes(providers);
        // what this LA may see of each provider's concerns (those naming another LA's child are not shared)
        Map<UUID, Long> concerns = new HashMap<>();
        providers.forEach(id -> concerns.put(id, concernList.count(user, id, true)));
        Map<UUID, String> laNames = new HashMap<>();
        List<Placement> out = new ArrayList<>();
        for (PlacementSummary p : away) {
            List<String> names = las.getOrDefault(p.providerId(), List.of()).stream()
                    .map(id -> laNames.computeIfAbsent(id, k -> organisations.findLocalAuthority(k)
                            .map(LocalAuthority::name).orElse("")))
                    .toList();
            out.add(new Placement(p.id(), p.pupilName(), p.providerName(), names, p.startDate(), p.tier(),
                    outcomes.get(p.providerId()), concerns.getOrDefault(p.providerId(), 0L)));
        }
        out.sort(Comparator.comparing(Placement::provider).thenComparing(Placement::child));
        return out;
    }
}
