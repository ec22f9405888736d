package org.waymark.organisation;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.organisation.security.Tokens;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.NotFoundException;
import org.waymark.shared.Timestamps;

/** Personal API tokens: shown once, stored as a SHA-256 digest, refused once revoked or the user is deactivated. */
@Service
public class ApiTokens {

    public record TokenSummary(UUID id, String name, OffsetDateTime createdAt, OffsetDateTime lastUsedAt,
            OffsetDateTime revokedAt) {
    }

    /** The secret is in {@code token}; it is never shown again. */
    public record NewToken(UUID id, String name, String token) {
    }

    private final JdbcClient db;
    private final Clock clock;

    ApiTokens(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Transactional
    public NewToken create(SignedInUser user, String name) {
        return createWithSecret(user.id(), name, Tokens.random("wm_"));
    }

    /** Demo data: a token whose secret is published in the README. */
    @Transactional
    public NewToken createWithSecret(UUID userId, String name, String secret) {
        String clean = name == null ? "" : name.trim();
        if (clean.isEmpty()) {
            throw new InvalidInputException("name", "Enter a name for the token, like 'MIS export'");
        }
        if (clean.length() > 100) {
            throw new InvalidInputException("name", "Token name must be 100 characters or fewer");
        }
        UUID id = UUID.randomUUID();
        db.sql("insert into api_token (id, user_id, name, token_hash, created_at) values (?, ?, ?, ?, ?)")
                .params(id, userId, clean, Tokens.digest(secret), Timestamps.now(clock)).update();
        return new NewToken(id, clean, secret);
    }

    public List<TokenSummary> tokensOf(SignedInUser user) {
        return db.sql("select id, name, created_at, last_used_at, revoked_at from api_token where user_id = ?"
                        + " order by created_at desc, name").param(user.id()).query(TokenSummary.class).list();
    }

    @Transactional
    public void revoke(SignedInUser user, UUID tokenId) {
        int changed = db.sql("update api_token set revoked_at = ? where id = ? and user_id = ? and revoked_at is null")
                .params(Timestamps.now(clock), tokenId, user.id()).update();
        if (changed == 0 && db.sql("select count(*) from api_token where id = ? and user_id = ?")
                .params(tokenId, user.id()).query(Long.class).single() == 0) {
            throw new NotFoundException("Token");
        }
    }

    private record Holder(SignedInUser user, UUID tokenId, OffsetDateTime lastUsedAt) {
    }

    /** The user a live token acts for; records its use at most once a minute (a write per call would not scale). */
    public Optional<SignedInUser> authenticate(String secret) {
        OffsetDateTime now = Timestamps.now(clock);
        Optional<Holder> holder = db.sql("""
                select u.id, u.email, u.name, u.role, u.organisation_type, u.organisation_id, u.local_authority_id,
                       t.id, t.last_used_at
                from api_token t join app_user u on u.id = t.user_id
                where t.token_hash = ? and t.revoked_at is null and u.active = true""").param(Tokens.digest(secret))
                .query((rs, i) -> new Holder(new SignedInUser(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getString(3), Role.valueOf(rs.getString(4)), OrganisationType.valueOf(rs.getString(5)),
                        rs.getObject(6, UUID.class), rs.getObject(7, UUID.class), clock.instant()),
                        rs.getObject(8, UUID.class), rs.getObject(9, OffsetDateTime.class)))
                .optional();
        holder.filter(h -> h.lastUsedAt() == null || h.lastUsedAt().plus(Duration.ofMinutes(1)).isBefore(now))
                .ifPresent(h -> db.sql("update api_token set last_used_at = ? where id = ?").params(now, h.tokenId())
                        .update());
        return holder.map(Holder::user);
    }
}
