package org.waymark.organisation.security;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.MailMessage;
import org.waymark.shared.Timestamps;
import org.waymark.shared.WaymarkSettings;

/**
 * Password reset and first-password links: single use, expiring, stored only as a digest. Asking for a
 * reset never reveals whether an address has an account.
 */
@Service
public class PasswordResets {

    static final Duration RESET_VALID_FOR = Duration.ofHours(1);
    static final Duration INVITATION_VALID_FOR = Duration.ofDays(7);

    private final JdbcClient db;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final PasswordEncoder encoder;
    private final WaymarkSettings settings;

    PasswordResets(JdbcClient db, Clock clock, ApplicationEventPublisher events, PasswordEncoder encoder,
            WaymarkSettings settings) {
        this.db = db;
        this.clock = clock;
        this.events = events;
        this.encoder = encoder;
        this.settings = settings;
    }

    @Transactional
    public void requestReset(String email) {
        if (email == null) {
            return;
        }
        db.sql("select id, email from app_user where email = ? and active = true")
                .param(email.trim().toLowerCase(java.util.Locale.ROOT))
                .query((rs, i) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2)}).optional()
                .ifPresent(row -> {
                    String link = issue((UUID) row[0], RESET_VALID_FOR);
                    events.publishEvent(new MailMessage((String) row[1], "Reset your Waymark password",
                            "Someone asked to reset the password for your Waymark account.\n\n"
                                    + "To choose a new password, open this link within 1 hour:\n" + link + "\n\n"
                                    + "The link works once. If you did not ask for this, you can ignore this email: "
                                    + "your password has not changed."));
                });
    }

    public void sendInvitation(UUID userId, String email, String name) {
        String link = issue(userId, INVITATION_VALID_FOR);
        events.publishEvent(new MailMessage(email, "Your Waymark account",
                "Hello " + name + ",\n\nAn account has been created for you on Waymark, the local authority's "
                        + "alternative provision service.\n\nTo choose your password, open this link within 7 days:\n"
                        + link + "\n\nThe link works once."));
    }

    private String issue(UUID userId, Duration validFor) {
        String token = Tokens.random("");
        OffsetDateTime now = Timestamps.now(clock);
        db.sql("insert into password_reset (token_hash, user_id, created_at, expires_at) values (?, ?, ?, ?)")
                .params(Tokens.digest(token), userId, now, now.plus(validFor)).update();
        return settings.baseUrl() + "/password-reset/" + token;
    }

    /** The e-mail address the link is for, while it is unused and in date. */
    public Optional<String> emailFor(String token) {
        return db.sql("""
                select u.email from password_reset r join app_user u on u.id = r.user_id
                where r.token_hash = ? and r.used_at is null and r.expires_at > ? and u.active = true""")
                .params(Tokens.digest(token), Timestamps.now(clock)).query(String.class).optional();
    }

    /** Sets the new password, uses up the link, ends every session and clears any sign-in lock. */
    @Transactional
    public void complete(String token, String password, String confirmation) {
        String email = emailFor(token).orElseThrow(() -> new InvalidInputException("token",
                "This link has expired or has already been used. Ask for a new one."));
        Optional<String> problem = PasswordPolicy.problem(password, email);
        if (problem.isPresent()) {
            throw new InvalidInputException("password", problem.get());
        }
        if (!password.equals(confirmation)) {
            throw new InvalidInputException("confirmation", "The passwords do not match");
        }
        OffsetDateTime now = Timestamps.now(clock);
        int used = db.sql("update password_reset set used_at = ? where token_hash = ? and used_at is null")
                .params(now, Tokens.digest(token)).update();
        if (used == 0) {
            throw new InvalidInputException("token", "This link has already been used. Ask for a new one.");
        }
        db.sql("update app_user set password_hash = ?, sessions_valid_after = ? where email = ?")
                .params(encoder.encode(password), now, email).update();
        db.sql("delete from sign_in_attempt where email = ?").param(email).update();
    }
}
