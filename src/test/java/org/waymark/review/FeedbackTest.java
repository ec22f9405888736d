package org.waymark.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.directory.ProviderDirectory;
import org.waymark.organisation.ApiTokens;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.Users;
import org.waymark.support.Api;
import org.waymark.support.TestMail;
import org.waymark.support.WaymarkTest;
import org.waymark.support.WebSession;
import tools.jackson.databind.JsonNode;

/** End-of-placement feedback links: sent by e-mail, single use, expiring, and revealing nothing about the child. */
@WaymarkTest
class FeedbackTest {

    private static final Pattern LINK = Pattern.compile("/feedback/([A-Za-z0-9_-]{43})");

    @LocalServerPort
    int port;
    @Autowired
    Organisations organisations;
    @Autowired
    Users users;
    @Autowired
    ApiTokens tokens;
    @Autowired
    ProviderDirectory directory;
    @Autowired
    JdbcClient db;

    private String endedPlacement(Api api, ReviewFixtures.TestProvider provider) {
        String id = ReviewFixtures.activePlacement(api, provider, "2026-09-07", "2027-02-12");
        assertThat(api.post("/api/v1/placements/" + id + "/end", "demo-school-commissioner",
                Map.of("endDate", "2026-11-20", "outcome", "MOVED_TO_REGISTERED_AP")).status()).isEqualTo(200);
        return id;
    }

    private static String token(String to) {
        Matcher m = LINK.matcher(TestMail.awaitBody(to, "Tell us how alternative provision went"));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void aLinkWorksOnceShowsNothingAboutTheChildAndItsAnswersReachThePlacementAndTheProvider() {
        Api api = new Api(port);
        var provider = ReviewFixtures.provider(organisations, users, tokens, directory);
        String id = endedPlacement(api, provider);
        String to = "pupil-" + id.substring(0, 8) + "@home.example";
        assertThat(api.post("/api/v1/placements/" + id + "/feedback-links", provider.token(),
                Map.of("respondent", "PUPIL", "email", to)).status()).isEqualTo(201);
        String token = token(to);

        WebSession anonymous = new WebSession(port);
        WebSession.Page form = anonymous.get("/feedback/" + token);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("I felt safe there").doesNotContain("Testy").doesNotContain("McTest")
                .doesNotContain("Review Provider").doesNotContain(id);

        WebSession.Page missing = anonymous.post("/feedback/" + token, Map.of("feltSafe", "5", "helped", "9"));
        assertThat(missing.status()).isEqualTo(200);
        assertThat(missing.body()).contains("There is a problem").contains("Choose an answer for");
        assertThat(missing.body()).contains("value=\"5\" checked");

        WebSession.Page done = anonymous.post("/feedback/" + token, Map.of("feltSafe", "5", "helped", "4",
                "listenedTo", "4", "readyForNext", "2", "comments", "More maths please"));
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.body()).contains("Thank you");
        WebSession.Page again = anonymous.post("/feedback/" + token, Map.of("feltSafe", "1", "helped", "1",
                "listenedTo", "1", "readyForNext", "1"));
        assertThat(again.status()).isEqualTo(410);
        assertThat(again.body()).contains("already been answered");
        assertThat(anonymous.get("/feedback/" + token).status()).isEqualTo(410);

        JsonNode answers = api.get("/api/v1/placements/" + id + "/feedback", "demo-school-commissioner").json();
        assertThat(answers.get("total").asLong()).isEqualTo(1);
        assertThat(answers.get("items").get(0).get("feltSafe").asInt()).isEqualTo(5);
        assertThat(answers.get("items").get(0).get("comments").asString()).isEqualTo("More maths please");
        JsonNode summary = api.get("/api/v1/providers/" + provider.id() + "/feedback-summary", provider.token()).json();
        assertThat(summary.get("pupilAnswers").asLong()).isEqualTo(1);
        assertThat(summary.get("percentAgreeingByQuestion").get("readyForNext").asInt()).isZero();
        assertThat(summary.get("meanByQuestion").get("feltSafe").decimalValue()).isEqualByComparingTo("5.0");
        assertThat(api.get("/api/v1/providers/" + provider.id() + "/feedback-summary", "demo-provider-staff")
                .status()).isEqualTo(404);
        assertThat(api.get("/api/v1/placements/" + id + "/feedback", "demo-school-commissioner-2").status())
                .isEqualTo(404);
    }

    @Test
    void anExpiredOrUnknownLinkSaysSoAndLinksGoOnlyForEndedPlacements() {
        Api api = new Api(port);
        var provider = ReviewFixtures.provider(organisations, users, tokens, directory);
        String active = ReviewFixtures.activePlacement(api, provider, "2026-09-07", "2027-02-12");
        Api.Response early = api.post("/api/v1/placements/" + active + "/feedback-links", "demo-school-commissioner",
                Map.of("respondent", "PARENT", "email", "parent@home.example"));
        assertThat(early.status()).isEqualTo(409);
        assertThat(api.post("/api/v1/placements/" + active + "/feedback-links", "demo-school-commissioner",
                Map.of("respondent", "UNCLE", "email", "not-an-address")).body()).contains("respondent").contains("email");

        String id = endedPlacement(api, provider);
        String to = "parent-" + id.substring(0, 8) + "@home.example";
        assertThat(api.post("/api/v1/placements/" + id + "/feedback-links", "demo-school-commissioner",
                Map.of("respondent", "PARENT", "email", to)).status()).isEqualTo(201);
        String token = token(to);
        db.sql("update feedback_link set expires_at = created_at where placement_id = ?")
                .param(java.util.UUID.fromString(id)).update();
        WebSession anonymous = new WebSession(port);
        WebSession.Page expired = anonymous.get("/feedback/" + token);
        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.body()).contains("This link has expired");
        assertThat(anonymous.get("/feedback/" + "x".repeat(43)).status()).isEqualTo(404);
        assertThat(db.sql("select count(*) from feedback_link where token_hash = ?").param(token).query(Long.class)
                .single()).as("only a hash of the token is kept").isZero();
    }
}
