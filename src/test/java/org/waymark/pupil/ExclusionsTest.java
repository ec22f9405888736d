package org.waymark.pupil;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.waymark.support.AccessMatrix;
import org.waymark.support.Api;
import org.waymark.support.WaymarkTest;
import org.waymark.support.WebSession;
import tools.jackson.databind.JsonNode;

/** Exclusions and suspensions on the child's record: the school records them, the LA reads them. */
@WaymarkTest
class ExclusionsTest {

    @LocalServerPort
    int port;

    private String newPupil(Api api) {
        return api.post("/api/v1/pupils", "demo-school-commissioner", PupilApiTest.pupil(TestUpns.next(), "2012-03-01"))
                .json().get("id").asString();
    }

    private static Map<String, Object> suspension(String date, Integer sessions, List<String> reasons) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "SUSPENSION");
        body.put("date", date);
        body.put("sessions", sessions);
        body.put("reasons", reasons);
        body.put("note", "Incident in the corridor");
        return body;
    }

    @Test
    void theSchoolRecordsASuspensionAndAPermanentExclusionAndTheLaReadsThem() {
        Api api = new Api(port);
        String pupil = newPupil(api);
        Api.Response created = api.post("/api/v1/pupils/" + pupil + "/exclusions", "demo-school-commissioner",
                suspension("2026-10-05", 4, List.of("PD", "va")));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("censusCode").asString()).isEqualTo("FIXD");
        Map<String, Object> permanent = new HashMap<>(Map.of("kind", "PERMANENT", "date", "2026-11-20",
                "reasons", List.of("PA")));
        assertThat(api.post("/api/v1/pupils/" + pupil + "/exclusions", "demo-school-commissioner", permanent).status())
                .isEqualTo(201);

        JsonNode list = api.get("/api/v1/pupils/" + pupil + "/exclusions", "demo-la-officer").json();
        assertThat(list.size()).isEqualTo(2);
        assertThat(list.get(0).get("kind").asString()).isEqualTo("PERMANENT");
        assertThat(list.get(0).get("sessions").isNull()).isTrue();
        assertThat(list.get(1).get("sessions").asInt()).isEqualTo(4);
        assertThat(list.get(1).get("reasons").toString()).isEqualTo("[\"PD\",\"VA\"]");

        AccessMatrix.api(port)
                .get("/api/v1/pupils/" + pupil + "/exclusions",
                        Set.of("demo-la-admin", "demo-la-officer", "demo-school-commissioner"),
                        Set.of("demo-school-commissioner-2"))
                .route("POST", "/api/v1/pupils/" + pupil + "/exclusions", suspension("2026-09-10", 2, List.of("PD")),
                        Set.of("demo-school-commissioner"), Set.of("demo-school-commissioner-2"))
                .verify();
    }

    @Test
    void badInputIsNamedOnEachField() {
        Api api = new Api(port);
        String pupil = newPupil(api);
        String path = "/api/v1/pupils/" + pupil + "/exclusions";
        Api.Response future = api.post(path, "demo-school-commissioner", suspension("2026-11-24", 2, List.of("XX")));
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.body()).contains("\"date\"").contains("today or in the past")
                .contains("Unknown reason code XX");
        assertThat(api.post(path, "demo-school-commissioner", suspension("2026-11-02", 0, List.of("PD"))).body())
                .contains("A suspension is from 1 to 90 sessions");
        assertThat(api.post(path, "demo-school-commissioner", suspension("2026-11-02", 2,
                List.of("PD", "PA", "VA", "BU"))).body()).contains("Choose up to 3 reasons");
        assertThat(api.post(path, "demo-school-commissioner", suspension("2026-11-02", null, List.of())).body())
                .contains("Enter the number of sessions").contains("Choose at least one reason");
        Map<String, Object> noKind = suspension("2026-11-02", 2, List.of("PD"));
        noKind.put("kind", "LUNCHTIME");
        assertThat(api.post(path, "demo-school-commissioner", noKind).body())
                .contains("permanent exclusion or a suspension");
        // 45 school days a year at most
        assertThat(api.post(path, "demo-school-commissioner", suspension("2026-09-15", 80, List.of("PD"))).status())
                .isEqualTo(201);
        assertThat(api.post(path, "demo-school-commissioner", suspension("2026-11-02", 12, List.of("PD"))).body())
                .contains("already has 80 sessions of suspension in 2026/27");
        assertThat(api.get(path, "demo-school-commissioner").json().size()).isEqualTo(1);
    }

    @Test
    void theSchoolUsesTheFormOnThePupilsPageAndTheLaOnlyReads() {
        Api api = new Api(port);
        String pupil = newPupil(api);
        WebSession school = WebSession.signedIn(port, "school-commissioner@eastmoor.example");
        assertThat(school.get("/pupils/" + pupil).body()).contains("No exclusions or suspensions recorded")
                .contains("Record an exclusion or suspension");
        school.get("/pupils/" + pupil + "/exclusions/new");
        WebSession.Page bad = school.post("/pupils/" + pupil + "/exclusions", Map.of("kind", "SUSPENSION",
                "startDate-day", "30", "startDate-month", "2", "startDate-year", "2026", "sessions", "two"));
        assertThat(bad.body()).contains("Date it started must be a real date")
                .contains("Enter the number of sessions as a whole number").contains("value=\"two\"");
        WebSession.Page ok = school.post("/pupils/" + pupil + "/exclusions", Map.of("kind", "SUSPENSION",
                "startDate-day", "2", "startDate-month", "11", "startDate-year", "2026", "sessions", "2",
                "reasons", "DM"));
        assertThat(ok.location()).contains("/pupils/" + pupil + "?exclusionRecorded");
        assertThat(school.get("/pupils/" + pupil).body()).contains("DM Damage").contains("Suspension");

        WebSession officer = WebSession.signedIn(port, "la-officer@eastmoor.example");
        assertThat(officer.get("/pupils/" + pupil).body()).contains("DM Damage")
                .doesNotContain("Record an exclusion or suspension");
        assertThat(officer.get("/pupils/" + pupil + "/exclusions/new").status()).isEqualTo(403);
    }
}
