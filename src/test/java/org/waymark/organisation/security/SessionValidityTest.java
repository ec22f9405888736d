package org.waymark.organisation.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.waymark.organisation.SignedInUser;
import org.waymark.organisation.Users;
import org.waymark.support.WaymarkTest;

/** The 12-hour absolute session limit, whatever the activity. */
@WaymarkTest
class SessionValidityTest {

    @Autowired
    Accounts accounts;

    @Autowired
    Users users;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private MockHttpServletResponse requestAt(Instant signedInAt, Instant now) throws Exception {
        var u = users.findByEmail("partner@eastmoor.example").orElseThrow();
        SignedInUser user = new SignedInUser(u.id(), u.email(), u.name(), u.role(), u.organisationType(),
                u.organisationId(), u.localAuthorityId(), signedInAt);
        SecurityContextHolder.getContext().setAuthentication(PasswordSignIn.authenticated(user));
        SignInThrottleTest.MovableClock clock = new SignInThrottleTest.MovableClock();
        clock.now = now;
        MockHttpServletResponse response = new MockHttpServletResponse();
        new SessionValidity(accounts, clock).doFilter(new MockHttpServletRequest("GET", "/"), response,
                new MockFilterChain());
        return response;
    }

    @Test
    void aSessionEndsTwelveHoursAfterSignIn() throws Exception {
        // after the demo account was created (the test clock starts at 2026-11-23T09:30Z)
        Instant signedIn = Instant.parse("2026-11-24T08:00:00Z");
        assertThat(requestAt(signedIn, signedIn.plus(Duration.ofHours(12))).getRedirectedUrl()).isNull();
        assertThat(requestAt(signedIn, signedIn.plus(Duration.ofHours(12)).plusSeconds(1)).getRedirectedUrl())
                .isEqualTo("/sign-in?ended");
    }
}
