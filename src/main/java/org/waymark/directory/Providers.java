package org.waymark.directory;

import org.waymark.directory.internal.OfferRules;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.organisation.OrganisationType;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.organisation.Users;
import org.waymark.shared.ConflictException;
import org.waymark.shared.ForbiddenException;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.NotFoundException;
import org.waymark.shared.NoticeForUser;
import org.waymark.shared.Problems;
import org.waymark.shared.Timestamps;

/** Directory entries: reading them in scope, searching, and changing them (directly or through the LA). */
@Service
public class Providers {

    public record PendingChange(UUID id, UUID providerId, UUID submittedBy, String submittedByName,
            java.time.OffsetDateTime submittedAt, Map<String, String> changes, int version) {
    }

    /** What an edit did: saved outright, or (also) sent checked facts to the LA. */
    public record EditResult(boolean saved, boolean sentToLa) {
    }

    private final JdbcClient db;
    private final Clock clock;
    private final ProviderDirectory directory;
    private final FrameworkLots lots;
    private final Organisations organisations;
    private final Users users;
    private final ApplicationEventPublisher events;

    Providers(JdbcClient db, Clock clock, ProviderDirectory directory, FrameworkLots lots, Organisations organisations,
            Users users, ApplicationEventPublisher events) {
        this.db = db;
        this.clock = clock;
        this.directory = directory;
        this.lots = lots;
        this.organisations = organisations;
        this.users = users;
        this.events = events;
    }

    private static final String SELECT = """
            select p.id, p.name, p.registration, p.urn, p.ukprn, p.directory_status, p.version,
                   o.age_from, o.age_to, o.needs, o.subjects, o.qualifications, o.days, o.session_times, o.capacity,
                   o.address, o.postcode, o.area, o.cost_per_session, o.contact_email, o.contact_phone, o.description,
                   o.dsl_name, o.dsl_trained_on, o.deputy_dsl_name, o.deputy_dsl_trained_on
            from provider p left join provider_offer o on o.provider_id = p.id""";

    /** The entry, if the caller may see it; otherwise 404. */
    public ProviderRecord get(SignedInUser user, UUID id) {
        if (!directory.visibleTo(user, id)) {
            throw new NotFoundException("Provider");
        }
        return find(id).orElseThrow(() -> new NotFoundException("Provider"));
    }

    public Optional<ProviderRecord> find(UUID id) {
        List<ProviderRecord> l = load(SELECT + " where p.id = :id", Map.of("id", id));
        return l.stream().findFirst();
    }

    /** The entries of the caller's LA matching the filters, by name; provider staff see only their own. */
    public List<ProviderRecord> search(SignedInUser user, DirectorySearch s) {
        StringBuilder sql = new StringBuilder(SELECT);
        Map<String, Object> params = new HashMap<>();
        if (user.organisationType() == OrganisationType.PROVIDER) {
            sql.append(" where p.id = :org");
            params.put("org", user.organisationId());
        } else {
            sql.append(" where exists (select 1 from provider_local_authority pla where pla.provider_id = p.id"
                    + " and pla.local_authority_id = :la)");
            params.put("la", user.localAuthorityId());
        }
        if (s.q() != null && !s.q().isBlank()) {
            sql.append(" and lower(p.name) like :q");
            params.put("q", "%" + s.q().trim().toLowerCase(java.util.Locale.ROOT).replace("%", "") + "%");
        }
        if (s.lot() != null) {
            sql.append(" and exists (select 1 from provider_lot pl join framework_lot l on l.id = pl.lot_id"
                    + " where pl.provider_id = p.id and l.number = :lot and l.local_authority_id = :lotLa)");
            params.put("lot", s.lot());
            params.put("lotLa", user.localAuthorityId());
        }
        if (s.age() != null) {
            sql.append(" and o.age_from <= :age and o.age_to >= :age");
            params.put("age", s.age());
        }
        if (s.need() != null) {
            sql.append(" and o.needs like :need");
            params.put("need", "%," + s.need().name() + ",%");
        }
        if (s.day() != null) {
            sql.append(" and o.days like :day");
            params.put("day", "%," + s.day().name() + ",%");
        }
        if (s.area() != null && !s.area().isBlank()) {
            sql.append(" and lower(o.area) = :area");
            params.put("area", s.area().trim().toLowerCase(java.util.Locale.ROOT));
        }
        if (s.registration() != null) {
            sql.append(" and p.registration = :registration");
            params.put("registration", s.registration().name());
        }
        if (s.status() != null) {
            sql.append(" and p.directory_status = :status");
            params.put("status", s.status().name());
        }
        sql.append(" order by p.name, p.id");
        return load(sql.toString(), params);
    }

    /** The areas named by providers of the caller's LA, for the filter. */
    public List<String> areas(SignedInUser user) {
        return db.sql("""
                select distinct o.area from provider_offer o
                join provider_local_authority pla on pla.provider_id = o.provider_id
                where pla.local_authority_id = ? and o.area is not null order by o.area""")
                .param(user.localAuthorityId()).query(String.class).list();
    }

    // ---- changes ------------------------------------------------------------------------------

    /** A new directory entry (not listed until it applies or is approved), by an LA admin or officer. */
    @Transactional
    public UUID create(SignedInUser user, Map<String, String> raw) {
        requireLa(user);
        Problems p = new Problems();
        OfferRules.Parsed parsed = OfferRules.parse(raw, lotNumbers(user.localAuthorityId()), today(), p);
        checkUnique(null, parsed, p);
        p.throwIfAny();
        UUID id = organisations.createProviderOrganisation(parsed.name(), parsed.registration().name(),
                user.localAuthorityId());
        db.sql("insert into provider_offer (provider_id) values (?)").param(id).update();
        write(id, parsed, user.localAuthorityId());
        return id;
    }

    /**
     * Saves an edited entry. LA admins and officers change everything; the provider's own staff change the
     * unchecked parts at once, and their changes to checked facts wait for the LA (ADR 0102).
     */
    @Transactional
    public EditResult edit(SignedInUser user, UUID id, int version, Map<String, String> raw) {
        ProviderRecord current = get(user, id);
        boolean la = user.is(Role.LA_ADMIN, Role.LA_OFFICER);
        boolean own = user.role() == Role.PROVIDER_STAFF && user.belongsTo(id);
        if (!la && !own) {
            throw new ForbiddenException("Only the local authority's AP team and the provider's own staff edit its entry");
        }
        if (current.version() != version) {
            throw ConflictException.staleEdit("The provider's entry");
        }
        UUID laId = la ? user.localAuthorityId() : directory.localAuthorityIds(id).get(0);
        Map<String, String> merged = new LinkedHashMap<>(current.raw());
        raw.forEach((k, v) -> {
            if (OfferRules.FIELDS.contains(k)) {
                merged.put(k, v == null ? "" : v);
            }
        });
        Problems p = new Problems();
        OfferRules.Parsed parsed = OfferRules.parse(merged, lotNumbers(laId), today(), p);
        checkUnique(id, parsed, p);
        p.throwIfAny();
        if (la) {
            write(id, parsed, laId);
            bump(id, version);
            return new EditResult(true, false);
        }
        Map<String, String> checked = OfferRules.checkedChanges(current.raw(), merged);
        Map<String, String> applied = new LinkedHashMap<>(merged);
        checked.keySet().forEach(f -> applied.put(f, current.raw().get(f)));
        write(id, OfferRules.parse(applied, lotNumbers(laId), today(), new Problems()), laId);
        bump(id, version);
        if (!checked.isEmpty()) {
            db.sql("update provider_offer_change set status = 'SUPERSEDED', version = version + 1 where provider_id = ? and status = 'PENDING'")
                    .param(id).update();
            db.sql("""
                    insert into provider_offer_change (id, provider_id, submitted_by, submitted_at, changes, status)
                    values (?, ?, ?, ?, ?, 'PENDING')""")
                    .params(UUID.randomUUID(), id, user.id(), Timestamps.now(clock), encode(checked)).update();
            for (UUID laUser : laTeam(laId)) {
                events.publishEvent(new NoticeForUser(laUser, "Provider changes to check",
                        current.name() + " changed facts the local authority checked. Accept or reject the changes.",
                        "/directory/providers/" + id));
            }
        }
        return new EditResult(true, !checked.isEmpty());
    }

    public Optional<PendingChange> pendingChange(UUID providerId) {
        return db.sql("""
                select c.id, c.provider_id, c.submitted_by, u.name, c.submitted_at, c.changes, c.version
                from provider_offer_change c left join app_user u on u.id = c.submitted_by
                where c.provider_id = ? and c.status = 'PENDING'""")
                .param(providerId)
                .query((rs, i) -> new PendingChange(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getString(4), rs.getObject(5, java.time.OffsetDateTime.class),
                        decode(rs.getString(6)), rs.getInt(7)))
                .optional();
    }

    /** The LA accepts or rejects a provider's change to checked facts. */
    @Transactional
    public void decideChange(SignedInUser user, UUID providerId, UUID changeId, int version, boolean accept,
            String reason) {
        requireLa(user);
        ProviderRecord current = get(user, providerId);
        PendingChange change = pendingChange(providerId).filter(c -> c.id().equals(changeId))
                .orElseThrow(() -> new ConflictException("These changes have already been decided"));
        if (!accept && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("reason", "Enter why the changes are rejected, so the provider can put them right");
        }
        if (accept) {
            Map<String, String> merged = new LinkedHashMap<>(current.raw());
            merged.putAll(change.changes());
            Problems p = new Problems();
            OfferRules.Parsed parsed = OfferRules.parse(merged, lotNumbers(user.localAuthorityId()), today(), p);
            checkUnique(providerId, parsed, p);
            if (!p.isEmpty()) {
                throw new ConflictException("The changes can no longer be applied",
                        p.list().stream().map(org.waymark.shared.FieldProblem::message).toList());
            }
            write(providerId, parsed, user.localAuthorityId());
            bump(providerId, current.version());
        }
        int n = db.sql("""
                update provider_offer_change set status = ?, decided_by = ?, decided_at = ?, decision_reason = ?,
                       version = version + 1 where id = ? and version = ? and status = 'PENDING'""")
                .params(accept ? "ACCEPTED" : "REJECTED", user.id(), Timestamps.now(clock),
                        reason == null || reason.isBlank() ? null : reason.trim(), changeId, version)
                .update();
        if (n == 0) {
            throw ConflictException.staleEdit("The provider's changes");
        }
        events.publishEvent(new NoticeForUser(change.submittedBy(),
                accept ? "Your directory changes were accepted" : "Your directory changes were not accepted",
                accept ? "The local authority accepted your changes to " + current.name() + "."
                        : "The local authority did not accept your changes to " + current.name() + ": " + reason.trim(),
                "/directory/providers/" + providerId));
    }

    /**
     * The LA team records a decision about a provider's place on the directory: suspension, removal,
     * reinstatement, or (through the API, for a decision made outside Waymark) listing. The moves are
     * those of {@link DirectoryStatus#canBecome}; suspension and removal need reasons.
     */
    @Transactional
    public void changeStatus(SignedInUser user, UUID id, DirectoryStatus to, LocalDate on, String reason) {
        requireLa(user);
        ProviderRecord current = get(user, id);
        Problems p = new Problems();
        if (to == null) {
            p.add("directoryStatus", "Choose the new status");
        }
        if ((to == DirectoryStatus.SUSPENDED || to == DirectoryStatus.REMOVED || to == DirectoryStatus.NOT_LISTED)
                && (reason == null || reason.isBlank())) {
            p.add("reason", "Enter the reason for the change");
        } else if (reason != null && reason.length() > 2000) {
            p.add("reason", "The reason must be 2,000 characters or fewer");
        }
        if (on != null && on.isAfter(today().plusYears(1))) {
            p.add("on-day", "The date must be within the next year");
        }
        p.throwIfAny();
        if (current.directoryStatus() == to) {
            return;
        }
        String why = reason == null || reason.isBlank()
                ? (to == DirectoryStatus.APPROVED && current.directoryStatus() == DirectoryStatus.SUSPENDED
                        ? "Reinstated" : "Recorded by the local authority")
                : reason.trim();
        directory.changeStatus(id, to, on == null ? today() : on, why, user.id());
    }

    // ---- for imports (the caller has checked who may import) -------------------------------------

    /** The entry checked as an import row would be: its problems (uniqueness included) added to {@code p}. */
    public OfferRules.Parsed check(UUID self, UUID laId, Map<String, String> raw, Problems p) {
        OfferRules.Parsed parsed = OfferRules.parse(raw, lotNumbers(laId), today(), p);
        checkUnique(self, parsed, p);
        return parsed;
    }

    /** A provider created from an import row, not listed. */
    public UUID createImported(UUID laId, OfferRules.Parsed parsed) {
        UUID id = organisations.createProviderOrganisation(parsed.name(), parsed.registration().name(), laId);
        write(id, parsed, laId);
        return id;
    }

    public void updateImported(UUID id, UUID laId, OfferRules.Parsed parsed) {
        write(id, parsed, laId);
        db.sql("update provider set version = version + 1 where id = ?").param(id).update();
    }

    /** Providers of an LA by URN, UKPRN or exact name (ignoring case), for matching import rows. */
    public Optional<UUID> match(UUID laId, String urn, String ukprn, String name) {
        String sql = "select p.id from provider p join provider_local_authority pla on pla.provider_id = p.id"
                + " where pla.local_authority_id = ? and ";
        if (urn != null && !urn.isBlank()) {
            Optional<UUID> byUrn = db.sql("select id from provider where urn = ?").param(urn.trim()).query(UUID.class).optional();
            if (byUrn.isPresent()) {
                return byUrn;
            }
        }
        if (ukprn != null && !ukprn.isBlank()) {
            Optional<UUID> byUkprn = db.sql("select id from provider where ukprn = ?").param(ukprn.trim()).query(UUID.class)
                    .optional();
            if (byUkprn.isPresent()) {
                return byUkprn;
            }
        }
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return db.sql(sql + "lower(p.name) = ? order by p.created_at fetch first 1 rows only")
                .params(laId, name.trim().toLowerCase(java.util.Locale.ROOT)).query(UUID.class).optional();
    }

    Set<Integer> lotNumbers(UUID laId) {
        return lots.of(laId).stream().map(FrameworkLot::number).collect(Collectors.toSet());
    }

    private List<UUID> laTeam(UUID laId) {
        return users.activeUsersOf(laId, Role.LA_ADMIN, Role.LA_OFFICER).stream().map(u -> u.id()).toList();
    }

    private void checkUnique(UUID self, OfferRules.Parsed parsed, Problems p) {
        if (parsed.urn() != null && db.sql("select count(*) from provider where urn = ? and id <> ?")
                .params(parsed.urn(), self == null ? new UUID(0, 0) : self).query(Long.class).single() > 0) {
            p.add("urn", "Another provider already has URN " + parsed.urn());
        }
        if (parsed.ukprn() != null && db.sql("select count(*) from provider where ukprn = ? and id <> ?")
                .params(parsed.ukprn(), self == null ? new UUID(0, 0) : self).query(Long.class).single() > 0) {
            p.add("ukprn", "Another provider already has UKPRN " + parsed.ukprn());
        }
    }

    /** Writes the entry (provider row and offer row, lots of the LA); the caller bumps the version. */
    void write(UUID id, OfferRules.Parsed e, UUID laId) {
        db.sql("update provider set name = ?, registration = ?, urn = ?, ukprn = ? where id = ?")
                .params(e.name(), e.registration().name(), e.urn(), e.ukprn(), id).update();
        if (db.sql("select count(*) from provider_offer where provider_id = ?").param(id).query(Long.class).single() == 0) {
            db.sql("insert into provider_offer (provider_id) values (?)").param(id).update();
        }
        db.sql("""
                update provider_offer set age_from = ?, age_to = ?, needs = ?, subjects = ?, qualifications = ?,
                       days = ?, session_times = ?, capacity = ?, address = ?, postcode = ?, area = ?,
                       cost_per_session = ?, contact_email = ?, contact_phone = ?, description = ?, dsl_name = ?,
                       dsl_trained_on = ?, deputy_dsl_name = ?, deputy_dsl_trained_on = ?, version = version + 1
                where provider_id = ?""")
                .params(e.ageFrom(), e.ageTo(), wrap(e.needs().stream().map(Need::name).toList()), e.subjects(),
                        e.qualifications(), wrap(e.days().stream().map(DayOfWeek::name).toList()), e.sessionTimes(),
                        e.capacity(), e.address(), e.postcode(), e.area(), e.costPerSession(), e.contactEmail(),
                        e.contactPhone(), e.description(), e.dslName(), e.dslTrainedOn(), e.deputyDslName(),
                        e.deputyDslTrainedOn(), id)
                .update();
        db.sql("delete from provider_lot where provider_id = ? and lot_id in (select id from framework_lot where local_authority_id = ?)")
                .params(id, laId).update();
        for (Integer n : e.lots()) {
            lots.find(laId, n).ifPresent(l -> db.sql("insert into provider_lot (provider_id, lot_id) values (?, ?)")
                    .params(id, l.id()).update());
        }
    }

    void bump(UUID id, int version) {
        int n = db.sql("update provider set version = version + 1 where id = ? and version = ?").params(id, version)
                .update();
        if (n == 0) {
            throw ConflictException.staleEdit("The provider's entry");
        }
    }

    private List<ProviderRecord> load(String sql, Map<String, Object> params) {
        List<ProviderRecord> rows = db.sql(sql).params(params).query((rs, i) -> row(rs)).list();
        if (rows.isEmpty()) {
            return rows;
        }
        Map<UUID, List<Integer>> lotsById = new HashMap<>();
        db.sql("""
                select pl.provider_id, l.number from provider_lot pl join framework_lot l on l.id = pl.lot_id
                where pl.provider_id in (:ids) order by l.number""")
                .param("ids", rows.stream().map(ProviderRecord::id).toList())
                .query((rs, i) -> lotsById.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(rs.getInt(2)))
                .list();
        return rows.stream().map(r -> withLots(r, lotsById.getOrDefault(r.id(), List.of()))).toList();
    }

    private static ProviderRecord withLots(ProviderRecord r, List<Integer> l) {
        return new ProviderRecord(r.id(), r.name(), r.registration(), r.urn(), r.ukprn(), r.directoryStatus(),
                List.copyOf(l), r.ageFrom(), r.ageTo(), r.needs(), r.subjects(), r.qualifications(), r.days(),
                r.sessionTimes(), r.capacity(), r.address(), r.postcode(), r.area(), r.costPerSession(),
                r.contactEmail(), r.contactPhone(), r.description(), r.dslName(), r.dslTrainedOn(), r.deputyDslName(),
                r.deputyDslTrainedOn(), r.version());
    }

    private static ProviderRecord row(ResultSet rs) throws SQLException {
        List<Need> needs = OfferRules.list(rs.getString("needs")).stream().map(Need::parse)
                .filter(java.util.Objects::nonNull).toList();
        List<DayOfWeek> days = OfferRules.list(rs.getString("days")).stream().map(OfferRules::day)
                .filter(java.util.Objects::nonNull).toList();
        return new ProviderRecord(rs.getObject("id", UUID.class), rs.getString("name"),
                Registration.parse(rs.getString("registration")), rs.getString("urn"), rs.getString("ukprn"),
                DirectoryStatus.valueOf(rs.getString("directory_status")), List.of(),
                (Integer) rs.getObject("age_from"), (Integer) rs.getObject("age_to"), needs, rs.getString("subjects"),
                rs.getString("qualifications"), days, rs.getString("session_times"), (Integer) rs.getObject("capacity"),
                rs.getString("address"), rs.getString("postcode"), rs.getString("area"),
                (BigDecimal) rs.getObject("cost_per_session"), rs.getString("contact_email"),
                rs.getString("contact_phone"), rs.getString("description"), rs.getString("dsl_name"),
                date(rs.getDate("dsl_trained_on")), rs.getString("deputy_dsl_name"),
                date(rs.getDate("deputy_dsl_trained_on")), rs.getInt("version"));
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    private static String wrap(List<String> codes) {
        return codes.isEmpty() ? null : "," + String.join(",", codes) + ",";
    }

    static String encode(Map<String, String> changes) {
        return changes.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().replace("\\", "\\\\").replace("\n", "\\n").replace("\r", ""))
                .collect(Collectors.joining("\n"));
    }

    static Map<String, String> decode(String text) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                m.put(line.substring(0, eq), line.substring(eq + 1).replace("\\n", "\n").replace("\\\\", "\\"));
            }
        }
        return m;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    static void requireLa(SignedInUser user) {
        if (!user.is(Role.LA_ADMIN, Role.LA_OFFICER)) {
            throw new ForbiddenException("Only the local authority's AP team can do this");
        }
    }
}
