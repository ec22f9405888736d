package org.waymark.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.waymark.support.BrowserTest;
import org.waymark.support.TestMail;
import org.waymark.support.WaymarkTest;
import org.waymark.support.WebSession;

@WaymarkTest
class PasswordResetTest {

    @LocalServerPort
    int port;

    @Test
    void resetByEmailLinkWorksOnceAndEndsOldSessions() {
        String email = "provider-staff-2@eastmoor.example";
        WebSession before = WebSession.signedIn(port, email);
        int mails = TestMail.count(email, "Reset your Waymark password");
        WebSession s = new WebSession(port);
        s.get("/password-reset");
        WebSession.Page sent = s.post("/password-reset", Map.of("email", email));
        assertThat(sent.body()).contains("Check your email");
        String body = TestMail.awaitBody(email, "Reset your Waymark password", mails + 1);
        Matcher m = UserAdministrationTest.LINK.matcher(body);
        assertThat(m.find()).isTrue();
        String link = m.group(1);

        s.get(link);
        WebSession.Page weak = s.post(link, Map.of("password", "password1234", "confirmation", "password1234"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.body()).contains("Password is too common");
        WebSession.Page mismatch = s.post(link, Map.of("password", "blue harbour kites", "confirmation", "blue harbour kite"));
        assertThat(mismatch.body()).contains("The passwords do not match");

        String fresh = "blue harbour kites";
        assertThat(s.post(link, Map.of("password", fresh, "confirmation", fresh)).location()).endsWith("/sign-in?reset");
        assertThat(new WebSession(port).signIn(email, fresh).location()).endsWith("/");
        assertThat(before.get("/").location()).endsWith("/sign-in?ended");

        assertThat(new WebSession(port).get(link).status()).isEqualTo(410);
        // put the demo password back for the other tests
        WebSession again = new WebSession(port);
        again.get("/password-reset");
        again.post("/password-reset", Map.of("email", email));
        String second = TestMail.awaitBody(email, "Reset your Waymark password", mails + 2);
        Matcher m2 = UserAdministrationTest.LINK.matcher(second);
        String last = null;
        while (m2.find()) {
            last = m2.group(1);
        }
        again.get(last);
        again.post(last, Map.of("password", BrowserTest.PASSWORD, "confirmation", BrowserTest.PASSWORD));
    }

    @Test
    void anUnknownAddressGetsTheSameAnswer() {
        WebSession s = new WebSession(port);
        s.get("/password-reset");
        assertThat(s.post("/password-reset", Map.of("email", "nobody@nowhere.example")).body())
                .contains("Check your email");
        assertThat(s.post("/password-reset", Map.of("email", "")).body()).contains("Enter your email address");
    }
}
