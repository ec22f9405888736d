package org.waymark.organisation.security;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.waymark.shared.Timestamps;

/**
 * Slows and then locks repeated failed sign-ins for an e-mail address, whether or not it has an
 * account (so the answer reveals nothing). Kept in the database, so it holds across instances.
 */
@Component
public class SignInThrottle {

    /** From this many failures, each further try must wait {@link #SLOW_DOWN}. */
    public static final int SLOW_AFTER = 3;
    public static final Duration SLOW_DOWN = Duration.ofSeconds(10);
    /** At this many failures the address is locked for {@link #LOCK_FOR}. */
    public static final int LOCK_AFTER = 5;
    public static final Duration LOCK_FOR = Duration.ofMinutes(15);

    private final JdbcClient db;
    private final Clock clock;

    SignInThrottle(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    record Attempts(int failures, OffsetDateTime lastFailureAt, OffsetDateTime lockedUntil) {
    }

    /** Why this address may not try now, or empty. */
    public Optional<String> refusal(String email) {
        OffsetDateTime now = Timestamps.now(clock);
        return find(email).flatMap(a -> {
            if (a.lockedUntil() != null && a.lockedUntil().isAfter(now)) {
                long minutes = Math.max(1, (Duration.between(now, a.lockedUntil()).getSeconds() + 59) / 60);
                return Optional.of("You have entered the wrong password too many times. Your account is locked for "
                        + minutes + " more minute" + (minutes == 1 ? "" : "s")
                        + ". Try again later, or reset your password.");
            }
            if (a.failures() >= SLOW_AFTER && (a.lockedUntil() == null || !a.lockedUntil().isAfter(now))
                    && a.lastFailureAt().plus(SLOW_DOWN).isAfter(now) && a.failures() < LOCK_AFTER) {
                return Optional.of("Too many failed attempts. Wait " + SLOW_DOWN.toSeconds()
                        + " seconds before you try again.");
            }
            return Optional.empty();
        });
    }

    public void failed(String email) {
        String key = key(email);
        OffsetDateTime now = Timestamps.now(clock);
        Optional<Attempts> before = find(email);
        int failures = before.map(a -> expired(a, now) ? 0 : a.failures()).orElse(0) + 1;
        OffsetDateTime lockedUntil = failures >= LOCK_AFTER ? now.plus(LOCK_FOR) : null;
        if (before.isPresent()) {
            db.sql("update sign_in_attempt set failures = ?, last_failure_at = ?, locked_until = ? where email = ?")
                    .params(failures, now, lockedUntil, key).update();
        } else {
            db.sql("insert into sign_in_attempt (email, failures, last_failure_at, locked_until) values (?, ?, ?, ?)"
                    + " on conflict do nothing").params(key, failures, now, lockedUntil).update();
        }
    }

    /** A lock that has run out starts the count again. */
    private static boolean expired(Attempts a, OffsetDateTime now) {
        return a.lockedUntil() != null && !a.lockedUntil().isAfter(now);
    }

    public void succeeded(String email) {
        db.sql("delete from sign_in_attempt where email = ?").param(key(email)).update();
    }

    private Optional<Attempts> find(String email) {
        return db.sql("select failures, last_failure_at, locked_until from sign_in_attempt where email = ?")
                .param(key(email)).query(Attempts.class).optional();
    }

    private static String key(String email) {
        String k = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        return k.length() > 254 ? k.substring(0, 254) : k;
    }
}
