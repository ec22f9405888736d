package org.waymark.compliance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.waymark.compliance.engine.FlagStore;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.shared.ForbiddenException;
import org.waymark.shared.ListPage;
import org.waymark.shared.NotFoundException;

/**
 * Reading flags, always within the caller's scope: the LA sees its own; a school the flags about its pupils
 * and the placements it commissioned; a provider the flags about itself and its placements except open
 * concerns (which the LA looks into first); a family those about its child. Partners see none yet.
 */
@Service
public class Flags {

    /** What to list: any of the filters may be null. */
    public record Filter(FlagCode code, Severity severity, SubjectType subjectType, UUID subjectId, UUID schoolId,
            UUID providerId, boolean openOnly, boolean longestOpenFirst) {

        public static Filter open() {
            return new Filter(null, null, null, null, null, null, true, false);
        }

        public Filter about(SubjectType type, UUID id) {
            return new Filter(code, severity, type, id, schoolId, providerId, openOnly, longestOpenFirst);
        }
    }

    /** Someone's acknowledgement of a flag: what they are doing about it. */
    public record Acknowledgement(String userName, Role role, String note, java.time.OffsetDateTime at) {
    }

    private final JdbcClient db;
    private final java.time.Clock clock;

    Flags(JdbcClient db, java.time.Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public ListPage<FlagRecord> list(SignedInUser user, Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder(scope(user));
        List<Object> params = new ArrayList<>(scopeParams(user));
        if (filter.code() != null) {
            where.append(" and code = ?");
            params.add(filter.code().name());
        }
        if (filter.severity() != null) {
            where.append(" and severity = ?");
            params.add(filter.severity().name());
        }
        if (filter.schoolId() != null) {
            where.append(" and school_id = ?");
            params.add(filter.schoolId());
        }
        if (filter.providerId() != null) {
            where.append(" and provider_id = ?");
            params.add(filter.providerId());
        }
        if (filter.subjectType() != null) {
            where.append(" and subject_type = ?");
            params.add(filter.subjectType().name());
        }
        if (filter.subjectId() != null) {
            where.append(" and subject_id = ?");
            params.add(filter.subjectId());
        }
        if (filter.openOnly()) {
            where.append(" and closed_on is null");
        }
        long total = db.sql("select count(*) from flag where " + where).params(params).query(Long.class).single();
        List<Object> paged = new ArrayList<>(params);
        paged.add((long) page * size);
        paged.add(size);
        List<FlagRecord> items = db.sql("select " + FlagStore.COLUMNS + " from flag where " + where
                + (filter.longestOpenFirst() ? " order by since, code, id"
                        : " order by case severity when 'CRITICAL' then 0 when 'WARNING' then 1 else 2 end, since, code, id")
                + " offset ? rows fetch next ? rows only")
                .params(paged).query((rs, n) -> FlagStore.map(rs)).list();
        return new ListPage<>(items, page, size, total);
    }

    public FlagRecord find(SignedInUser user, UUID id) {
        List<Object> params = new ArrayList<>(scopeParams(user));
        params.add(id);
        return db.sql("select " + FlagStore.COLUMNS + " from flag where " + scope(user) + " and id = ?")
                .params(params).query((rs, n) -> FlagStore.map(rs)).optional()
                .orElseThrow(() -> new NotFoundException("flag"));
    }

    /** Open flags about one record that the caller may see (for the record's own page). */
    public List<FlagRecord> openAbout(SignedInUser user, SubjectType type, UUID subjectId) {
        return list(user, Filter.open().about(type, subjectId), 0, ListPage.MAX_SIZE).items();
    }

    /** Records that the user acknowledged the flag, with a note on what is being done; never closes it. */
    @org.springframework.transaction.annotation.Transactional
    public void acknowledge(SignedInUser user, UUID flagId, String note) {
        find(user, flagId);
        String trimmed = note == null ? "" : note.strip();
        if (trimmed.isEmpty()) {
            throw new org.waymark.shared.InvalidInputException("note", "Enter what is being done about the flag");
        }
        if (trimmed.length() > 2000) {
            throw new org.waymark.shared.InvalidInputException("note", "The note must be 2,000 characters or fewer");
        }
        db.sql("insert into flag_acknowledgement (id, flag_id, user_id, note, acknowledged_at) values (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), flagId, user.id(), trimmed, org.waymark.shared.Timestamps.now(clock))
                .update();
    }

    public List<Acknowledgement> acknowledgements(SignedInUser user, UUID flagId) {
        find(user, flagId);
        return db.sql("""
                select u.name, u.role, a.note, a.acknowledged_at from flag_acknowledgement a
                join app_user u on u.id = a.user_id where a.flag_id = ? order by a.acknowledged_at, a.id""")
                .param(flagId)
                .query((rs, n) -> new Acknowledgement(rs.getString("name"), Role.valueOf(rs.getString("role")),
                        rs.getString("note"), rs.getObject("acknowledged_at", java.time.OffsetDateTime.class)))
                .list();
    }

    /** Open flags of an LA counted by code, every code present (zero when none). */
    public Map<FlagCode, Long> openCountsByCode(UUID localAuthorityId) {
        Map<FlagCode, Long> counts = new EnumMap<>(FlagCode.class);
        for (FlagCode c : FlagCode.values()) {
            counts.put(c, 0L);
        }
        db.sql("select code, count(*) as n from flag where local_authority_id = ? and closed_on is null group by code")
                .param(localAuthorityId)
                .query((rs, n) -> Map.entry(FlagCode.valueOf(rs.getString("code")), rs.getLong("n")))
                .list().forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    public Optional<FlagRecord> findOpen(UUID localAuthorityId, FlagCode code, UUID subjectId) {
        return db.sql("select " + FlagStore.COLUMNS
                + " from flag where local_authority_id = ? and code = ? and subject_id = ? and closed_on is null")
                .params(localAuthorityId, code.name(), subjectId).query((rs, n) -> FlagStore.map(rs)).optional();
    }

    private static String scope(SignedInUser user) {
        if (user.role() == Role.PARTNER) {
            throw new ForbiddenException("Partners see flags through the records shared with them");
        }
        return switch (user.organisationType()) {
            case LOCAL_AUTHORITY -> "local_authority_id = ?";
            case SCHOOL -> "school_id = ?";
            case PROVIDER -> "provider_id = ? and code <> 'OPEN_CONCERN'";
            case FAMILY -> "family_id = ?";
        };
    }

    private static List<Object> scopeParams(SignedInUser user) {
        return List.of(user.organisationType() == org.waymark.organisation.OrganisationType.LOCAL_AUTHORITY
                ? user.localAuthorityId() : user.organisationId());
    }
}
