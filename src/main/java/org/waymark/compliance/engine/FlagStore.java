package org.waymark.compliance.engine;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.waymark.compliance.Audience;
import org.waymark.compliance.Flag;
import org.waymark.compliance.FlagCode;
import org.waymark.compliance.FlagRecord;
import org.waymark.compliance.Owner;
import org.waymark.compliance.OwnerType;
import org.waymark.compliance.RaisedFlag;
import org.waymark.compliance.Severity;
import org.waymark.compliance.SubjectType;

/** The flag table: opens what the rules raise, keeps open flags current, closes the ones no longer raised. */
@Repository
public class FlagStore {

    public static final String COLUMNS = """
            id, code, severity, subject_type, subject_id, since, owner_type, owner_id, evidence, closed_on,
            school_id, provider_id, pupil_id,
            exists (select 1 from flag_acknowledgement a where a.flag_id = flag.id) as acknowledged""";

    private record Key(FlagCode code, SubjectType subjectType, UUID subjectId) {
    }

    private record Open(UUID id, Key key, Severity severity, LocalDate since, Owner owner, String evidence,
            Audience audience) {
    }

    private final JdbcClient db;

    FlagStore(JdbcClient db) {
        this.db = db;
    }

    /**
     * Reconciles one LA's open flags of {@code codes} with what the rules raise now, in the caller's
     * transaction, holding the LA's row lock so that two instances never open the same flag twice.
     *
     * @return the flags opened by this call
     */
    public List<FlagRecord> reconcile(UUID localAuthorityId, Set<FlagCode> codes, List<RaisedFlag> raised,
            LocalDate today, OffsetDateTime now) {
        db.sql("select id from local_authority where id = ? for update").param(localAuthorityId).query(UUID.class)
                .optional();
        Map<Key, Open> open = new HashMap<>();
        for (Open o : openFlags(localAuthorityId)) {
            open.put(o.key(), o);
        }
        List<FlagRecord> opened = new ArrayList<>();
        Map<Key, RaisedFlag> seen = new HashMap<>();
        for (RaisedFlag r : raised) {
            Flag f = r.flag();
            seen.putIfAbsent(new Key(f.code(), f.subjectType(), f.subjectId()), r);
        }
        for (Map.Entry<Key, RaisedFlag> e : seen.entrySet()) {
            Flag f = e.getValue().flag();
            Audience a = e.getValue().audience();
            String evidence = String.join("\n", shortened(f.evidence()));
            Open existing = open.remove(e.getKey());
            if (existing == null) {
                UUID id = UUID.randomUUID();
                db.sql("""
                        insert into flag (id, local_authority_id, code, severity, subject_type, subject_id, owner_type,
                            owner_id, since, evidence, school_id, provider_id, family_id, pupil_id, opened_at, checked_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(id, localAuthorityId, f.code().name(), f.severity().name(), f.subjectType().name(),
                                f.subjectId(), f.owner().type().name(), f.owner().id(), f.since(), evidence,
                                a.schoolId(), a.providerId(), a.familyId(), a.pupilId(), now, now)
                        .update();
                opened.add(new FlagRecord(id, f.code(), f.severity(), f.subjectType(), f.subjectId(), f.since(),
                        f.owner(), f.evidence(), null, a.schoolId(), a.providerId(), a.pupilId(), false));
            } else if (existing.severity() != f.severity() || !existing.since().equals(f.since())
                    || !existing.owner().equals(f.owner()) || !existing.evidence().equals(evidence)
                    || !existing.audience().equals(a)) {
                db.sql("""
                        update flag set severity = ?, since = ?, owner_type = ?, owner_id = ?, evidence = ?,
                            school_id = ?, provider_id = ?, family_id = ?, pupil_id = ?, checked_at = ?,
                            version = version + 1
                        where id = ?""")
                        .params(f.severity().name(), f.since(), f.owner().type().name(), f.owner().id(), evidence,
                                a.schoolId(), a.providerId(), a.familyId(), a.pupilId(), now, existing.id())
                        .update();
            }
        }
        for (Open gone : open.values()) {
            if (codes.contains(gone.key().code())) {
                db.sql("update flag set closed_on = ?, closed_at = ?, version = version + 1 where id = ?")
                        .params(today, now, gone.id()).update();
            }
        }
        return opened;
    }

    /** At most {@value #MAX_EVIDENCE} sentences: the rest are counted, and the records behind them show them. */
    static List<String> shortened(List<String> evidence) {
        if (evidence.size() <= MAX_EVIDENCE) {
            return evidence;
        }
        List<String> kept = new ArrayList<>(evidence.subList(0, MAX_EVIDENCE - 1));
        kept.add("And " + (evidence.size() - MAX_EVIDENCE + 1) + " more like these; the records show them all.");
        return kept;
    }

    static final int MAX_EVIDENCE = 40;

    private List<Open> openFlags(UUID localAuthorityId) {
        return db.sql("""
                select id, code, severity, subject_type, subject_id, since, owner_type, owner_id, evidence,
                       school_id, provider_id, family_id, pupil_id
                from flag where local_authority_id = ? and closed_on is null""")
                .param(localAuthorityId)
                .query((rs, n) -> new Open(rs.getObject("id", UUID.class),
                        new Key(FlagCode.valueOf(rs.getString("code")), SubjectType.valueOf(rs.getString("subject_type")),
                                rs.getObject("subject_id", UUID.class)),
                        Severity.valueOf(rs.getString("severity")), rs.getObject("since", LocalDate.class),
                        new Owner(OwnerType.valueOf(rs.getString("owner_type")), rs.getObject("owner_id", UUID.class)),
                        rs.getString("evidence"),
                        new Audience(localAuthorityId, rs.getObject("school_id", UUID.class),
                                rs.getObject("provider_id", UUID.class), rs.getObject("family_id", UUID.class),
                                rs.getObject("pupil_id", UUID.class))))
                .list();
    }

    /** Maps a row selected with {@link #COLUMNS}. */
    public static FlagRecord map(java.sql.ResultSet rs) throws java.sql.SQLException {
        String evidence = rs.getString("evidence");
        return new FlagRecord(rs.getObject("id", UUID.class), FlagCode.valueOf(rs.getString("code")),
                Severity.valueOf(rs.getString("severity")), SubjectType.valueOf(rs.getString("subject_type")),
                rs.getObject("subject_id", UUID.class), rs.getObject("since", LocalDate.class),
                new Owner(OwnerType.valueOf(rs.getString("owner_type")), rs.getObject("owner_id", UUID.class)),
                evidence.isEmpty() ? List.of() : Arrays.asList(evidence.split("\n")),
                rs.getObject("closed_on", LocalDate.class), rs.getObject("school_id", UUID.class),
                rs.getObject("provider_id", UUID.class), rs.getObject("pupil_id", UUID.class),
                rs.getBoolean("acknowledged"));
    }

}
