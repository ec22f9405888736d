package org.waymark.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
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

/** Ending with a final report, Year 11 destination checks, and termly progress reports, through the API. */
@WaymarkTest
class OutcomesApiTest {

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

    static Map<String, Object> finalReport() {
        Map<String, Object> r = new HashMap<>();
        r.put("attainment", "Functional Skills Entry 3 in English and maths");
        r.put("attendanceSummary", "88% over the placement");
        r.put("behaviourChange", "No exclusions since October");
        r.put("englishQualification", "Functional Skills Entry Level 3");
        r.put("mathsQualification", "Functional Skills Entry Level 3");
        r.put("pupilAssessment", "Better than school, staff got me");
        return r;
    }

    @Test
    void aYear11LeaverEndsWithAFinalReportAndDestinationChecksAt3_12And24Months() {
        Api api = new Api(port);
        var provider = ReviewFixtures.provider(organisations, users, tokens, directory);
        String pupil = ReviewFixtures.pupil(api, "2010-10-10");
        String id = ReviewFixtures.activePlacement(api, provider, pupil, "2026-09-07", "2027-07-16", "SINGLE",
                null, "demo-school-commissioner");
        Map<String, Object> body = new HashMap<>();
        body.put("endDate", "2026-11-20");
        body.put("outcome", "NEET");
        body.put("finalReport", finalReport());
        Api.Response r = api.post("/api/v1/placements/" + id + "/ending", "demo-school-commissioner", body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode ending = r.json();
        assertThat(ending.get("outcome").asString()).isEqualTo("NEET");
        assertThat(ending.get("year11Leaver").asBoolean()).isTrue();
        assertThat(ending.get("report").get("pupilAssessment").asString()).contains("staff got me");
        assertThat(ending.get("checks")).hasSize(3);
        assertThat(ending.get("checks").get(0).get("dueOn").asString()).isEqualTo("2027-02-20");
        assertThat(ending.get("checks").get(2).get("dueOn").asString()).isEqualTo("2028-11-20");
        assertThat(api.get("/api/v1/placements/" + id, "demo-school-commissioner").json().get("status").asString())
                .isEqualTo("ENDED");

        JsonNode all = api.get("/api/v1/destinations", "demo-la-officer").json();
        String check = null;
        for (JsonNode c : all.get("items")) {
            if (c.get("placementId").asString().equals(id) && c.get("monthsAfter").asInt() == 3) {
                check = c.get("id").asString();
            }
        }
        assertThat(check).isNotNull();
        Api.Response early = api.put("/api/v1/destinations/" + check, "demo-la-officer",
                Map.of("checkedOn", "2026-11-21", "destination", "NEET", "version", 0));
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.body()).contains("cannot be done before 2027-01-20");
        assertThat(api.put("/api/v1/destinations/" + check, "demo-la-officer",
                Map.of("checkedOn", "2026-11-21", "destination", "SOMEWHERE", "version", 0)).body())
                .contains("Choose what the check found");
        AccessMatrix.api(port)
                .route("PUT", "/api/v1/destinations/" + check, Map.of("version", 0),
                        Set.of("demo-la-admin", "demo-la-officer"), Set.of())
                .get("/api/v1/placements/" + id + "/ending",
                        Set.of("demo-la-admin", "demo-la-officer", "demo-school-commissioner"),
                        Set.of("demo-school-commissioner-2", "demo-provider-staff", "demo-provider-staff-2",
                                "demo-parent-commissioner", "demo-partner"))
                .verify();
    }

    @Test
    void endingRefusesAMissingReportAndAReturnWithoutItsSupportPlanAndLeavesThePlacementActive() {
        Api api = new Api(port);
        var provider = ReviewFixtures.provider(organisations, users, tokens, directory);
        String id = ReviewFixtures.activePlacement(api, provider, "2026-09-07", "2027-02-12");
        Map<String, Object> body = new HashMap<>();
        body.put("endDate", "2026-11-20");
        body.put("outcome", "REINTEGRATED_TO_MAINSTREAM");
        body.put("finalReport", Map.of("attainment", "Good progress"));
        Api.Response r = api.post("/api/v1/placements/" + id + "/ending", "demo-school-commissioner", body);
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.body()).contains("pupilAssessment").contains("reintegrationPlan");
        assertThat(api.get("/api/v1/placements/" + id, "demo-school-commissioner").json().get("status").asString())
                .isEqualTo("ACTIVE");
        assertThat(api.post("/api/v1/placements/" + id + "/ending", provider.token(), body).status()).isEqualTo(403);

        Map<String, Object> report = finalReport();
        report.put("reintegrationPlan", "Mentor at school, phased return over three weeks, review on 8 January");
        body.put("finalReport", report);
        JsonNode ending = api.post("/api/v1/placements/" + id + "/ending", "demo-school-commissioner", body).json();
        assertThat(ending.get("year11Leaver").asBoolean()).isFalse();
        assertThat(ending.get("checks")).isEmpty();
        assertThat(ending.get("report").get("reintegrationPlan").asString()).contains("phased return");
        // a second ending is refused; a stale final report edit is refused
        assertThat(api.post("/api/v1/placements/" + id + "/ending", "demo-school-commissioner", body).status())
                .isEqualTo(409);
        Map<String, Object> stale = finalReport();
        stale.put("reintegrationPlan", "As agreed");
        stale.put("version", 0);
        assertThat(api.put("/api/v1/placements/" + id + "/final-report", provider.token(), stale).status())
                .isEqualTo(409);
    }

    @Test
    void theProviderWritesOneProgressReportATermAndItIsRequiredForLaCommissionedPlacements() {
        Api api = new Api(port);
        var provider = ReviewFixtures.provider(organisations, users, tokens, directory);
        String la = organisations.findLocalAuthorityByCode("999").orElseThrow().id().toString();
        String pupil = ReviewFixtures.pupil(api, "2012-10-10");
        String id = ReviewFixtures.activePlacement(api, provider, pupil, "2026-09-07", "2027-02-12", "SINGLE",
                Map.of("type", "LOCAL_AUTHORITY", "id", la), "demo-la-officer");
        JsonNode terms = api.get("/api/v1/placements/" + id + "/progress-reports", "demo-la-officer").json();
        assertThat(terms.get("total").asLong()).isGreaterThanOrEqualTo(1);
        JsonNode autumn = terms.get("items").get(0);
        assertThat(autumn.get("required").asBoolean()).isTrue();
        assertThat(autumn.get("report").isNull()).isTrue();
        String term = autumn.get("termId").asString();

        Map<String, Object> report = Map.of("termId", term, "attendance", "91% this term",
                "progress", "Reading: 3 to 5 of 8; punctuality: on time most days");
        assertThat(api.post("/api/v1/placements/" + id + "/progress-reports", "demo-la-officer", report).status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/placements/" + id + "/progress-reports", provider.token(),
                Map.of("termId", term)).body()).contains("attendance").contains("progress");
        assertThat(api.post("/api/v1/placements/" + id + "/progress-reports", provider.token(), report).status())
                .isEqualTo(201);
        assertThat(api.post("/api/v1/placements/" + id + "/progress-reports", provider.token(), report).status())
                .isEqualTo(409);
        JsonNode after = api.get("/api/v1/placements/" + id + "/progress-reports", "demo-la-officer").json();
        assertThat(after.get("items").get(0).get("report").get("progress").asString()).contains("Reading");
        assertThat(api.get("/api/v1/placements/" + id + "/progress-reports", "demo-school-commissioner-2").status())
                .isEqualTo(404);
    }
}
