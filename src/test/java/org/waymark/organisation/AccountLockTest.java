package org.waymark.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.support.WaymarkTest;
import org.waymark.support.WebSession;

/** Through the sign-in page: a locked address is refused even with the right password, with a clear message. */
@WaymarkTest
class AccountLockTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    java.time.Clock clock;

    @Test
    void lockedAccountIsRefusedWithTheRightPasswordAndToldWhy() {
        String email = "qa-professional@eastmoor.example";
        db.sql("insert into sign_in_attempt (email, failures, last_failure_at, locked_until) values (?, 5, ?, ?)")
                .params(email, org.waymark.shared.Timestamps.now(clock),
                        org.waymark.shared.Timestamps.now(clock).plusHours(1)).update();
        try {
            WebSession s = new WebSession(port);
            WebSession.Page answer = s.signIn(email, org.waymark.support.BrowserTest.PASSWORD);
            assertThat(answer.location()).endsWith("/sign-in?error");
            assertThat(s.follow(answer).body()).contains("Your account is locked for");
        } finally {
            db.sql("delete from sign_in_attempt where email = ?").param(email).update();
        }
    }
}
