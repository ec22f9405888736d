package org.waymark.commissioning;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.audit.AuditTrail;
import org.waymark.calendar.LaCalendar;
import org.waymark.calendar.SchoolCalendar;
import org.waymark.directory.ProviderDirectory;
import org.waymark.organisation.OrganisationRef;
import org.waymark.organisation.OrganisationType;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.Role;
import org.waymark.organisation.School;
import org.waymark.organisation.SignedInUser;
import org.waymark.organisation.UserAccount;
import org.waymark.organisation.Users;
import org.waymark.pupil.Pupil;
import org.waymark.pupil.Pupils;
import org.waymark.shared.ConflictException;
import org.waymark.shared.ForbiddenException;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.MailMessage;
import org.waymark.shared.NotFoundException;
import org.waymark.shared.NoticeForUser;
import org.waymark.shared.Problems;
import org.waymark.shared.Timestamps;
import org.waymark.shared.WaymarkSettings;

/**
 * Placements, scoped in SQL to the caller: the LA its own children's, a school its pupils', a family its child's,
 * a partner its granted pupils', a provider those offered to it (proposed, active, ended). The lifecycle is
 * DRAFT → PROPOSED → (accepted) → ACTIVE → ENDED, or CANCELLED; a provider's decline returns it to DRAFT.
 */
@Service
public class Placements {

    /** Outcomes on ending (domain.md "Outcome and destination"). */
    public static final Map<String, String> OUTCOMES = outcomes();

    private static Map<String, String> outcomes() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("REINTEGRATED_TO_MAINSTREAM", "Reintegrated to mainstream");
        m.put("MOVED_TO_SPECIALIST_SETTING", "Moved to a specialist setting");
        m.put("MOVED_TO_REGISTERED_AP", "Moved to registered AP");
        m.put("POST_16_EDUCATION", "Post-16 education");
        m.put("TRAINING", "Training");
        m.put("EMPLOYMENT", "Employment");
        m.put("NEET", "Not in education, employment or training");
        m.put("MOVED_AWAY", "Moved away");
        m.put("OTHER", "Other");
        return java.util.Collections.unmodifiableMap(m);
    }

    private static final String COLUMNS = """
            id, pupil_id, provider_id, commissioner_type, commissioner_id, local_authority_id, status, start_date,
            planned_end_date, tier, route, registration_arrangement, review_interval_weeks, next_review_date,
            school_contact_user_id, provider_contact, reduced_reason, reduced_parent_agreed, reduced_end_date,
            reduced_review_date, shorter_day_reason, proposed_on, accepted_on, decline_reason, activated_on, ended_on,
            end_outcome, end_notes, cancel_reason, due_diligence_complete, version""";

    record Row(UUID id, UUID pupilId, UUID providerId, String commissionerType, UUID commissionerId,
            UUID localAuthorityId, String status, LocalDate startDate, LocalDate plannedEndDate, int tier, String route,
            String registrationArrangement, int reviewIntervalWeeks, LocalDate nextReviewDate,
            UUID schoolContactUserId, String providerContact, String reducedReason, boolean reducedParentAgreed,
            LocalDate reducedEndDate, LocalDate reducedReviewDate, String shorterDayReason, LocalDate proposedOn,
            LocalDate acceptedOn, String declineReason, LocalDate activatedOn, LocalDate endedOn, String endOutcome,
            String endNotes, String cancelReason, boolean dueDiligenceComplete, int version) {
    }

    private final JdbcClient db;
    private final Clock clock;
    private final AuditTrail audit;
    private final Pupils pupils;
    private final Organisations organisations;
    private final Users users;
    private final ProviderDirectory directory;
    private final SchoolCalendar calendar;
    private final ApplicationEventPublisher events;
    private final WaymarkSettings settings;

    Placements(JdbcClient db, Clock clock, AuditTrail audit, Pupils pupils, Organisations organisations, Users users,
            ProviderDirectory directory, SchoolCalendar calendar, ApplicationEventPublisher events,
            WaymarkSettings settings) {
        this.db = db;
        this.clock = clock;
        this.audit = audit;
        this.pupils = pupils;
        this.organisations = organisations;
        this.users = users;
        this.directory = directory;
        this.calendar = calendar;
        this.events = events;
        this.settings = settings;
    }

    // ---- reads ------------------------------------------------------------------------------

    /** A placement the caller may see (the view is audited), or 404; 403 for a role that sees none. */
    public PlacementSummary summary(SignedInUser user, UUID id) {
        PlacementSummary s = read(user, id);
        audit.record(user, AuditTrail.Action.VIEWED, "PLACEMENT", id, s.pupilId(), s.localAuthorityId(), "placement");
        return s;
    }

    /** The same as {@link #summary} without an audit entry (for pages that audit their own view). */
    public PlacementSummary read(SignedInUser user, UUID id) {
        requireSeesPlacements(user);
        Scope scope = scope(user);
        Row row = db.sql("select " + COLUMNS + " from placement where id = :id and " + scope.where)
                .param("id", id).params(scope.params).query(Row.class).optional()
                .orElseThrow(() -> new NotFoundException("Placement"));
        return summaries(List.of(row)).get(0);
    }

    /** Unscoped: for scheduled work and for services that have checked the caller. */
    public Optional<PlacementSummary> find(UUID id) {
        return db.sql("select " + COLUMNS + " from placement where id = ?").param(id).query(Row.class).optional()
                .map(r -> summaries(List.of(r)).get(0));
    }

    /** Placements in the caller's scope, filtered by any of pupil, provider and status, newest start first. */
    public List<PlacementSummary> list(SignedInUser user, UUID pupilId, UUID providerId, PlacementStatus status,
            int page, int size) {
        requireSeesPlacements(user);
        Filter f = filter(user, pupilId, providerId, status);
        return summaries(db.sql("select " + COLUMNS + " from placement where " + f.where
                        + " order by start_date desc, id limit :size offset :offset")
                .params(f.params).param("size", size).param("offset", (long) page * size).query(Row.class).list());
    }

    public long count(SignedInUser user, UUID pupilId, UUID providerId, PlacementStatus status) {
        requireSeesPlacements(user);
        Filter f = filter(user, pupilId, providerId, status);
        return db.sql("select count(*) from placement where " + f.where).params(f.params).query(Long.class).single();
    }

    /** Every placement of a pupil the caller may see, newest first. */
    public List<PlacementSummary> forPupil(SignedInUser user, UUID pupilId) {
        return list(user, pupilId, null, null, 0, 200);
    }

    /** Unscoped: every placement of a pupil (for the pupil's whole week). */
    public List<PlacementSummary> allForPupil(UUID pupilId) {
        return summaries(db.sql("select " + COLUMNS + " from placement where pupil_id = ? order by start_date desc, id")
                .param(pupilId).query(Row.class).list());
    }

    /**
     * Unscoped: the ACTIVE placements at a provider on a date (started, and not past the planned end), for
     * registers. An active placement that has run past its planned end still counts until it is ended or extended.
     */
    public List<PlacementAtProvider> activeAt(UUID providerId, LocalDate date) {
        List<Row> rows = db.sql("select " + COLUMNS + " from placement where provider_id = ? and status = 'ACTIVE' "
                        + "and start_date <= ? order by start_date, id")
                .params(providerId, date).query(Row.class).list();
        return summaries(rows).stream()
                .map(s -> new PlacementAtProvider(s.id(), s.pupilId(), s.pupilName(), s.timetable(), s.startDate(),
                        s.plannedEndDate(), s.commissioner(), s.homeSchoolId(), s.localAuthorityId(),
                        s.registrationArrangement(), s.providerName(), s.schoolContactUserId()))
                .toList();
    }

    /**
     * The same for a signed-in user: provider staff for their own provider, LA roles for their own LA's children
     * at any provider; 403 for other roles, 404 for another provider.
     */
    public List<PlacementAtProvider> activeAt(SignedInUser user, UUID providerId, LocalDate date) {
        if (user.role() == Role.PROVIDER_STAFF) {
            if (!user.organisationId().equals(providerId)) {
                throw new NotFoundException("Provider");
            }
            return activeAt(providerId, date);
        }
        if (user.isLaWide()) {
            return activeAt(providerId, date).stream().filter(p -> p.localAuthorityId().equals(user.localAuthorityId()))
                    .toList();
        }
        throw new ForbiddenException("Only provider staff and LA officers see a provider's register");
    }

    /** Unscoped: every ACTIVE placement of an LA's children that has started by {@code date}. */
    public List<PlacementSummary> activeOn(UUID localAuthorityId, LocalDate date) {
        return summaries(db.sql("select " + COLUMNS + " from placement where local_authority_id = ? and status = 'ACTIVE' "
                + "and start_date <= ? order by start_date, id").params(localAuthorityId, date).query(Row.class).list());
    }

    /** Unscoped: every placement of an LA's children in any status (for flag evaluation and exports). */
    public List<PlacementSummary> allOf(UUID localAuthorityId) {
        return summaries(db.sql("select " + COLUMNS + " from placement where local_authority_id = ? order by start_date, id")
                .param(localAuthorityId).query(Row.class).list());
    }

    /** Unscoped: every placement at a provider in PROPOSED, ACTIVE or ENDED (the registration threshold counts all). */
    public List<PlacementSummary> allAtProvider(UUID providerId) {
        return summaries(db.sql("select " + COLUMNS + " from placement where provider_id = ? "
                + "and status in ('PROPOSED', 'ACTIVE', 'ENDED') order by start_date, id").param(providerId)
                .query(Row.class).list());
    }

    /**
     * For census exports and termly reports: the placements arranged by one kind of commissioner ({@code null}: any,
     * LA roles only) that were open at some point between
     * {@code from} and {@code to} (started by {@code to}, and not ended before {@code from}; ACTIVE or ENDED), in the
     * caller's scope (a school: the placements it commissioned; LA roles: their LA's children), oldest first.
     * Read {@value #BATCH} at a time, each batch handed to {@code each} before the next is read, so that a very large
     * range is never held in memory. Other roles: 403.
     */
    public void eachOpenBetween(SignedInUser user, CommissionerType arrangedBy, LocalDate from, LocalDate to,
            java.util.function.Consumer<List<PlacementSummary>> each) {
        String scope;
        Map<String, Object> params = new HashMap<>();
        if (user.isLaWide()) {
            scope = "local_authority_id = :la";
            params.put("la", user.localAuthorityId());
        } else if (user.role() == Role.SCHOOL_COMMISSIONER && arrangedBy == CommissionerType.SCHOOL) {
            scope = "commissioner_id = :school";
            params.put("school", user.organisationId());
        } else {
            throw new ForbiddenException("Census exports are for schools' commissioners and LA officers");
        }
        if (arrangedBy != null) {
            scope += " and commissioner_type = :type";
            params.put("type", arrangedBy.name());
        }
        params.put("from", from);
        params.put("to", to);
        LocalDate afterStart = LocalDate.of(1900, 1, 1);
        UUID afterId = new UUID(0, 0);
        while (true) {
            List<Row> rows = db.sql("select " + COLUMNS + " from placement where " + scope
                            + " and status in ('ACTIVE', 'ENDED') and start_date <= :to"
                            + " and (ended_on is null or ended_on >= :from)"
                            + " and (start_date > :afterStart or (start_date = :afterStart and id > :afterId))"
                            + " order by start_date, id limit " + BATCH)
                    .params(params).param("afterStart", afterStart).param("afterId", afterId).query(Row.class).list();
            if (rows.isEmpty()) {
                return;
            }
            each.accept(summaries(rows));
            if (rows.size() < BATCH) {
                return;
            }
            Row last = rows.get(rows.size() - 1);
            afterStart = last.startDate();
            afterId = last.id();
        }
    }

    /**
     * Unscoped: the providers where an LA's children are placed now (an ACTIVE placement), wherever the provider is:
     * each such LA shares the provider's QA summary and concerns (ADR 0712).
     */
    public List<UUID> providersAttendedBy(UUID localAuthorityId) {
        return db.sql("select distinct provider_id from placement where local_authority_id = ? and status = 'ACTIVE'")
                .param(localAuthorityId).query(UUID.class).list();
    }

    /** Rows read at a time by the exports. */
    public static final int BATCH = 500;

    public List<PlacementHistoryEntry> history(SignedInUser user, UUID placementId) {
        read(user, placementId);
        return db.sql("""
                select h.at, h.status, h.note, u.name as user_name from placement_history h
                left join app_user u on u.id = h.user_id where h.placement_id = ? order by h.at, h.id""")
                .param(placementId).query(PlacementHistoryEntry.class).list();
    }

    public List<PlacementExtension> extensions(SignedInUser user, UUID placementId) {
        read(user, placementId);
        return db.sql("""
                select previous_end_date, new_end_date, reason, recorded_at from placement_extension
                where placement_id = ? order by recorded_at""").param(placementId).query(PlacementExtension.class).list();
    }

    private record Scope(String where, Map<String, Object> params) {
    }

    private record Filter(String where, Map<String, Object> params) {
    }

    private Scope scope(SignedInUser user) {
        return switch (user.role()) {
            case LA_ADMIN, LA_OFFICER -> new Scope("local_authority_id = :scopeLa", Map.of("scopeLa", user.localAuthorityId()));
            case PROVIDER_STAFF -> new Scope("provider_id = :scopeProvider and status in ('PROPOSED', 'ACTIVE', 'ENDED')",
                    Map.of("scopeProvider", user.organisationId()));
            case SCHOOL_COMMISSIONER, PARENT_COMMISSIONER, PARTNER -> {
                List<UUID> ids = pupils.idsInScope(user);
                yield new Scope("pupil_id in (:scopePupils)",
                        Map.of("scopePupils", ids.isEmpty() ? List.of(new UUID(0, 0)) : ids));
            }
            default -> new Scope("1 = 0", Map.of());
        };
    }

    private Filter filter(SignedInUser user, UUID pupilId, UUID providerId, PlacementStatus status) {
        Scope s = scope(user);
        StringBuilder where = new StringBuilder(s.where);
        Map<String, Object> params = new HashMap<>(s.params);
        if (pupilId != null) {
            where.append(" and pupil_id = :pupilId");
            params.put("pupilId", pupilId);
        }
        if (providerId != null) {
            where.append(" and provider_id = :providerId");
            params.put("providerId", providerId);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status.name());
        }
        return new Filter(where.toString(), params);
    }

    private static void requireSeesPlacements(SignedInUser user) {
        if (user.role() == Role.QA_PROFESSIONAL) {
            throw new ForbiddenException("Your role does not give access to placements");
        }
    }

    private List<PlacementSummary> summaries(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(Row::id).toList();
        Map<UUID, List<TimetableSlot>> slots = new HashMap<>();
        db.sql("""
                select placement_id, setting, setting_name, day_of_week, start_time, end_time from placement_slot
                where placement_id in (:ids) order by placement_id, setting, start_time""")
                .param("ids", ids)
                .query((rs, i) -> {
                    UUID pid = rs.getObject(1, UUID.class);
                    TimetableSlot slot = new TimetableSlot(Setting.valueOf(rs.getString(2)), rs.getString(3),
                            DayOfWeek.valueOf(rs.getString(4)), rs.getObject(5, LocalTime.class),
                            rs.getObject(6, LocalTime.class));
                    slots.computeIfAbsent(pid, k -> new ArrayList<>()).add(slot);
                    return slot;
                }).list();
        Map<UUID, Pupil> pupilsById = pupils.find(rows.stream().map(Row::pupilId).distinct().toList());
        Map<UUID, LaCalendar> calendars = new HashMap<>();
        // names in one query per kind, not one per id: an LA's list of placements names hundreds of organisations
        Map<CommissionerType, Map<UUID, String>> commissioners = new HashMap<>();
        rows.stream().collect(java.util.stream.Collectors.groupingBy(r -> CommissionerType.valueOf(r.commissionerType()),
                java.util.stream.Collectors.mapping(Row::commissionerId, java.util.stream.Collectors.toSet())))
                .forEach((type, commissionerIds) -> commissioners.put(type, organisations.names(orgType(type), commissionerIds)));
        Map<UUID, String> schoolNames = organisations.names(OrganisationType.SCHOOL, pupilsById.values().stream()
                .map(Pupil::homeSchoolId).filter(java.util.Objects::nonNull).toList());
        Map<UUID, String> providerNames = organisations.names(OrganisationType.PROVIDER,
                rows.stream().map(Row::providerId).toList());
        Map<UUID, String> contactNames = users.names(rows.stream().map(Row::schoolContactUserId)
                .filter(java.util.Objects::nonNull).toList());
        List<PlacementSummary> out = new ArrayList<>();
        for (Row r : rows) {
            List<TimetableSlot> all = slots.getOrDefault(r.id(), List.of()).stream()
                    .sorted(java.util.Comparator.comparing(TimetableSlot::day).thenComparing(TimetableSlot::start))
                    .toList();
            List<TimetableSlot> atProvider = all.stream().filter(s -> s.setting() == Setting.PROVIDER).toList();
            List<TimetableSlot> atHome = all.stream().filter(s -> s.setting() == Setting.HOME_SCHOOL).toList();
            List<TimetableSlot> other = all.stream().filter(s -> s.setting() == Setting.OTHER).toList();
            LaCalendar cal = calendars.computeIfAbsent(r.localAuthorityId(), calendar::forLocalAuthority);
            LocalDate lastDay = r.endedOn() != null ? r.endedOn() : r.plannedEndDate();
            boolean moreThanOneTerm = Timetables.moreThanOneTerm(cal, r.startDate(), lastDay);
            BigDecimal hours = Timetables.weeklyHours(atProvider);
            boolean allOfEducation = atHome.isEmpty() && other.isEmpty();
            Pupil pupil = pupilsById.get(r.pupilId());
            CommissionerType ctype = CommissionerType.valueOf(r.commissionerType());
            String commissionerName = commissioners.get(ctype).getOrDefault(r.commissionerId(), "");
            UUID homeSchool = pupil == null ? null : pupil.homeSchoolId();
            String homeSchoolName = homeSchool == null ? null : schoolNames.getOrDefault(homeSchool, "");
            String providerName = providerNames.getOrDefault(r.providerId(), "");
            String contactName = r.schoolContactUserId() == null ? null
                    : contactNames.getOrDefault(r.schoolContactUserId(), "");
            ReducedTimetableTerms reduced = r.reducedReason() == null && r.reducedEndDate() == null ? null
                    : new ReducedTimetableTerms(r.reducedReason(), r.reducedParentAgreed(), r.reducedEndDate(),
                            r.reducedReviewDate());
            out.add(new PlacementSummary(r.id(), r.pupilId(), pupil == null ? "" : pupil.displayName(), r.providerId(),
                    providerName, new Commissioner(ctype, r.commissionerId(), commissionerName), r.localAuthorityId(),
                    homeSchool, homeSchoolName, r.schoolContactUserId(), contactName, r.providerContact(),
                    PlacementStatus.valueOf(r.status()), r.startDate(), r.plannedEndDate(), r.endedOn(), r.tier(),
                    Route.valueOf(r.route()), RegistrationArrangement.valueOf(r.registrationArrangement()), atProvider,
                    atHome, other, hours, Timetables.daysPerWeek(atProvider),
                    Timetables.fullTimeAtSetting(hours, allOfEducation, moreThanOneTerm),
                    Timetables.termsSpanned(cal, r.startDate(), lastDay), moreThanOneTerm, r.reviewIntervalWeeks(),
                    r.nextReviewDate(), reduced, r.shorterDayReason(), r.proposedOn(), r.acceptedOn(),
                    r.declineReason(), r.activatedOn(), r.endOutcome(), r.endNotes(), r.cancelReason(),
                    r.dueDiligenceComplete(), r.version()));
        }
        return out;
    }

    static OrganisationType orgType(CommissionerType type) {
        return switch (type) {
            case SCHOOL -> OrganisationType.SCHOOL;
            case LOCAL_AUTHORITY -> OrganisationType.LOCAL_AUTHORITY;
            case PARENT -> OrganisationType.FAMILY;
        };
    }

    // ---- creating ---------------------------------------------------------------------------

    /** Whether the user's role commissions placements at all. */
    public static boolean mayCommission(SignedInUser user) {
        return user.isLaWide() || user.is(Role.SCHOOL_COMMISSIONER, Role.PARENT_COMMISSIONER);
    }

    /** A new DRAFT placement. A primary-age pupil's placement notifies the LA AP team (rule 12). */
    @Transactional
    public PlacementSummary create(SignedInUser user, NewPlacement in) {
        if (!mayCommission(user)) {
            throw new ForbiddenException("Your role does not commission placements");
        }
        if (in.pupilId() == null) {
            throw new InvalidInputException("pupilId", "Choose the pupil");
        }
        Pupil pupil = pupils.read(user, in.pupilId());
        Problems p = new Problems();
        CommissionerType type = commissionerType(user, in.commissionerType(), p);
        UUID commissionerId = null;
        if (type != null) {
            commissionerId = switch (type) {
                case SCHOOL -> user.role() == Role.SCHOOL_COMMISSIONER ? user.organisationId() : null;
                case LOCAL_AUTHORITY -> user.isLaWide() ? user.localAuthorityId() : null;
                case PARENT -> user.role() == Role.PARENT_COMMISSIONER ? user.organisationId() : null;
            };
            if (commissionerId == null) {
                p.add("commissioner.type", "You can commission only as your own " + switch (user.role()) {
                    case SCHOOL_COMMISSIONER -> "school";
                    case PARENT_COMMISSIONER -> "family";
                    default -> "local authority";
                });
            } else if (in.commissionerId() != null && !in.commissionerId().equals(commissionerId)) {
                p.add("commissioner.id", "You can commission only as your own organisation");
            }
        }
        Checked c = check(in, pupil, type, p);
        p.throwIfAny();
        UUID id = UUID.randomUUID();
        UUID contact = user.role() == Role.SCHOOL_COMMISSIONER || user.isLaWide() ? user.id() : null;
        db.sql("""
                insert into placement (id, pupil_id, provider_id, commissioner_type, commissioner_id, local_authority_id,
                    status, start_date, planned_end_date, tier, route, registration_arrangement, review_interval_weeks,
                    school_contact_user_id, provider_contact, reduced_reason, reduced_parent_agreed, reduced_end_date,
                    reduced_review_date, shorter_day_reason, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, pupil.id(), in.providerId(), type.name(), commissionerId, pupil.localAuthorityId(),
                        in.startDate(), in.plannedEndDate(), in.tier(), c.route.name(), c.arrangement.name(), c.interval,
                        contact, blank(in.providerContact()), c.reducedReason, c.reducedAgreed, c.reducedEnd,
                        c.reducedReview, blank(in.shorterDayReason()), Timestamps.now(clock), user.id())
                .update();
        insertSlots(id, c.week);
        history(id, user, PlacementStatus.DRAFT, "Placement drafted");
        audit.record(user, AuditTrail.Action.CREATED, "PLACEMENT", id, pupil.id(), pupil.localAuthorityId(),
                "placement drafted");
        LocalDate today = LocalDate.now(clock);
        if (pupil.primaryAgeOn(today)) {
            notifyLaApTeam(pupil.localAuthorityId(), id, "A placement for a primary-age pupil is being commissioned",
                    "A placement in alternative provision is being commissioned for a pupil in "
                            + pupil.yearGroupName(today) + " (by " + organisations.find(orgType(type), commissionerId)
                            .map(OrganisationRef::name).orElse("a commissioner")
                            + "). MIAPS asks primary schools to discuss AP with the LA AP team before commissioning.");
        }
        return find(id).orElseThrow();
    }

    /** Changes a DRAFT placement's details (provider, dates, timetable…); the commissioner only. */
    @Transactional
    public PlacementSummary update(SignedInUser user, UUID id, int version, NewPlacement in) {
        PlacementSummary s = requireCommissioner(user, id);
        if (s.status() != PlacementStatus.DRAFT) {
            throw new ConflictException("Only a draft placement can be changed this way",
                    List.of("The placement is " + s.status().label().toLowerCase(java.util.Locale.ROOT)));
        }
        Pupil pupil = pupils.find(s.pupilId()).orElseThrow();
        Problems p = new Problems();
        Checked c = check(in, pupil, s.commissioner().type(), p);
        p.throwIfAny();
        int changed = db.sql("""
                update placement set provider_id = ?, start_date = ?, planned_end_date = ?, tier = ?, route = ?,
                    registration_arrangement = ?, review_interval_weeks = ?, provider_contact = ?, reduced_reason = ?,
                    reduced_parent_agreed = ?, reduced_end_date = ?, reduced_review_date = ?, shorter_day_reason = ?,
                    version = version + 1
                where id = ? and version = ?""")
                .params(in.providerId(), in.startDate(), in.plannedEndDate(), in.tier(), c.route.name(),
                        c.arrangement.name(), c.interval, blank(in.providerContact()), c.reducedReason, c.reducedAgreed,
                        c.reducedEnd, c.reducedReview, blank(in.shorterDayReason()), id, version)
                .update();
        if (changed == 0) {
            throw ConflictException.staleEdit("This placement");
        }
        db.sql("delete from placement_slot where placement_id = ?").param(id).update();
        insertSlots(id, c.week);
        audit.record(user, AuditTrail.Action.CHANGED, "PLACEMENT", id, s.pupilId(), s.localAuthorityId(),
                "placement details changed");
        return find(id).orElseThrow();
    }

    private record Checked(Route route, RegistrationArrangement arrangement, int interval, List<TimetableSlot> week,
            String reducedReason, boolean reducedAgreed, LocalDate reducedEnd, LocalDate reducedReview) {
    }

    private Checked check(NewPlacement in, Pupil pupil, CommissionerType type, Problems p) {
        if (in.providerId() == null || organisations.providerName(in.providerId()).isEmpty()) {
            p.add("providerId", "Choose the provider");
        }
        if (in.startDate() == null) {
            p.add("startDate", "Enter the start date");
        }
        if (in.plannedEndDate() == null) {
            p.add("plannedEndDate", "Enter the planned end date");
        } else if (in.startDate() != null && in.plannedEndDate().isBefore(in.startDate())) {
            p.add("plannedEndDate", "The planned end date must be on or after the start date");
        }
        if (in.tier() == null || in.tier() < 1 || in.tier() > 3) {
            p.add("tier", "Choose the tier: 1, 2 or 3");
        }
        Route route = enumOf(Route.class, in.route());
        if (route == null) {
            p.add("route", "Choose the route into AP");
        } else if (route == Route.EHCP && !pupil.ehcp()) {
            p.add("route", "The pupil has no EHCP recorded: choose another route or update the pupil's SEN status");
        }
        if (type != null && route != null) {
            DecisionMakers.commissionerProblem(type, route, pupil.homeSchoolId() != null, pupil.ehcp(),
                    pupil.ehcpPersonalBudget()).ifPresent(m -> p.add("commissioner.type", m));
        }
        RegistrationArrangement arrangement = in.registrationArrangement() == null
                || in.registrationArrangement().isBlank() ? RegistrationArrangement.SINGLE
                : enumOf(RegistrationArrangement.class, in.registrationArrangement());
        if (arrangement == null) {
            p.add("registrationArrangement", "Choose the registration arrangement");
        }
        int interval = in.reviewIntervalWeeks() == null ? 6 : in.reviewIntervalWeeks();
        if (interval < 1 || interval > 12) {
            p.add("reviewIntervalWeeks", "The review interval must be between 1 and 12 weeks");
        }
        List<TimetableSlot> provider = Timetables.parse(p, "timetable", Setting.PROVIDER, in.timetable());
        List<TimetableSlot> home = Timetables.parse(p, "homeSchoolTimetable", Setting.HOME_SCHOOL,
                in.homeSchoolTimetable());
        List<TimetableSlot> other = Timetables.parse(p, "otherTimetable", Setting.OTHER, in.otherTimetable());
        if (provider.isEmpty() && !hasProblemStarting(p, "timetable")) {
            p.add("timetable", "Enter at least one session at the provider");
        }
        List<TimetableSlot> week = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        addWithFields(week, fields, provider, in.timetable(), "timetable");
        addWithFields(week, fields, home, in.homeSchoolTimetable(), "homeSchoolTimetable");
        addWithFields(week, fields, other, in.otherTimetable(), "otherTimetable");
        Timetables.checkOverlaps(p, week, fields);
        String reducedReason = null;
        boolean agreed = false;
        LocalDate reducedEnd = null;
        LocalDate reducedReview = null;
        if (in.reducedTimetable() != null) {
            NewPlacement.ReducedInput r = in.reducedTimetable();
            reducedReason = r.reason();
            if (reducedReason == null || !ReducedTimetableTerms.REASONS.containsKey(reducedReason)) {
                p.add("reducedTimetable.reason", "Choose why the timetable is reduced: medical or an agreed part-time timetable");
            }
            agreed = Boolean.TRUE.equals(r.parentAgreed());
            reducedEnd = r.endDate();
            reducedReview = r.reviewDate();
            if (reducedEnd == null) {
                p.add("reducedTimetable.endDate", "Enter the date the reduced timetable ends");
            } else if (in.startDate() != null && reducedEnd.isBefore(in.startDate())) {
                p.add("reducedTimetable.endDate", "The reduced timetable must end on or after the placement's start");
            }
            if (reducedReview == null) {
                p.add("reducedTimetable.reviewDate", "Enter the date the reduced timetable will be reviewed");
            } else if (reducedEnd != null && reducedReview.isAfter(reducedEnd)) {
                p.add("reducedTimetable.reviewDate", "The review date must be on or before the end date");
            }
        }
        if (in.shorterDayReason() != null && in.shorterDayReason().length() > 1000) {
            p.add("shorterDayReason", "Must be 1000 characters or fewer");
        }
        if (in.providerContact() != null && in.providerContact().length() > 300) {
            p.add("providerContact", "Must be 300 characters or fewer");
        }
        return new Checked(route, arrangement, interval, week, reducedReason, agreed, reducedEnd, reducedReview);
    }

    private static boolean hasProblemStarting(Problems p, String prefix) {
        return p.list().stream().anyMatch(f -> f.field().startsWith(prefix + "["));
    }

    /** Pairs each parsed session with the field name of the row it came from (blank rows were skipped). */
    private static void addWithFields(List<TimetableSlot> week, List<String> fields, List<TimetableSlot> parsed,
            List<SlotInput> inputs, String field) {
        int k = 0;
        for (int i = 0; inputs != null && i < inputs.size() && k < parsed.size(); i++) {
            SlotInput in = inputs.get(i);
            if (in == null || in.isBlank()) {
                continue;
            }
            TimetableSlot s = parsed.get(k);
            if (s.day() == Timetables.day(in.day()) && s.start().equals(Timetables.time(in.start()))) {
                week.add(s);
                fields.add(field + "[" + i + "].start");
                k++;
            }
        }
    }

    private static CommissionerType commissionerType(SignedInUser user, String typed, Problems p) {
        if (typed == null || typed.isBlank()) {
            return switch (user.role()) {
                case SCHOOL_COMMISSIONER -> CommissionerType.SCHOOL;
                case PARENT_COMMISSIONER -> CommissionerType.PARENT;
                default -> CommissionerType.LOCAL_AUTHORITY;
            };
        }
        CommissionerType t = enumOf(CommissionerType.class, typed);
        if (t == null) {
            p.add("commissioner.type", "Choose SCHOOL, LOCAL_AUTHORITY or PARENT");
        }
        return t;
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value.trim())).findFirst()
                .orElse(null);
    }

    private void insertSlots(UUID placementId, List<TimetableSlot> week) {
        for (TimetableSlot s : week) {
            db.sql("""
                    insert into placement_slot (id, placement_id, setting, setting_name, day_of_week, start_time, end_time)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), placementId, s.setting().name(), s.settingName(), s.day().name(),
                            s.start(), s.end())
                    .update();
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    // ---- lifecycle --------------------------------------------------------------------------

    /** The placement if the user is its commissioner (or an LA officer of the pupil's LA); else 404/403. */
    PlacementSummary requireCommissioner(SignedInUser user, UUID id) {
        PlacementSummary s = read(user, id);
        if (!isCommissioner(user, s)) {
            throw new ForbiddenException("Only the placement's commissioner can do this");
        }
        return s;
    }

    /** The commissioner's own users, and the LA's officers for any placement of their children. */
    public static boolean isCommissioner(SignedInUser user, PlacementSummary s) {
        if (user.isLaWide()) {
            return s.localAuthorityId().equals(user.localAuthorityId());
        }
        return switch (s.commissioner().type()) {
            case SCHOOL -> user.role() == Role.SCHOOL_COMMISSIONER && user.organisationId().equals(s.commissioner().id());
            case PARENT -> user.role() == Role.PARENT_COMMISSIONER && user.organisationId().equals(s.commissioner().id());
            case LOCAL_AUTHORITY -> false;
        };
    }

    /** DRAFT → PROPOSED: the provider is asked. A provider not on the directory is reported to the LA (rule 8). */
    @Transactional
    public PlacementSummary propose(SignedInUser user, UUID id) {
        PlacementSummary s = requireCommissioner(user, id);
        if (s.status() != PlacementStatus.DRAFT) {
            throw new ConflictException("Only a draft placement can be proposed",
                    List.of("The placement is " + s.status().label().toLowerCase(java.util.Locale.ROOT)));
        }
        LocalDate today = LocalDate.now(clock);
        transition(id, s.version(), "status = 'PROPOSED', proposed_on = ?, accepted_on = null, decline_reason = null",
                today);
        history(id, user, PlacementStatus.PROPOSED, "Proposed to " + s.providerName());
        boolean approved = directory.isApproved(s.providerId());
        events.publishEvent(new PlacementProposed(id, s.pupilId(), s.providerId(), s.localAuthorityId(), s.startDate(),
                approved));
        for (UserAccount staff : users.activeUsersOf(s.providerId(), Role.PROVIDER_STAFF)) {
            events.publishEvent(new NoticeForUser(staff.id(), "A placement has been proposed to you",
                    "A commissioner has proposed a placement starting " + s.startDate() + ". Accept or decline it.",
                    "/placements/" + id));
        }
        if (!approved) {
            notifyLaApTeam(s.localAuthorityId(), id, "A placement was proposed with a provider not approved on the directory",
                    "A placement has been proposed with a provider that is not approved on the directory ("
                            + directory.status(s.providerId()).map(Enum::name).orElse("NOT_LISTED")
                            + "). Rule 8: a desk-top review of insurances, policies and safeguarding is needed; the "
                            + "placement cannot start until the provider is approved.");
        }
        audit.record(user, AuditTrail.Action.CHANGED, "PLACEMENT", id, s.pupilId(), s.localAuthorityId(), "proposed");
        return find(id).orElseThrow();
    }

    /** The provider accepts a PROPOSED placement. */
    @Transactional
    public PlacementSummary accept(SignedInUser user, UUID id) {
        PlacementSummary s = requireProvider(user, id);
        if (s.status() != PlacementStatus.PROPOSED || s.acceptedOn() != null) {
            throw new ConflictException("Only a proposed placement not yet accepted can be accepted",
                    List.of(s.acceptedOn() != null ? "The placement was already accepted on " + s.acceptedOn()
                            : "The placement is " + s.status().label().toLowerCase(java.util.Locale.ROOT)));
        }
        transition(id, s.version(), "accepted_on = ?", LocalDate.now(clock));
        history(id, user, PlacementStatus.PROPOSED, "Accepted by the provider");
        notifyCommissioner(s, "The provider accepted a placement", s.providerName()
                + " accepted the placement starting " + s.startDate() + ". You can now make it active.");
        audit.record(user, AuditTrail.Action.CHANGED, "PLACEMENT", id, s.pupilId(), s.localAuthorityId(), "accepted");
        return find(id).orElseThrow();
    }

    /** The provider declines a PROPOSED placement with a reason; it returns to DRAFT for the commissioner. */
    @Transactional
    public PlacementSummary decline(SignedInUser user, UUID id, String reason) {
        PlacementSummary s = requireProvider(user, id);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "Enter why you are declining the placement");
        }
        if (reason.length() > 1000) {
            throw new InvalidInputException("reason", "Reason must be 1000 characters or fewer");
        }
        if (s.status() != PlacementStatus.PROPOSED) {
            throw new ConflictException("Only a proposed placement can be declined",
                    List.of("The placement is " + s.status().label().toLowerCase(java.util.Locale.ROOT)));
        }
        transition(id, s.version(), "status = 'DRAFT', accepted_on = null, decline_reason = ?", reason.trim());
        history(id, user, PlacementStatus.DRAFT, "Declined by the provider");
        notifyCommissioner(s, "The provider declined a placement", s.providerName()
                + " declined the placement proposed to start " + s.startDate() + ". Their reason is on the placement.");
        audit.record(user, AuditTrail.Action.CHANGED, "PLACEMENT", id, s.pupilId(), s.localAuthorityId(), "declined");
        return find(id).orElseThrow();
    }

    private PlacementSummary requireProvider(SignedInUser user, UUID id) {
        PlacementSummary s = read(user, id);
        if (user.role() != Role.PROVIDER_STAFF || !user.organisationId().equals(s.providerId())) {
            throw new ForbiddenException("Only the provider's staff answer a proposed placement");
        }
        return s;
    }

    /** Everything that stops the placement becoming ACTIVE now (empty when it can). */
    public List<String> activationRequirements(UUID id) {
        PlacementSummary s = find(id).orElseThrow(() -> new NotFoundException("Placement"));
        return requirements.unmet(s);
    }

    private Requirements requirements;

    @org.springframework.beans.factory.annotation.Autowired
    void setRequirements(Requirements requirements) {
        this.requirements = requirements;
    }

    /** PROPOSED and accepted → ACTIVE, or 409 listing every unmet requirement. A past start date is allowed. */
    @Transactional
    public PlacementSummary activate(SignedInUser user, UUID id) {
        PlacementSummary s = requireCommissioner(user, id);
        List<String> unmet = requirements.unmet(s);
        if (!unmet.isEmpty()) {
            throw new ConflictException("The placement cannot become active yet", unmet);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate nextReview = s.startDate().plusWeeks(s.reviewIntervalWeeks());
        transition(id, s.version(), "status = 'ACTIVE', activated_on = ?, next_review_date = ?", today, nextReview);
        history(id, user, PlacementStatus.ACTIVE, "Placement started");
        events.publishEvent(new PlacementActivated(id, s.pupilId(), s.providerId(), s.localAuthorityId(),
                s.commissioner().type(), s.commissioner().id(), s.startDate(), s.plannedEndDate(),
                s.reviewIntervalWeeks(), nextReview));
        for (UserAccount staff : users.activeUsersOf(s.providerId(), Role.PROVIDER_STAFF)) {
            events.publishEvent(new NoticeForUser(staff.id(), "A placement is now active",
                    "The placement starting " + s.startDate() + " is active: take the register for its sessions.",
                    "/placements/" + id));
        }
        audit.record(user, AuditTrail.Action.CHANGED, "PLACEMENT", id, s.pupilId(), s.localAuthorityId(), "activated");
        return find(id).orElseThrow();
    }

    /** ACTIVE → ENDED with the last day and an outcome (one of {@link #OUTCOMES}). */
    @Transactional
    public PlacementSummary end(SignedInUser user, UUID id, LocalDate endDate, String outcome, String notes) {
        PlacementSummary s = requireCommissioner(user, id);
        Problems p = new Problems();
        if (endDate == null) {
            p.add("endDate", "Enter the placement's last day");
        } else if (endDate.isBefore(s.startDate())) {
            p.add("endDate", "The last day must be on or after the start date (" + s.startDate() + ")");
        } else if (endDate.isAfter(LocalDate.now(clock))) {
            p.add("endDate", "The last day must be today or in the past");
        }
        if (outcome == null || !OUTCOMES.containsKey(outcome)) {
            p.add("outcome", "Choose the outcome of the placement");
        }
        if (notes != null && notes.length() > 2000) {
            p.add("notes", "Notes must be 2000 characters or fewer");
        }
        p.throwIfAny();
        if (s.status() != PlacementStatus.ACTIVE) {
            throw new ConflictException("Only an active placement can be ended",
                    List.of("The placement is " + s.status().label().toLowerCase(java.util.Locale.ROOT)));
        }
        transition(id, s.version(), "status = 'ENDED', ended_on = ?, end_outcome = ?, end_notes = ?", endDate, outcome,
                blank(notes));
        history(id, user, PlacementStatus.ENDED, "Ended: " + OUTCOMES.get(outcome));
        events.publishEvent(new PlacementEnded(id, s.pupilId(), s.providerId(), s.localAuthorityId(), endDate, outcome));
        audit.record(user, AuditTrail.Action.CHANGED, "PLACEMENT", id, s.pupilId(), s.localAuthorityId(), "ended");
        return find(id).orElseThrow();
    }

    /** DRAFT or PROPOSED → CANCELLED with a reason. */
    @Transactional
    public PlacementSummary cancel(SignedInUser user, UUID id, String reason) {
        PlacementSummary s = requireCommissioner(user, id);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "Enter why the placement is cancelled");
        }
        if (s.status() != PlacementStatus.DRAFT && s.status() != PlacementStatus.PROPOSED) {
            throw new ConflictException("Only a draft or proposed placement can be cancelled",
                    List.of("The placement is " + s.status().label().toLowerCase(java.util.Locale.ROOT)));
        }
        transition(id, s.version(), "status = 'CANCELLED', cancel_reason = ?",
                reason.trim().substring(0, Math.min(1000, reason.trim().length())));
        history(id, user, PlacementStatus.CANCELLED, "Cancelled");
        audit.record(user, AuditTrail.Action.CHANGED, "PLACEMENT", id, s.pupilId(), s.localAuthorityId(), "cancelled");
        return find(id).orElseThrow();
    }

    /**
     * Moves the planned end of a PROPOSED or ACTIVE placement later, with a reason (kept as an extension). The
     * review module calls this inside its own transaction when a review agrees an extension.
     */
    @Transactional
    public PlacementSummary extend(SignedInUser user, UUID id, LocalDate newEndDate, String reason) {
        PlacementSummary s = requireCommissioner(user, id);
        Problems p = new Problems();
        if (newEndDate == null) {
            p.add("newEndDate", "Enter the new planned end date");
        } else if (s.plannedEndDate() != null && !newEndDate.isAfter(s.plannedEndDate())) {
            p.add("newEndDate", "The new end date must be after the current planned end (" + s.plannedEndDate() + ")");
        } else if (newEndDate.isBefore(s.startDate())) {
            p.add("newEndDate", "The new end date must be after the start date");
        }
        if (reason == null || reason.isBlank()) {
            p.add("reason", "Enter why the placement is extended");
        } else if (reason.length() > 1000) {
            p.add("reason", "Reason must be 1000 characters or fewer");
        }
        p.throwIfAny();
        if (s.status() != PlacementStatus.ACTIVE && s.status() != PlacementStatus.PROPOSED) {
            throw new ConflictException("Only a proposed or active placement can be extended",
                    List.of("The placement is " + s.status().label().toLowerCase(java.util.Locale.ROOT)));
        }
        transition(id, s.version(), "planned_end_date = ?", newEndDate);
        db.sql("""
                insert into placement_extension (id, placement_id, previous_end_date, new_end_date, reason, recorded_by,
                    recorded_at) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), id, s.plannedEndDate(), newEndDate, reason.trim(), user.id(),
                        Timestamps.now(clock))
                .update();
        history(id, user, s.status(), "Extended to " + newEndDate);
        events.publishEvent(new PlacementExtended(id, s.pupilId(), s.plannedEndDate(), newEndDate));
        events.publishEvent(new org.waymark.shared.RecordsChanged(s.localAuthorityId()));
        audit.record(user, AuditTrail.Action.CHANGED, "PLACEMENT", id, s.pupilId(), s.localAuthorityId(), "extended");
        return find(id).orElseThrow();
    }

    /** Sets the next review date (the review module calls this when it records a review). */
    @Transactional
    public void recordNextReview(UUID placementId, LocalDate nextReviewDate) {
        db.sql("update placement set next_review_date = ?, version = version + 1 where id = ?")
                .params(nextReviewDate, placementId).update();
    }

    private void transition(UUID id, int version, String set, Object... params) {
        List<Object> all = new ArrayList<>(Arrays.asList(params));
        all.add(id);
        all.add(version);
        int changed = db.sql("update placement set " + set + ", version = version + 1 where id = ? and version = ?")
                .params(all).update();
        if (changed == 0) {
            throw ConflictException.staleEdit("This placement");
        }
    }

    void history(UUID placementId, SignedInUser user, PlacementStatus status, String note) {
        db.sql("insert into placement_history (id, placement_id, at, user_id, status, note) values (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), placementId, Timestamps.now(clock), user == null ? null : user.id(),
                        status.name(), note)
                .update();
    }

    private void notifyLaApTeam(UUID localAuthorityId, UUID placementId, String title, String body) {
        String link = "/placements/" + placementId;
        for (UserAccount officer : users.activeUsersOf(localAuthorityId, Role.LA_OFFICER, Role.LA_ADMIN)) {
            events.publishEvent(new NoticeForUser(officer.id(), title, body, link));
            events.publishEvent(new MailMessage(officer.email(), title,
                    body + "\n\nOpen the placement in Waymark: " + baseUrl() + link));
        }
    }

    private void notifyCommissioner(PlacementSummary s, String title, String body) {
        if (s.schoolContactUserId() != null) {
            events.publishEvent(new NoticeForUser(s.schoolContactUserId(), title, body, "/placements/" + s.id()));
        } else {
            users.activeUsersOf(s.commissioner().id(), Role.SCHOOL_COMMISSIONER, Role.PARENT_COMMISSIONER)
                    .forEach(u -> events.publishEvent(new NoticeForUser(u.id(), title, body, "/placements/" + s.id())));
        }
    }

    private String baseUrl() {
        return settings.baseUrl() == null ? "" : settings.baseUrl();
    }

    /** Used by sibling services to keep a single version counter on the placement. */
    void touch(UUID id) {
        db.sql("update placement set version = version + 1 where id = ?").param(id).update();
    }

    Collection<String> outcomeCodes() {
        return OUTCOMES.keySet();
    }
}
