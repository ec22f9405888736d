package org.waymark.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.directory.ProviderDirectory;
import org.waymark.organisation.ApiTokens;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.Users;
import org.waymark.support.AccessMatrix;
import org.waymark.support.Api;
import org.waymark.support.WaymarkTest;
import tools.jackson.databind.JsonNode;

/** POST/GET /placements/{id}/reviews: the placement moves with the review, bad input is refused, scope holds. */
@WaymarkTest
class ReviewApiTest {

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

    @Test
    void aReviewWithAnExtensionMovesThePlacementsEndAndNextReviewInOneStep() {
        Api api = new Api(port);
        var provider = ReviewFixtures.provider(organisations, users, tokens, directory);
        String id = ReviewFixtures.activePlacement(api, provider, "2026-09-14", "2026-12-18");

        Map<String, Object> body = ReviewFixtures.review("2026-10-26");
        body.put("extension", Map.of("newEndDate", "2027-02-12", "reason", "Needs another half term to settle"));
        Api.Response r = api.post("/api/v1/placements/" + id + "/reviews", "demo-school-commissioner", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode review = r.json();
        assertThat(review.get("date").asString()).isEqualTo("2026-10-26");
        assertThat(review.get("attendees")).hasSize(4);
        assertThat(review.get("nextReviewDate").asString()).isEqualTo("2026-12-07");
        assertThat(review.get("extension").get("newEndDate").asString()).isEqualTo("2027-02-12");
        assertThat(review.get("attendanceFrom").asString()).isEqualTo("2026-09-14");
        assertThat(review.get("progress").get(0).get("current").asInt()).isEqualTo(6);

        JsonNode placement = api.get("/api/v1/placements/" + id, "demo-school-commissioner").json();
        assertThat(placement.get("plannedEndDate").asString()).isEqualTo("2027-02-12");
        assertThat(placement.get("nextReviewDate").asString()).isEqualTo("2026-12-07");

        JsonNode list = api.get("/api/v1/placements/" + id + "/reviews", provider.token()).json();
        assertThat(list.get("total").asLong()).isEqualTo(1);
        assertThat(list.get("items").get(0).get("pupilViews").asString()).contains("workshop");
        JsonNode schedule = api.get("/api/v1/placements/" + id + "/review-schedule", "demo-school-commissioner").json();
        assertThat(schedule.get("nextReviewDue").asString()).isEqualTo("2026-12-07");
        assertThat(schedule.get("status").asString()).isEqualTo("UPCOMING");
    }

    @Test
    void aRefusedExtensionLeavesNoReviewBehind() {
        Api api = new Api(port);
        var provider = ReviewFixtures.provider(organisations, users, tokens, directory);
        String id = ReviewFixtures.activePlacement(api, provider, "2026-09-14", "2026-12-18");
        Map<String, Object> body = ReviewFixtures.review("2026-10-26");
        body.put("extension", Map.of("newEndDate", "2026-12-01", "reason", "Too early"));
        Api.Response r = api.post("/api/v1/placements/" + id + "/reviews", "demo-school-commissioner", body);
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.body()).contains("extension.newEndDate").contains("after the current planned end");
        assertThat(api.get("/api/v1/placements/" + id + "/reviews", "demo-school-commissioner").json().get("total")
                .asLong()).isZero();
    }

    @Test
    void badInputIsRefusedFieldByField() {
        Api api = new Api(port);
        var provider = ReviewFixtures.provider(organisations, users, tokens, directory);
        String id = ReviewFixtures.activePlacement(api, provider, "2026-09-14", "2026-12-18");
        String path = "/api/v1/placements/" + id + "/reviews";

        Map<String, Object> before = ReviewFixtures.review("2026-09-01");
        assertThat(api.post(path, "demo-school-commissioner", before).body()).contains("on or after the placement started");
        Map<String, Object> future = ReviewFixtures.review("2026-12-01");
        assertThat(api.post(path, "demo-school-commissioner", future).body()).contains("today or in the past");

        Map<String, Object> bad = new HashMap<>(ReviewFixtures.review("2026-10-26"));
        bad.put("progress", List.of(Map.of("outcome", "Reading age", "baseline", 2, "current", 11, "target", 8)));
        bad.put("attendees", List.of());
        bad.put("pupilViews", " ");
        bad.put("nextReviewDate", "2027-03-01");
        bad.put("attendanceRate", 120);
        Api.Response r = api.post(path, "demo-school-commissioner", bad);
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.body()).contains("progress[0].current").contains("scale, from 0 to 10").contains("attendees")
                .contains("pupilViews").contains("nextReviewDate").contains("attendanceRate");
        assertThat(api.post(path, "demo-school-commissioner", Map.of("date", "26/10/2026")).body())
                .contains("Enter a real date as YYYY-MM-DD");
    }

    @Test
    void onlyTheCommissionerRecordsAndOthersOutsideScopeSeeNothing() {
        Api api = new Api(port);
        var provider = ReviewFixtures.provider(organisations, users, tokens, directory);
        String id = ReviewFixtures.activePlacement(api, provider, "2026-09-14", "2026-12-18");
        String path = "/api/v1/placements/" + id + "/reviews";
        assertThat(api.post(path, provider.token(), ReviewFixtures.review("2026-10-26")).status()).isEqualTo(403);
        assertThat(api.post(path, "demo-la-officer", ReviewFixtures.review("2026-10-20")).status()).isEqualTo(201);
        AccessMatrix.api(port)
                .get(path, Set.of("demo-la-admin", "demo-la-officer", "demo-school-commissioner"),
                        Set.of("demo-school-commissioner-2", "demo-provider-staff", "demo-provider-staff-2",
                                "demo-parent-commissioner", "demo-partner"))
                .route("POST", path, ReviewFixtures.review("2026-10-26"),
                        Set.of("demo-la-admin", "demo-la-officer", "demo-school-commissioner"),
                        Set.of("demo-school-commissioner-2", "demo-provider-staff", "demo-provider-staff-2",
                                "demo-parent-commissioner", "demo-partner"))
                .verify();
    }

    @Test
    void anEndedPlacementCannotBeReviewed() {
        Api api = new Api(port);
        var provider = ReviewFixtures.provider(organisations, users, tokens, directory);
        String id = ReviewFixtures.activePlacement(api, provider, "2026-09-14", "2026-12-18");
        assertThat(api.post("/api/v1/placements/" + id + "/end", "demo-school-commissioner",
                Map.of("endDate", "2026-11-20", "outcome", "REINTEGRATED_TO_MAINSTREAM")).status()).isEqualTo(200);
        Api.Response r = api.post("/api/v1/placements/" + id + "/reviews", "demo-school-commissioner",
                ReviewFixtures.review("2026-10-26"));
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.body()).contains("Only an active placement can be reviewed");
    }
}
