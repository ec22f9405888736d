package org.waymark.compliance.source;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.waymark.commissioning.Decisions;
import org.waymark.commissioning.PlacementSummary;
import org.waymark.commissioning.Placements;
import org.waymark.commissioning.TimetableSlot;
import org.waymark.compliance.Audience;
import org.waymark.compliance.Commissioner;
import org.waymark.compliance.ConcernCategory;
import org.waymark.compliance.ConcernFacts;
import org.waymark.compliance.OpenConcern;
import org.waymark.compliance.CommissionerType;
import org.waymark.compliance.DatedHours;
import org.waymark.compliance.EhcpLaNotConsulted;
import org.waymark.compliance.Flag;
import org.waymark.compliance.FlagCode;
import org.waymark.compliance.FlagSource;
import org.waymark.compliance.FullTimeEntitlement;
import org.waymark.compliance.HomeSchoolWeek;
import org.waymark.compliance.PlacementFacts;
import org.waymark.compliance.PlacementStatus;
import org.waymark.compliance.ProviderFacts;
import org.waymark.compliance.ProviderNotApproved;
import org.waymark.compliance.ProviderRegistration;
import org.waymark.compliance.PupilFacts;
import org.waymark.compliance.RaisedFlag;
import org.waymark.compliance.ReducedTimetable;
import org.waymark.compliance.ReducedTimetableReason;
import org.waymark.compliance.RegistrationThreshold;
import org.waymark.compliance.TimeLimitedUnregistered;
import org.waymark.directory.DirectoryListing;
import org.waymark.directory.ProviderDirectory;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.School;
import org.waymark.pupil.Pupil;
import org.waymark.pupil.Pupils;
import org.waymark.quality.QaRecords;

/**
 * The rules about placements, pupils' weeks and the providers they attend: PROVIDER_MUST_REGISTER (counted
 * across every commissioner and LA), UNREGISTERED_OVER_TERM, NOT_FULL_TIME, REDUCED_TIMETABLE_EXPIRED and
 * PROVIDER_NOT_APPROVED and OPEN_CONCERN, for one LA's children and the providers they attend.
 */
@Component
class PlacementFlags implements FlagSource {

    private final Placements placements;
    private final Pupils pupils;
    private final ProviderDirectory directory;
    private final Organisations organisations;
    private final RegistrationThreshold registration = new RegistrationThreshold();
    private final TimeLimitedUnregistered timeLimited = new TimeLimitedUnregistered();
    private final FullTimeEntitlement fullTime = new FullTimeEntitlement();
    private final ProviderNotApproved notApproved = new ProviderNotApproved();
    private final OpenConcern openConcern = new OpenConcern();
    private final QaRecords qaRecords;
    private final Decisions decisions;
    private final EhcpLaNotConsulted ehcp = new EhcpLaNotConsulted();

    PlacementFlags(Placements placements, Pupils pupils, ProviderDirectory directory, Organisations organisations,
            QaRecords qaRecords, Decisions decisions) {
        this.qaRecords = qaRecords;
        this.decisions = decisions;
        this.placements = placements;
        this.pupils = pupils;
        this.directory = directory;
        this.organisations = organisations;
    }

    @Override
    public Set<FlagCode> codes() {
        return Set.of(FlagCode.PROVIDER_MUST_REGISTER, FlagCode.UNREGISTERED_OVER_TERM, FlagCode.NOT_FULL_TIME,
                FlagCode.REDUCED_TIMETABLE_EXPIRED, FlagCode.PROVIDER_NOT_APPROVED, FlagCode.OPEN_CONCERN,
                FlagCode.EHCP_LA_NOT_CONSULTED);
    }

    @Override
    public List<RaisedFlag> raise(UUID localAuthorityId, LocalDateTime now) {
        LocalDate today = now.toLocalDate();
        List<PlacementSummary> ours = placements.allOf(localAuthorityId).stream().filter(PlacementFlags::counts)
                .toList();
        Map<UUID, Pupil> pupilsById = new HashMap<>(pupils.find(ours.stream().map(PlacementSummary::pupilId)
                .distinct().toList()));
        Map<UUID, PlacementSummary> byId = new HashMap<>();
        ours.forEach(p -> byId.put(p.id(), p));
        List<RaisedFlag> raised = new ArrayList<>();

        // providers our children attend, each judged on all its placements from every LA and commissioner
        Set<UUID> providerIds = new LinkedHashSet<>();
        ours.forEach(p -> providerIds.add(p.providerId()));
        List<ConcernFacts> concerns = qaRecords.concernsAbout(providerIds).stream()
                .map(c -> new ConcernFacts(c.id(), c.providerId(), ConcernCategory.valueOf(c.category().name()),
                        c.raisedOn(), c.closedOn()))
                .toList();
        for (UUID providerId : providerIds) {
            Optional<DirectoryListing> listing = directory.listing(providerId);
            if (listing.isEmpty()) {
                continue;
            }
            ProviderFacts provider = providerFacts(listing.get(), localAuthorityId);
            List<PlacementSummary> all = placements.allAtProvider(providerId).stream().filter(PlacementFlags::counts)
                    .toList();
            Map<UUID, Pupil> attending = pupils.find(all.stream().map(PlacementSummary::pupilId).distinct().toList());
            pupilsById.putAll(attending);
            List<PlacementFacts> allFacts = all.stream().map(PlacementFlags::facts).toList();
            List<PupilFacts> pupilFacts = attending.values().stream().map(PlacementFlags::pupilFacts).toList();
            registration.evaluate(provider, allFacts, pupilFacts, today).ifPresent(flag -> raised.add(
                    new RaisedFlag(flag, Audience.provider(localAuthorityId, providerId))));

            List<PlacementFacts> ourFacts = ours.stream().filter(p -> p.providerId().equals(providerId))
                    .map(PlacementFlags::facts).toList();
            for (Flag flag : timeLimited.evaluate(provider, ourFacts, today)) {
                raised.add(new RaisedFlag(flag, placementAudience(byId.get(flag.subjectId()), pupilsById)));
            }
            for (Flag flag : notApproved.evaluate(provider, ourFacts, today)) {
                raised.add(new RaisedFlag(flag, placementAudience(byId.get(flag.subjectId()), pupilsById)));
            }
            // concerns are the LA's to look into: no school or provider audience
            for (Flag flag : openConcern.evaluate(provider, concerns, ourFacts, today)) {
                raised.add(new RaisedFlag(flag, new Audience(localAuthorityId, null, null, null, null)));
            }
        }

        // EHCP pupils' placements need the LA SEN team's decision (rule 7)
        Map<UUID, LocalDate> senDecisions = decisions.laSenDecisionDates(byId.keySet());
        for (PlacementSummary p : ours) {
            Pupil pupil = pupilsById.get(p.pupilId());
            if (pupil == null || !pupil.ehcp()) {
                continue;
            }
            PlacementFacts f = facts(p);
            PlacementFacts withDecision = new PlacementFacts(f.placementId(), f.pupilId(), f.providerId(),
                    f.commissioner(), f.localAuthorityId(), f.status(), f.proposedOn(), f.start(), f.plannedEnd(),
                    f.endedOn(), f.fullTimeAtProvider(), f.daysPerWeek(), f.weeklyHours(), f.termsSpanned(),
                    f.moreThanOneTerm(), f.settingsInPupilsWeek(), f.reviewIntervalWeeks(), f.lastReviewOn(),
                    f.nextReviewOn(), senDecisions.get(p.id()));
            ehcp.evaluate(pupilFacts(pupil), withDecision, today).ifPresent(flag -> raised.add(
                    new RaisedFlag(flag, placementAudience(p, pupilsById))));
        }

        // each child's week across the home school, the placement and other settings
        Map<UUID, List<PlacementSummary>> byPupil = new LinkedHashMap<>();
        ours.forEach(p -> byPupil.computeIfAbsent(p.pupilId(), k -> new ArrayList<>()).add(p));
        for (Map.Entry<UUID, List<PlacementSummary>> e : byPupil.entrySet()) {
            Pupil pupil = pupilsById.get(e.getKey());
            if (pupil == null || !pupil.localAuthorityId().equals(localAuthorityId)) {
                continue;
            }
            List<PlacementSummary> theirs = e.getValue();
            if (theirs.stream().noneMatch(p -> p.status() == org.waymark.commissioning.PlacementStatus.ACTIVE)) {
                // after the last placement ends the pupil's week is the home school's again, which Waymark does
                // not record: no shortfall can be dated from missing hours
                continue;
            }
            for (Flag flag : fullTime.evaluate(pupilFacts(pupil), week(pupil, theirs, today),
                    theirs.stream().map(PlacementFlags::facts).toList(), reducedTimetables(theirs), today)) {
                raised.add(new RaisedFlag(flag, new Audience(localAuthorityId, pupil.homeSchoolId(), null,
                        pupil.familyId(), pupil.id())));
            }
        }
        return raised;
    }

    /** Drafts and cancelled placements are plans that never happened: no rule counts them. */
    static boolean counts(PlacementSummary p) {
        return p.startDate() != null && (p.status() == org.waymark.commissioning.PlacementStatus.PROPOSED
                || p.status() == org.waymark.commissioning.PlacementStatus.ACTIVE
                || p.status() == org.waymark.commissioning.PlacementStatus.ENDED);
    }

    private static ProviderFacts providerFacts(DirectoryListing listing, UUID localAuthorityId) {
        ProviderRegistration registration;
        try {
            registration = ProviderRegistration.valueOf(listing.registration());
        } catch (IllegalArgumentException e) {
            registration = ProviderRegistration.UNREGISTERED;
        }
        return new ProviderFacts(listing.providerId(), localAuthorityId, registration,
                org.waymark.directory.DirectoryStatus.valueOf(listing.status().name()), listing.statusSince(),
                listing.status() == org.waymark.directory.DirectoryStatus.APPROVED ? listing.statusSince() : null,
                null);
    }

    static PlacementFacts facts(PlacementSummary s) {
        Set<String> settings = new LinkedHashSet<>();
        settings.add("provider");
        if (!s.homeSchoolTimetable().isEmpty()) {
            settings.add("home school");
        }
        for (TimetableSlot slot : s.otherTimetable()) {
            settings.add("other:" + (slot.settingName() == null ? "" : slot.settingName()));
        }
        return new PlacementFacts(s.id(), s.pupilId(), s.providerId(),
                new Commissioner(CommissionerType.valueOf(s.commissioner().type().name()), s.commissioner().id()),
                s.localAuthorityId(), PlacementStatus.valueOf(s.status().name()), s.proposedOn(), s.startDate(),
                s.plannedEndDate(), s.endedOn(), s.fullTimeAtProvider(), s.daysPerWeek(), s.weeklyHours(),
                s.lengthInTerms(), s.moreThanOneTerm(), settings.size(), s.reviewIntervalWeeks(), null,
                s.nextReviewDate(), null);
    }

    static PupilFacts pupilFacts(Pupil p) {
        var csa = p.compulsorySchoolAge();
        return new PupilFacts(p.id(), p.localAuthorityId(), p.homeSchoolId(), csa.start(), csa.end(), p.lookedAfter(),
                p.ehcp(), p.childProtectionPlan(), p.childInNeed());
    }

    /** The home school's normal week, and the hours the pupil's placements put at the home school and elsewhere. */
    private HomeSchoolWeek week(Pupil pupil, Collection<PlacementSummary> theirs, LocalDate today) {
        BigDecimal normal = pupil.homeSchoolId() == null ? HomeSchoolWeek.DEFAULT_NORMAL_WEEK
                : organisations.findSchool(pupil.homeSchoolId()).map(School::normalWeeklyHours)
                        .orElse(HomeSchoolWeek.DEFAULT_NORMAL_WEEK);
        List<DatedHours> hours = new ArrayList<>();
        for (PlacementSummary p : theirs) {
            if (p.status() == org.waymark.commissioning.PlacementStatus.PROPOSED) {
                continue;
            }
            BigDecimal elsewhere = hours(p.homeSchoolTimetable()).add(hours(p.otherTimetable()));
            if (elsewhere.signum() > 0) {
                LocalDate to = p.endedOn() != null ? p.endedOn() : p.plannedEndDate();
                hours.add(new DatedHours(p.startDate(), to, elsewhere));
            }
        }
        return new HomeSchoolWeek(pupil.homeSchoolId(), normal, hours);
    }

    private static BigDecimal hours(List<TimetableSlot> slots) {
        return slots.stream().map(TimetableSlot::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<ReducedTimetable> reducedTimetables(Collection<PlacementSummary> theirs) {
        List<ReducedTimetable> list = new ArrayList<>();
        for (PlacementSummary p : theirs) {
            var terms = p.reducedTimetable();
            if (terms == null) {
                continue;
            }
            ReducedTimetableReason reason = null;
            try {
                reason = terms.reason() == null ? null : ReducedTimetableReason.valueOf(terms.reason());
            } catch (IllegalArgumentException e) {
                reason = null;
            }
            list.add(new ReducedTimetable(p.id(), reason, terms.parentAgreed(), p.startDate(), terms.endDate(),
                    terms.reviewDate()));
        }
        return list;
    }

    /** A placement's flag is seen by the commissioning (or home) school, the provider and a commissioning parent. */
    private static Audience placementAudience(PlacementSummary p, Map<UUID, Pupil> pupilsById) {
        Pupil pupil = pupilsById.get(p.pupilId());
        UUID school = p.commissioner().type() == org.waymark.commissioning.CommissionerType.SCHOOL
                ? p.commissioner().id() : p.homeSchoolId();
        UUID family = p.commissioner().type() == org.waymark.commissioning.CommissionerType.PARENT && pupil != null
                ? pupil.familyId() : null;
        return new Audience(p.localAuthorityId(), school, p.providerId(), family, p.pupilId());
    }

}
