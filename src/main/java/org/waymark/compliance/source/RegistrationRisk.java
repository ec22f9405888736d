package org.waymark.compliance.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.waymark.commissioning.PlacementSummary;
import org.waymark.commissioning.Placements;
import org.waymark.compliance.CountedPupil;
import org.waymark.compliance.PlacementFacts;
import org.waymark.compliance.ProviderFacts;
import org.waymark.compliance.ProviderRegistration;
import org.waymark.compliance.RegistrationPoint;
import org.waymark.compliance.RegistrationThreshold;
import org.waymark.directory.DirectoryListing;
import org.waymark.directory.ProviderDirectory;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.SignedInUser;
import org.waymark.pupil.Pupils;
import org.waymark.shared.ForbiddenException;
import org.waymark.shared.NotFoundException;

/**
 * A provider's registration risk for the LA: by date, the full-time pupils of compulsory school age it teaches
 * across every commissioner and LA, with the looked-after and EHCP ones marked (rule 3). Other LAs' children are
 * counted, never named: the LA sees its own placements behind each point.
 */
@Service
public class RegistrationRisk {

    /** An unregistered provider the LA's children attend, and where it stands today. */
    public record AtRisk(UUID providerId, String name, int fullTimePupilsToday, long lookedAfterOrEhcpToday,
            boolean thresholdReachedToday) {
    }

    /** A point of the timeline as the LA sees it. */
    public record Point(LocalDate date, int count, long lookedAfterOrEhcp, long proposedOnly, boolean reached,
            List<UUID> ourPlacements) {
    }

    public record Timeline(UUID providerId, String name, String registration, List<Point> points) {
    }

    private final Placements placements;
    private final Pupils pupils;
    private final ProviderDirectory directory;
    private final Organisations organisations;
    private final RegistrationThreshold threshold = new RegistrationThreshold();

    RegistrationRisk(Placements placements, Pupils pupils, ProviderDirectory directory, Organisations organisations) {
        this.placements = placements;
        this.pupils = pupils;
        this.directory = directory;
        this.organisations = organisations;
    }

    /** Unregistered providers that the LA's children attend or are proposed to attend, most at risk first. */
    public List<AtRisk> providers(SignedInUser user, LocalDate today) {
        requireLa(user);
        Set<UUID> ids = new LinkedHashSet<>();
        placements.allOf(user.localAuthorityId()).stream().filter(PlacementFlags::counts)
                .forEach(p -> ids.add(p.providerId()));
        List<AtRisk> list = new ArrayList<>();
        for (UUID id : ids) {
            DirectoryListing listing = directory.listing(id).orElse(null);
            if (listing == null || !"UNREGISTERED".equals(listing.registration())) {
                continue;
            }
            RegistrationPoint now = timelineOf(listing, user.localAuthorityId(), today, today).get(0);
            list.add(new AtRisk(id, organisations.providerName(id).orElse(""), now.count(), now.lookedAfterOrEhcp(),
                    now.thresholdReached()));
        }
        list.sort(Comparator.comparing(AtRisk::thresholdReachedToday).reversed()
                .thenComparing(Comparator.comparingInt(AtRisk::fullTimePupilsToday).reversed())
                .thenComparing(AtRisk::name));
        return list;
    }

    /** The timeline from {@code from} to {@code to}; 404 unless the LA's children attend the provider. */
    public Timeline timeline(SignedInUser user, UUID providerId, LocalDate from, LocalDate to) {
        requireLa(user);
        List<PlacementSummary> ours = placements.allOf(user.localAuthorityId()).stream()
                .filter(p -> p.providerId().equals(providerId)).filter(PlacementFlags::counts).toList();
        if (ours.isEmpty()) {
            throw new NotFoundException("provider");
        }
        DirectoryListing listing = directory.listing(providerId).orElseThrow(() -> new NotFoundException("provider"));
        Set<UUID> ourIds = new LinkedHashSet<>();
        ours.forEach(p -> ourIds.add(p.id()));
        List<Point> points = timelineOf(listing, user.localAuthorityId(), from, to).stream()
                .map(p -> new Point(p.date(), p.count(), p.lookedAfterOrEhcp(),
                        p.pupils().stream().filter(CountedPupil::proposedOnly).count(), p.thresholdReached(),
                        p.pupils().stream().flatMap(c -> c.placementIds().stream()).filter(ourIds::contains).toList()))
                .toList();
        return new Timeline(providerId, organisations.providerName(providerId).orElse(""), listing.registration(),
                points);
    }

    private List<RegistrationPoint> timelineOf(DirectoryListing listing, UUID localAuthorityId, LocalDate from,
            LocalDate to) {
        List<PlacementSummary> all = placements.allAtProvider(listing.providerId()).stream()
                .filter(PlacementFlags::counts).toList();
        List<PlacementFacts> facts = all.stream().map(PlacementFlags::facts).toList();
        var pupilFacts = pupils.find(all.stream().map(PlacementSummary::pupilId).distinct().toList()).values()
                .stream().map(PlacementFlags::pupilFacts).toList();
        ProviderFacts provider = new ProviderFacts(listing.providerId(), localAuthorityId,
                ProviderRegistration.UNREGISTERED, listing.status(), listing.statusSince(), null, null);
        return threshold.registrationTimeline(provider, facts, pupilFacts, from, to);
    }

    private static void requireLa(SignedInUser user) {
        if (!user.isLaWide()) {
            throw new ForbiddenException("The registration risk of providers is for LA officers");
        }
    }
}
