package org.waymark.organisation.security;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.waymark.organisation.OrganisationType;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;

/** Reads the account facts that sign-in and session checks need (including the password hash). */
@Component
public class Accounts {

    private final JdbcClient db;
    private final Clock clock;

    Accounts(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    record Credentials(SignedInUser user, String passwordHash, boolean active) {
    }

    Optional<Credentials> byEmail(String email) {
        return db.sql("""
                select id, email, name, role, organisation_type, organisation_id, local_authority_id, password_hash, active
                from app_user where email = ?""").param(email)
                .query((rs, i) -> new Credentials(new SignedInUser(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getString(3), Role.valueOf(rs.getString(4)), OrganisationType.valueOf(rs.getString(5)),
                        rs.getObject(6, UUID.class), rs.getObject(7, UUID.class), clock.instant()),
                        rs.getString(8), rs.getBoolean(9)))
                .optional();
    }

    /** Whether a session that began at {@code signedInAt} may still act for this user. */
    boolean sessionStillValid(UUID userId, java.time.Instant signedInAt) {
        return db.sql("select active, sessions_valid_after from app_user where id = ?").param(userId)
                .query((rs, i) -> rs.getBoolean(1)
                        && !rs.getObject(2, OffsetDateTime.class).toInstant().isAfter(signedInAt))
                .optional().orElse(false);
    }
}
