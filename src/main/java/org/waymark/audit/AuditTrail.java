package org.waymark.audit;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.shared.ForbiddenException;
import org.waymark.shared.Timestamps;

/**
 * The audit trail of children's records. Every module records here who viewed or changed a child's
 * record; the detail names the kind of change, never the data itself.
 */
@Service
public class AuditTrail {

    public enum Action { VIEWED, CREATED, CHANGED, EXPORTED }

    private final JdbcClient db;
    private final Clock clock;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    AuditTrail(JdbcClient db, Clock clock, org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.db = db;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /**
     * Records one action. {@code pupilId} is the child the record is about; {@code localAuthorityId}
     * the LA responsible for the child, whose admins may read the trail.
     */
    public void record(SignedInUser user, Action action, String subjectType, Object subjectId, UUID pupilId,
            UUID localAuthorityId, String detail) {
        db.sql("""
                insert into audit_event (at, user_id, user_role, action, subject_type, subject_id, pupil_id,
                                         local_authority_id, detail) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Timestamps.now(clock), user == null ? null : user.id(),
                        user == null ? "SYSTEM" : user.role().name(), action.name(), subjectType,
                        String.valueOf(subjectId), pupilId, localAuthorityId,
                        detail == null ? null : detail.substring(0, Math.min(300, detail.length())))
                .update();
    }

    /** One child's record in a batch: the subject's id, the child and the child's LA. */
    public record Subject(Object subjectId, UUID pupilId, UUID localAuthorityId) {
    }

    /**
     * Records the same action on many children's records in one batched statement (a register of 60 pupils is
     * one insert, not 60).
     */
    public void recordAll(SignedInUser user, Action action, String subjectType, List<Subject> subjects, String detail) {
        if (subjects.isEmpty()) {
            return;
        }
        java.time.OffsetDateTime at = Timestamps.now(clock);
        String d = detail == null ? null : detail.substring(0, Math.min(300, detail.length()));
        List<Object[]> rows = subjects.stream().map(s -> new Object[] {at, user == null ? null : user.id(),
                user == null ? "SYSTEM" : user.role().name(), action.name(), subjectType,
                String.valueOf(s.subjectId()), s.pupilId(), s.localAuthorityId(), d}).toList();
        jdbc.batchUpdate("""
                insert into audit_event (at, user_id, user_role, action, subject_type, subject_id, pupil_id,
                                         local_authority_id, detail) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    /** The trail for one child, newest first: LA admins of the child's LA only. */
    public List<AuditEvent> forPupil(SignedInUser admin, UUID pupilId, int limit) {
        requireAdmin(admin);
        return db.sql("""
                select e.id, e.at, e.user_id, u.name as user_name, e.user_role, e.action, e.subject_type, e.subject_id,
                       e.pupil_id, e.detail
                from audit_event e left join app_user u on u.id = e.user_id
                where e.pupil_id = ? and e.local_authority_id = ? order by e.at desc, e.id desc limit ?""")
                .params(pupilId, admin.localAuthorityId(), limit).query(AuditEvent.class).list();
    }

    /** The latest events about children of the admin's LA. */
    public List<AuditEvent> latest(SignedInUser admin, int limit) {
        requireAdmin(admin);
        return db.sql("""
                select e.id, e.at, e.user_id, u.name as user_name, e.user_role, e.action, e.subject_type, e.subject_id,
                       e.pupil_id, e.detail
                from audit_event e left join app_user u on u.id = e.user_id
                where e.local_authority_id = ? order by e.at desc, e.id desc limit ?""")
                .params(admin.localAuthorityId(), limit).query(AuditEvent.class).list();
    }

    private static void requireAdmin(SignedInUser user) {
        if (user.role() != Role.LA_ADMIN) {
            throw new ForbiddenException("Only an LA admin can read the audit trail");
        }
    }
}
