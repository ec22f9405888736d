package org.waymark.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.waymark.shared.MailMessage;
import org.waymark.shared.NoticeForUser;
import org.waymark.shared.Timestamps;

/**
 * Takes mail and notices in the transaction that causes them (a rolled-back change sends nothing;
 * a committed one is never lost), and keeps the outbox rows the dispatcher sends from.
 */
@Service
public class Outbox {

    public record Mail(UUID id, OffsetDateTime createdAt, String toAddress, String subject, String body,
            String status, int attempts, OffsetDateTime sentAt, String lastError) {
    }

    public static final String PENDING = "PENDING";
    public static final String SENT = "SENT";
    /** No SMTP server is configured (demo): the mail stays here, readable on the outbox page. */
    public static final String HELD_LOCALLY = "HELD_LOCALLY";
    public static final String FAILED = "FAILED";

    private final JdbcClient db;
    private final Clock clock;

    Outbox(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @EventListener
    void on(MailMessage mail) {
        OffsetDateTime now = Timestamps.now(clock);
        db.sql("""
                insert into outbox_mail (id, created_at, to_address, subject, body, status, next_attempt_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), now, mail.to(), cut(mail.subject(), 200), cut(mail.body(), 8000), PENDING, now)
                .update();
    }

    @EventListener
    void on(NoticeForUser notice) {
        db.sql("insert into notice (id, user_id, created_at, title, body, link) values (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), notice.userId(), Timestamps.now(clock), cut(notice.title(), 200),
                        cut(notice.body(), 2000), notice.link())
                .update();
    }

    List<Mail> due(int limit) {
        return db.sql("select id, created_at, to_address, subject, body, status, attempts, sent_at, last_error "
                        + "from outbox_mail where status = ? and next_attempt_at <= ? order by created_at, id limit ?")
                .params(PENDING, Timestamps.now(clock), limit).query(Mail.class).list();
    }

    void markSent(UUID id, String status) {
        db.sql("update outbox_mail set status = ?, sent_at = ?, attempts = attempts + 1 where id = ?")
                .params(status, Timestamps.now(clock), id).update();
    }

    /** Retries with a doubling wait, up to 10 attempts over about 17 hours, then gives up visibly. */
    void markFailed(Mail mail, String error) {
        int attempts = mail.attempts() + 1;
        Duration wait = Duration.ofMinutes((long) Math.min(60 * 8, Math.pow(2, attempts - 1)));
        db.sql("update outbox_mail set attempts = ?, last_error = ?, status = ?, next_attempt_at = ? where id = ?")
                .params(attempts, cut(error, 500), attempts >= 10 ? FAILED : PENDING,
                        Timestamps.now(clock).plus(wait), mail.id())
                .update();
    }

    /** The latest mail to users of one LA (an admin reads only their own LA's mail). */
    public List<Mail> latestFor(UUID localAuthorityId, int limit) {
        return db.sql("""
                select m.id, m.created_at, m.to_address, m.subject, m.body, m.status, m.attempts, m.sent_at, m.last_error
                from outbox_mail m where exists (select 1 from app_user u where u.email = m.to_address
                                                 and u.local_authority_id = ?)
                order by m.created_at desc, m.id limit ?""").params(localAuthorityId, limit).query(Mail.class).list();
    }

    public long countUnsent() {
        return db.sql("select count(*) from outbox_mail where status in (?, ?)").params(PENDING, FAILED)
                .query(Long.class).single();
    }

    private static String cut(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max);
    }
}
