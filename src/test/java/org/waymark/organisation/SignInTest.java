package org.waymark.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.waymark.support.WaymarkTest;
import org.waymark.support.WebSession;

@WaymarkTest
class SignInTest {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient db;

    @Test
    void demoAccountSignsInAndSeesRealCountsOnTheHomePage() {
        WebSession s = WebSession.signedIn(port, "la-admin@eastmoor.example");
        WebSession.Page home = s.get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("Welcome, Priya Shah").contains("Schools in the local authority")
                .containsPattern("Schools in the local authority</dt>\\s*<dd[^>]*>\\s*<span>11</span>");
    }

    @Test
    void wrongPasswordShowsAnErrorSummaryAndKeepsTheEmail() {
        WebSession s = new WebSession(port);
        // an address of its own, so this test's failures slow nobody else's sign-in
        WebSession.Page answer = s.signIn("typo-officer@eastmoor.example", "not the right password");
        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.location()).endsWith("/sign-in?error");
        WebSession.Page page = s.follow(answer);
        assertThat(page.body()).contains("govuk-error-summary").contains("There is a problem")
                .contains("Enter a correct email address and password")
                .contains("href=\"#email\"").contains("value=\"typo-officer@eastmoor.example\"")
                .doesNotContain("not the right password");
        assertThat(s.get("/").location()).endsWith("/sign-in");
    }

    @Test
    void emptyFieldsAreNamed() {
        WebSession s = new WebSession(port);
        assertThat(s.follow(s.signIn("", "whatever")).body()).contains("Enter your email address");
        assertThat(s.follow(s.signIn("la-officer@eastmoor.example", "")).body()).contains("Enter your password");
    }

    @Test
    void signingInStartsANewSessionThatIdlesOutAfterThirtyMinutes() {
        WebSession s = new WebSession(port);
        s.get("/sign-in");
        String before = s.sessionCookie();
        assertThat(before).isNotNull();
        s.signIn("la-officer@eastmoor.example", org.waymark.support.BrowserTest.PASSWORD);
        String after = s.sessionCookie();
        assertThat(after).isNotNull().isNotEqualTo(before);
        String id = new String(java.util.Base64.getDecoder().decode(after), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(db.sql("select max_inactive_interval from spring_session where session_id = ?").param(id)
                .query(Integer.class).single()).isEqualTo(30 * 60);
    }

    @Test
    void signOutEndsTheSession() {
        WebSession s = WebSession.signedIn(port, "partner@eastmoor.example");
        assertThat(s.get("/").status()).isEqualTo(200);
        s.get("/account");
        WebSession.Page out = s.post("/sign-out", Map.of());
        assertThat(out.location()).endsWith("/sign-in?signed-out");
        assertThat(s.get("/").status()).isEqualTo(302);
    }

    @Test
    void formsWithoutACsrfTokenAreRefused() {
        WebSession s = WebSession.signedIn(port, "la-admin@eastmoor.example");
        assertThat(s.postWithoutCsrf("/account/tokens", Map.of("name", "sneaky")).status()).isEqualTo(403);
    }

    @Test
    void pagesNeedSigningIn() {
        WebSession anonymous = new WebSession(port);
        assertThat(anonymous.get("/users").location()).endsWith("/sign-in");
        assertThat(anonymous.get("/sign-in").status()).isEqualTo(200);
        assertThat(anonymous.get("/accessibility").status()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/health").body()).contains("\"UP\"");
    }
}
