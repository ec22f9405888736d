package org.waymark.organisation.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.support.WaymarkTest;

/** Slowing and locking repeated failures, with a clock the test moves. */
@WaymarkTest
class SignInThrottleTest {

    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-23T09:30:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void pass(Duration d) {
            now = now.plus(d);
        }
    }

    @Autowired
    JdbcClient db;

    @Test
    void slowsAfterThreeFailuresAndLocksAtFive() {
        MovableClock clock = new MovableClock();
        SignInThrottle throttle = new SignInThrottle(db, clock);
        String email = "someone-" + UUID.randomUUID() + "@school.example";
        throttle.failed(email);
        throttle.failed(email);
        assertThat(throttle.refusal(email)).isEmpty();
        throttle.failed(email);
        assertThat(throttle.refusal(email)).get().asString().contains("Wait 10 seconds");
        clock.pass(Duration.ofSeconds(11));
        assertThat(throttle.refusal(email)).isEmpty();
        throttle.failed(email);
        clock.pass(Duration.ofSeconds(11));
        throttle.failed(email);
        assertThat(throttle.refusal(email)).get().asString().contains("locked for 15 more minutes");
        clock.pass(Duration.ofMinutes(14));
        assertThat(throttle.refusal(email)).get().asString().contains("locked for 1 more minute.");
        clock.pass(Duration.ofMinutes(2));
        assertThat(throttle.refusal(email)).isEmpty();
        throttle.failed(email); // a lock that ran out starts the count again
        assertThat(throttle.refusal(email)).isEmpty();
    }

    @Test
    void successClearsTheCount() {
        MovableClock clock = new MovableClock();
        SignInThrottle throttle = new SignInThrottle(db, clock);
        String email = "another-" + UUID.randomUUID() + "@school.example";
        for (int i = 0; i < 3; i++) {
            throttle.failed(email);
        }
        throttle.succeeded(email);
        assertThat(throttle.refusal(email)).isEmpty();
    }
}
