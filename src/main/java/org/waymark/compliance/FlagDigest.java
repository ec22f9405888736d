package org.waymark.compliance;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.organisation.SignedInUser;
import org.waymark.organisation.UserAccount;
import org.waymark.organisation.Users;
import org.waymark.shared.ForbiddenException;
import org.waymark.shared.MailMessage;
import org.waymark.shared.Timestamps;
import org.waymark.shared.WaymarkSettings;

/**
 * The daily e-mail digest an LA officer can choose: how many flags of each kind opened in their LA since the
 * last digest, with a link to the list. Critical flags are still sent at once (FlagNotices).
 */
@Service
public class FlagDigest {

    private final JdbcClient db;
    private final Users users;
    private final ApplicationEventPublisher events;
    private final WaymarkSettings settings;
    private final Clock clock;

    FlagDigest(JdbcClient db, Users users, ApplicationEventPublisher events, WaymarkSettings settings, Clock clock) {
        this.db = db;
        this.users = users;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    public boolean isSubscribed(SignedInUser user) {
        return db.sql("select count(*) from flag_digest_subscriber where user_id = ?").param(user.id())
                .query(Long.class).single() > 0;
    }

    @Transactional
    public void choose(SignedInUser user, boolean daily) {
        if (!user.isLaWide()) {
            throw new ForbiddenException("The daily digest is for LA officers");
        }
        db.sql("delete from flag_digest_subscriber where user_id = ?").param(user.id()).update();
        if (daily) {
            db.sql("insert into flag_digest_subscriber (user_id, subscribed_at, last_sent_at) values (?, ?, ?)")
                    .params(user.id(), Timestamps.now(clock), Timestamps.now(clock)).update();
        }
    }

    @Scheduled(cron = "${waymark.compliance.digest-cron:0 30 6 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "flag-digest", lockAtMostFor = "PT30M")
    void daily() {
        sendDigests();
    }

    /** Sends each subscriber the flags opened since their last digest; returns how many digests were sent. */
    @Transactional
    public int sendDigests() {
        OffsetDateTime now = Timestamps.now(clock);
        int sent = 0;
        for (var row : db.sql("select user_id from flag_digest_subscriber order by user_id").query().listOfRows()) {
            UUID userId = (UUID) row.get("user_id");
            UserAccount user = users.find(userId).orElse(null);
            if (user == null || !user.active() || !user.role().isLaWide()) {
                continue;
            }
            OffsetDateTime since = db.sql("select last_sent_at from flag_digest_subscriber where user_id = ?")
                    .param(userId).query(OffsetDateTime.class).single();
            Map<FlagCode, Long> opened = new EnumMap<>(FlagCode.class);
            db.sql("""
                    select code, count(*) as n from flag where local_authority_id = ? and opened_at > ?
                    and opened_at <= ? group by code""")
                    .params(user.localAuthorityId(), since, now)
                    .query((rs, n) -> Map.entry(FlagCode.valueOf(rs.getString("code")), rs.getLong("n")))
                    .list().forEach(e -> opened.put(e.getKey(), e.getValue()));
            db.sql("update flag_digest_subscriber set last_sent_at = ? where user_id = ?").params(now, userId)
                    .update();
            if (opened.isEmpty()) {
                continue;
            }
            StringBuilder body = new StringBuilder("Flags opened in your local authority since your last digest:\n\n");
            opened.forEach((code, n) -> body.append("- ").append(FlagWords.title(code)).append(": ").append(n)
                    .append('\n'));
            body.append("\nSee them: ").append(settings.baseUrl()).append("/flags\n\n")
                    .append("You chose this daily digest in Waymark. Turn it off on the flags page.\n");
            long total = opened.values().stream().mapToLong(Long::longValue).sum();
            events.publishEvent(new MailMessage(user.email(), "Waymark: " + total + (total == 1 ? " new flag" : " new flags")
                    + " today", body.toString()));
            sent++;
        }
        return sent;
    }
}
