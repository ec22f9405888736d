package org.waymark.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.waymark.support.Api;
import org.waymark.support.TestMail;
import org.waymark.support.WaymarkTest;
import org.waymark.support.WebSession;

@WaymarkTest
class UserAdministrationTest {

    static final Pattern LINK = Pattern.compile("http://localhost(/password-reset/[A-Za-z0-9_-]+)");
    static final String NEW_PASSWORD = "kettle orchard lantern";

    @LocalServerPort
    int port;

    @Autowired
    Organisations organisations;

    private UUID eastmoorAcademy() {
        return organisations.findSchoolByUrn("1999001").orElseThrow().id();
    }

    /** Invites a user as the LA admin and has them choose a password through the e-mailed link. */
    private UUID inviteAndActivate(String email) {
        WebSession admin = WebSession.signedIn(port, "la-admin@eastmoor.example");
        admin.get("/users/new");
        WebSession.Page created = admin.post("/users", Map.of("name", "Nadia Clarke", "email", email,
                "organisationId", eastmoorAcademy().toString(), "role", "SCHOOL_COMMISSIONER"));
        assertThat(created.status()).isEqualTo(302);
        assertThat(created.location()).contains("/users/").endsWith("?created");
        String body = TestMail.awaitBody(email, "Your Waymark account");
        Matcher m = LINK.matcher(body);
        assertThat(m.find()).as("invitation link in " + body).isTrue();
        WebSession user = new WebSession(port);
        user.get(m.group(1));
        assertThat(user.post(m.group(1), Map.of("password", NEW_PASSWORD, "confirmation", NEW_PASSWORD)).location())
                .endsWith("/sign-in?reset");
        String location = created.location();
        return UUID.fromString(location.substring(location.indexOf("/users/") + 7, location.indexOf('?')));
    }

    @Test
    void anInvitedUserChoosesAPasswordAndSignsIn() {
        String email = "nadia-" + UUID.randomUUID() + "@eastmoor-academy.example";
        inviteAndActivate(email);
        WebSession user = new WebSession(port);
        assertThat(user.signIn(email, NEW_PASSWORD).location()).endsWith("/");
        assertThat(user.get("/").body()).contains("Welcome, Nadia Clarke").contains("Eastmoor Academy");
    }

    @Test
    void deactivationEndsSessionsAndTokensAtOnce() {
        String email = "leaving-" + UUID.randomUUID() + "@eastmoor-academy.example";
        UUID id = inviteAndActivate(email);
        WebSession user = new WebSession(port);
        user.signIn(email, NEW_PASSWORD);
        user.get("/account");
        WebSession.Page withToken = user.post("/account/tokens", Map.of("name", "MIS"));
        Matcher token = Pattern.compile("id=\"new-token\"[^>]*>([^<]+)<").matcher(withToken.body());
        assertThat(token.find()).isTrue();
        Api api = new Api(port);
        assertThat(api.get("/api/v1/me", token.group(1)).status()).isEqualTo(200);

        WebSession admin = WebSession.signedIn(port, "la-admin@eastmoor.example");
        WebSession.Page page = admin.get("/users/" + id);
        String version = page.body().replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
        assertThat(admin.post("/users/" + id + "/active", Map.of("active", "false", "version", version)).location())
                .endsWith("?deactivated");

        assertThat(user.get("/").location()).endsWith("/sign-in?ended");
        assertThat(api.get("/api/v1/me", token.group(1)).status()).isEqualTo(401);
        assertThat(new WebSession(port).signIn(email, NEW_PASSWORD).location()).endsWith("/sign-in?error");
    }

    @Test
    void badInputIsNamedAndKept() {
        WebSession admin = WebSession.signedIn(port, "la-admin@eastmoor.example");
        admin.get("/users/new");
        WebSession.Page page = admin.post("/users", Map.of("name", "Someone", "email", "la-officer@eastmoor.example",
                "organisationId", eastmoorAcademy().toString(), "role", "LA_OFFICER"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("There is a problem")
                .contains("A user with this email address already exists")
                .contains("A LA AP officer must belong to a local authority, not a school")
                .contains("value=\"Someone\"");
        page = admin.post("/users", Map.of("name", "", "email", "not-an-email", "organisationId", "", "role", ""));
        assertThat(page.body()).contains("Enter the user&#39;s full name")
                .contains("Enter an email address in the correct format")
                .contains("Choose an organisation in your local authority").contains("Choose the user&#39;s role");
    }

    @Test
    void aStaleEditIsRefusedNotOverwritten() {
        String email = "stale-" + UUID.randomUUID() + "@eastmoor-academy.example";
        UUID id = inviteAndActivate(email);
        WebSession first = WebSession.signedIn(port, "la-admin@eastmoor.example");
        first.get("/users/" + id);
        assertThat(first.post("/users/" + id, Map.of("name", "Nadia Clarke-Jones", "role", "SCHOOL_COMMISSIONER",
                "version", "0")).location()).endsWith("?saved");
        WebSession.Page second = first.post("/users/" + id, Map.of("name", "Nadia C", "role", "SCHOOL_COMMISSIONER",
                "version", "0"));
        assertThat(second.body()).contains("changed by someone else");
        assertThat(first.get("/users/" + id).body()).contains("Nadia Clarke-Jones");
    }

    @Test
    void onlyTheLaAdminManagesUsers() {
        WebSession officer = WebSession.signedIn(port, "la-officer@eastmoor.example");
        assertThat(officer.get("/users").status()).isEqualTo(403);
        assertThat(officer.get("/users/new").status()).isEqualTo(403);
    }
}
