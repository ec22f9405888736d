package org.waymark.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.waymark.organisation.SignedInUser;
import org.waymark.shared.Timestamps;

/** A user's in-app notices. */
@Service
public class Notices {

    public record Notice(UUID id, OffsetDateTime createdAt, String title, String body, String link,
            OffsetDateTime readAt) {
    }

    private final JdbcClient db;
    private final Clock clock;

    Notices(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public List<Notice> of(SignedInUser user, int limit) {
        return db.sql("select id, created_at, title, body, link, read_at from notice where user_id = ? "
                + "order by created_at desc, id limit ?").params(user.id(), limit).query(Notice.class).list();
    }

    public long unread(SignedInUser user) {
        return db.sql("select count(*) from notice where user_id = ? and read_at is null").param(user.id())
                .query(Long.class).single();
    }

    public void markAllRead(SignedInUser user) {
        db.sql("update notice set read_at = ? where user_id = ? and read_at is null")
                .params(Timestamps.now(clock), user.id()).update();
    }
}
