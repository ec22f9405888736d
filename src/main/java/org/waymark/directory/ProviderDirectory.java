package org.waymark.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.waymark.organisation.OrganisationType;
import org.waymark.organisation.SignedInUser;
import org.waymark.shared.ConflictException;
import org.waymark.shared.NotFoundException;
import org.waymark.shared.Timestamps;

/** What other modules ask of the directory: a provider's status, and changes to it kept as history. */
@Service
public class ProviderDirectory {

    private final JdbcClient db;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ProviderDirectory(JdbcClient db, Clock clock, ApplicationEventPublisher events) {
        this.db = db;
        this.clock = clock;
        this.events = events;
    }

    /** The provider's directory status, or empty when there is no such provider. */
    public Optional<DirectoryStatus> status(UUID providerId) {
        return db.sql("select directory_status from provider where id = ?").param(providerId).query(String.class)
                .optional().map(DirectoryStatus::valueOf);
    }

    public boolean isApproved(UUID providerId) {
        return status(providerId).orElse(DirectoryStatus.NOT_LISTED) == DirectoryStatus.APPROVED;
    }

    /** Every provider on the LA's directory (any status), with the date it took its current status. */
    public java.util.List<DirectoryListing> listedIn(UUID localAuthorityId) {
        return db.sql("""
                select p.id, p.registration, p.directory_status,
                       (select max(c.effective_on) from provider_status_change c
                         where c.provider_id = p.id and c.to_status = p.directory_status) as since
                from provider p join provider_local_authority pla on pla.provider_id = p.id
                where pla.local_authority_id = ? order by p.id""")
                .param(localAuthorityId)
                .query((rs, n) -> new DirectoryListing(rs.getObject("id", UUID.class), rs.getString("registration"),
                        DirectoryStatus.valueOf(rs.getString("directory_status")),
                        rs.getObject("since", LocalDate.class)))
                .list();
    }

    /** One provider as other modules read it, whichever LA's directory it is on. */
    public java.util.Optional<DirectoryListing> listing(UUID providerId) {
        return db.sql("""
                select p.id, p.registration, p.directory_status,
                       (select max(c.effective_on) from provider_status_change c
                         where c.provider_id = p.id and c.to_status = p.directory_status) as since
                from provider p where p.id = ?""")
                .param(providerId)
                .query((rs, n) -> new DirectoryListing(rs.getObject("id", UUID.class), rs.getString("registration"),
                        DirectoryStatus.valueOf(rs.getString("directory_status")),
                        rs.getObject("since", LocalDate.class)))
                .optional();
    }

    /** The date the provider took its current status, or empty when it never changed. */
    public Optional<LocalDate> statusSince(UUID providerId) {
        return db.sql("""
                select effective_on from provider_status_change where provider_id = ?
                order by effective_on desc, changed_at desc fetch first 1 rows only""")
                .param(providerId).query(LocalDate.class).optional();
    }

    /**
     * Moves a provider to {@code to} from {@code on}, keeping the change as history. Callers check who may do
     * this (the LA lead approves; quality recommends suspension); a change to the same status is ignored, and a
     * move {@link DirectoryStatus#canBecome} does not allow is a {@link ConflictException} (ADR 0100).
     */
    @Transactional
    public void changeStatus(UUID providerId, DirectoryStatus to, LocalDate on, String reason, UUID byUserId) {
        DirectoryStatus from = status(providerId).orElseThrow(() -> new NotFoundException("provider"));
        if (from == to) {
            return;
        }
        if (!from.canBecome(to)) {
            throw new ConflictException("A provider that is " + from.label().toLowerCase() + " cannot become "
                    + to.label().toLowerCase(), List.of("From " + from.label().toLowerCase() + " a provider can become: "
                    + String.join(", ", from.next().stream().map(s -> s.label().toLowerCase()).toList())));
        }
        db.sql("update provider set directory_status = ?, version = version + 1 where id = ?")
                .params(to.name(), providerId).update();
        db.sql("""
                insert into provider_status_change
                    (id, provider_id, from_status, to_status, effective_on, reason, changed_by, changed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), providerId, from.name(), to.name(), on, reason, byUserId,
                        Timestamps.now(clock))
                .update();
        events.publishEvent(new ProviderStatusChanged(providerId, from, to, on));
    }

    /** Every status change of the provider, oldest first. */
    public List<StatusChange> history(UUID providerId) {
        return db.sql("""
                select c.id, c.from_status, c.to_status, c.effective_on, c.reason, c.changed_by,
                       u.name as changed_by_name, c.changed_at
                from provider_status_change c left join app_user u on u.id = c.changed_by
                where c.provider_id = ? order by c.effective_on, c.changed_at""")
                .param(providerId).query(StatusChange.class).list();
    }

    // ---- reads for other modules ------------------------------------------------------------

    private static final String SUMMARY = """
            select p.id, p.name, p.registration, p.directory_status, p.urn, p.ukprn, o.area, o.capacity,
                   o.age_from, o.age_to
            from provider p left join provider_offer o on o.provider_id = p.id""";

    /** A provider's summary, unscoped: for modules that have already scoped the record that names it. */
    public Optional<ProviderSummary> find(UUID providerId) {
        return Optional.ofNullable(summaries(List.of(providerId)).get(providerId));
    }

    /** A provider the caller may see, or 404. */
    public ProviderSummary find(SignedInUser user, UUID providerId) {
        if (!visibleTo(user, providerId)) {
            throw new NotFoundException("Provider");
        }
        return find(providerId).orElseThrow(() -> new NotFoundException("Provider"));
    }

    /** Summaries of the named providers that exist, by id, in the order asked. */
    public Map<UUID, ProviderSummary> summaries(Collection<UUID> providerIds) {
        if (providerIds.isEmpty()) {
            return Map.of();
        }
        List<UUID> ids = List.copyOf(new java.util.LinkedHashSet<>(providerIds));
        Map<UUID, List<Integer>> lots = new HashMap<>();
        db.sql("""
                select pl.provider_id, l.number from provider_lot pl join framework_lot l on l.id = pl.lot_id
                where pl.provider_id in (:ids) order by l.number""").param("ids", ids)
                .query((rs, i) -> {
                    lots.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getInt(2));
                    return null;
                }).list();
        Map<UUID, ProviderSummary> found = new HashMap<>();
        db.sql(SUMMARY + " where p.id in (:ids)").param("ids", ids)
                .query((rs, i) -> summary(rs, lots)).list().forEach(s -> found.put(s.id(), s));
        Map<UUID, ProviderSummary> ordered = new LinkedHashMap<>();
        ids.forEach(id -> {
            if (found.containsKey(id)) {
                ordered.put(id, found.get(id));
            }
        });
        return ordered;
    }

    /** The approved providers on an LA's directory, by name. */
    public List<ProviderSummary> approved(UUID localAuthorityId) {
        List<UUID> ids = db.sql("""
                select p.id from provider p join provider_local_authority pla on pla.provider_id = p.id
                where pla.local_authority_id = ? and p.directory_status = 'APPROVED' order by p.name""")
                .param(localAuthorityId).query(UUID.class).list();
        return List.copyOf(summaries(ids).values());
    }

    /**
     * Whether the caller may see the provider's directory entry: provider staff their own provider; everyone
     * else the providers that work with their LA (the directory is the LA's list, open to its commissioners).
     */
    public boolean visibleTo(SignedInUser user, UUID providerId) {
        if (user.organisationType() == OrganisationType.PROVIDER) {
            return user.organisationId().equals(providerId);
        }
        return db.sql("select count(*) from provider_local_authority where provider_id = ? and local_authority_id = ?")
                .params(providerId, user.localAuthorityId()).query(Long.class).single() > 0;
    }

    /** The same for many providers at once, by provider (one query, not one per provider). */
    public Map<UUID, List<UUID>> localAuthorityIds(Collection<UUID> providerIds) {
        Map<UUID, List<UUID>> out = new HashMap<>();
        if (providerIds.isEmpty()) {
            return out;
        }
        db.sql("select provider_id, local_authority_id from provider_local_authority where provider_id in (:ids) "
                        + "order by 1, 2").param("ids", List.copyOf(new java.util.LinkedHashSet<>(providerIds)))
                .query((rs, i) -> out.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(rs.getObject(2, UUID.class))).list();
        return out;
    }

    /** The LAs whose directories list (or may list) the provider. */
    public List<UUID> localAuthorityIds(UUID providerId) {
        return db.sql("select local_authority_id from provider_local_authority where provider_id = ? order by 1")
                .param(providerId).query(UUID.class).list();
    }

    private static ProviderSummary summary(ResultSet rs, Map<UUID, List<Integer>> lots) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new ProviderSummary(id, rs.getString("name"), Registration.parse(rs.getString("registration")),
                DirectoryStatus.valueOf(rs.getString("directory_status")), rs.getString("urn"), rs.getString("ukprn"),
                rs.getString("area"), (Integer) rs.getObject("capacity"), (Integer) rs.getObject("age_from"),
                (Integer) rs.getObject("age_to"), List.copyOf(lots.getOrDefault(id, List.of())));
    }
}
