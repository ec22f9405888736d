package org.waymark.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.directory.ProviderDirectory;
import org.waymark.organisation.ApiTokens;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.Users;
import org.waymark.support.Api;
import org.waymark.support.WaymarkTest;
import tools.jackson.databind.JsonNode;

/** REVIEW_OVERDUE and OUTCOME_MISSING through GET /api/v1/flags: raised by the records, closed by recording. */
@WaymarkTest
class ReviewFlagsTest {

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
    @Autowired
    org.waymark.compliance.ComplianceEngine engine;

    private JsonNode flags(Api api, String token, String code, String subject) {
        return api.get("/api/v1/flags?code=" + code + "&subjectId=" + subject, token).json().get("items");
    }


    @Test
    void anOverdueReviewRaisesTheFlagAndRecordingTheReviewClosesIt() {
        Api api = new Api(port);
        var provider = ReviewFixtures.provider(organisations, users, tokens, directory);
        // started 7 September: the six-week review was due on 19 October
        String id = ReviewFixtures.activePlacement(api, provider, "2026-09-07", "2027-02-12");
        engine.reevaluate(organisations.findLocalAuthorityByCode("999").orElseThrow().id());
        JsonNode open = flags(api, "demo-school-commissioner", "REVIEW_OVERDUE", id);
        assertThat(open).hasSize(1);
        assertThat(open.get(0).get("since").asString()).isEqualTo("2026-10-20");
        assertThat(open.get(0).get("owner").get("type").asString()).isEqualTo("SCHOOL");
        assertThat(flags(api, provider.token(), "REVIEW_OVERDUE", id)).hasSize(1);
        assertThat(flags(api, "demo-school-commissioner-2", "REVIEW_OVERDUE", id)).isEmpty();

        assertThat(api.post("/api/v1/placements/" + id + "/reviews", "demo-school-commissioner",
                ReviewFixtures.review("2026-11-20")).status()).isEqualTo(201);
        assertThat(flags(api, "demo-school-commissioner", "REVIEW_OVERDUE", id)).isEmpty();
        JsonNode closed = api.get("/api/v1/flags?code=REVIEW_OVERDUE&openOnly=false&subjectId=" + id,
                "demo-la-officer").json().get("items");
        assertThat(closed).hasSize(1);
    }

    @Test
    void anEndingWithoutItsFinalReportIsAnOutcomeMissingUntilTheReportIsWritten() {
        Api api = new Api(port);
        var provider = ReviewFixtures.provider(organisations, users, tokens, directory);
        String id = ReviewFixtures.activePlacement(api, provider, "2026-09-07", "2027-02-12");
        assertThat(api.post("/api/v1/placements/" + id + "/end", "demo-school-commissioner",
                Map.of("endDate", "2026-11-20", "outcome", "MOVED_TO_REGISTERED_AP")).status()).isEqualTo(200);
        JsonNode open = flags(api, "demo-la-officer", "OUTCOME_MISSING", id);
        assertThat(open).hasSize(1);
        assertThat(open.get(0).get("since").asString()).isEqualTo("2026-11-21");

        JsonNode ending = api.get("/api/v1/placements/" + id + "/ending", provider.token()).json();
        Map<String, Object> report = new HashMap<>();
        report.put("attainment", "Entry Level 3 maths; reading age up a year");
        report.put("pupilAssessment", "It was alright, I liked the bikes");
        report.put("version", ending.get("version").asInt());
        assertThat(api.put("/api/v1/placements/" + id + "/final-report", provider.token(), report).status())
                .isEqualTo(200);
        assertThat(flags(api, "demo-la-officer", "OUTCOME_MISSING", id)).isEmpty();
    }
}
