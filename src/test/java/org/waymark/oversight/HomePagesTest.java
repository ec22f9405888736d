package org.waymark.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.waymark.compliance.CompliancePlacementsAccess;
import org.waymark.directory.ProviderDirectory;
import org.waymark.organisation.ApiTokens;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.Users;
import org.waymark.support.Api;
import org.waymark.support.WaymarkTest;
import org.waymark.support.WebSession;

/** The school's and the provider's home pages: their own children only, and figures that move with the records. */
@WaymarkTest
class HomePagesTest {

    @LocalServerPort
    int port;

    @Autowired
    ProviderDirectory directory;

    @Autowired
    Organisations organisations;

    @Autowired
    Users users;

    @Autowired
    ApiTokens tokens;

    @Test
    void aSchoolsHomeListsItsOwnPupilsInApAndNotAnotherSchools() {
        Api api = new Api(port);
        var fixtures = CompliancePlacementsAccess.of(organisations, users, tokens, directory);
        var provider = fixtures.provider("UNREGISTERED");
        String mine = fixtures.activePlacement(api, "demo-school-commissioner",
                fixtures.pupil(api, "demo-school-commissioner", false), provider, "2026-11-02");
        String theirs = fixtures.activePlacement(api, "demo-school-commissioner-2",
                fixtures.pupil(api, "demo-school-commissioner-2", false), provider, "2026-11-09");

        var page = WebSession.signedIn(port, "school-commissioner@eastmoor.example").get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Your pupils in alternative provision", "/placements/" + mine,
                "/placements/" + mine + "/reviews", "Attendance at AP this half-term (Autumn second half)",
                "/attendance?from=2026-11-02&amp;to=2026-11-23", "/attendance/absences");
        assertThat(page.body()).doesNotContain("/placements/" + theirs);
        var other = WebSession.signedIn(port, "school-commissioner-2@eastmoor.example").get("/");
        assertThat(other.body()).contains("/placements/" + theirs).doesNotContain("/placements/" + mine);
    }

    @Test
    void aProvidersHomeShowsTodaysRegisterToTakeThenTaken() {
        Api api = new Api(port);
        var fixtures = CompliancePlacementsAccess.of(organisations, users, tokens, directory);
        var provider = fixtures.provider("UNREGISTERED");
        String placement = fixtures.activePlacement(api, "demo-school-commissioner",
                fixtures.pupil(api, "demo-school-commissioner", false), provider, "2026-11-02");
        String email = "flags-" + provider.token().substring("flags-provider-".length()) + "@provider.example";
        WebSession staff = WebSession.signedIn(port, email);

        var before = staff.get("/");
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.body()).contains("1 still to mark",
                "/register?date=2026-11-23&amp;session=AM", "Take the morning register", "/placements/" + placement,
                "Open action-plan items", "None planned");

        var saved = api.post("/api/v1/registers", provider.token(), Map.of("providerId", provider.id().toString(),
                "date", "2026-11-23", "session", "AM",
                "marks", List.of(Map.of("placementId", placement, "code", "/"))));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        var after = staff.get("/");
        assertThat(after.body()).contains("Taken", "View the morning register").doesNotContain("1 still to mark");

        // another provider's staff do not see this pupil
        assertThat(WebSession.signedIn(port, "provider-staff@eastmoor.example").get("/").body())
                .doesNotContain("/placements/" + placement);
    }
}
