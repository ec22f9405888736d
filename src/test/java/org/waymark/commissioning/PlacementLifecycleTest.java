package org.waymark.commissioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.directory.DirectoryStatus;
import org.waymark.directory.ProviderDirectory;
import org.waymark.organisation.ApiTokens;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.Users;
import org.waymark.pupil.PupilApiTest;
import org.waymark.pupil.TestUpns;
import org.waymark.support.Api;
import org.waymark.support.WaymarkTest;
import tools.jackson.databind.JsonNode;

/** DRAFT → PROPOSED → ACTIVE → ENDED through the API, with the guards on the way. */
@WaymarkTest
class PlacementLifecycleTest {

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

    static Map<String, Object> decision(String capacity) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (int q = 1; q <= 19; q++) {
            answers.add(Map.of("question", q, "answer", "Answer to question " + q));
        }
        Map<String, Object> body = new HashMap<>();
        body.put("decidedBy", "Helen Price, deputy head");
        body.put("decidedOn", "2026-11-20");
        body.put("deciderCapacity", capacity);
        body.put("childViews", "Keen on the sessions");
        body.put("familyViews", "Mum supports it");
        body.put("howFound", "LA_DIRECTORY");
        body.put("answers", answers);
        return body;
    }

    static Map<String, Object> supportPlan() {
        return Map.of("reasonForReferral", "Re-engagement after repeated suspensions",
                "outcomes", List.of(Map.of("description", "Attend every session", "baseline", "72% attendance",
                        "target", "95% attendance", "measure", "Registers")),
                "interventions", List.of(Map.of("type", "Mentoring", "hours", 2, "startDate", "2026-11-30")),
                "reintegrationPlan", "Back to full timetable at school after the spring half term");
    }

    static Map<String, Object> dueDiligence() {
        List<Map<String, Object>> items = new ArrayList<>();
        for (DueDiligenceCheck c : DueDiligenceCheck.values()) {
            items.add(Map.of("check", c.name(), "completedOn", "2026-11-18", "evidence", "Seen and filed"));
        }
        return Map.of("items", items, "complete", true);
    }

    @Test
    void aPlacementRunsFromDraftToEndedWhenEveryRequirementIsMet() {
        Api api = new Api(port);
        var provider = PlacementFixtures.approvedProvider(organisations, users, tokens, directory, "UNREGISTERED");
        String pupil = PlacementFixtures.pupil(api, "demo-school-commissioner", "2013-05-05");
        Map<String, Object> body = PlacementFixtures.placement(pupil, provider.id());
        body.put("startDate", "2026-11-02"); // entered late: a start in the past is allowed
        String id = api.post("/api/v1/placements", "demo-school-commissioner", body).json().get("id").asString();
        String base = "/api/v1/placements/" + id;
        Api.Response d = api.put(base + "/decision", "demo-school-commissioner", decision("SENIOR_LEADER"));
        assertThat(d.status()).as(d.body()).isEqualTo(200);
        assertThat(d.json().get("confirmed").asBoolean()).isTrue();
        Api.Response plan = api.put(base + "/support-plan", "demo-school-commissioner", supportPlan());
        assertThat(plan.status()).as(plan.body()).isEqualTo(200);
        Api.Response dd = api.put(base + "/due-diligence", "demo-school-commissioner", dueDiligence());
        assertThat(dd.status()).as(dd.body()).isEqualTo(200);
        assertThat(api.post(base + "/propose", "demo-school-commissioner", Map.of()).status()).isEqualTo(200);

        Api.Response early = api.post(base + "/activate", "demo-school-commissioner", Map.of());
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body()).contains("has not accepted");

        // the provider sees what it needs of the plan, not the decision
        assertThat(api.get(base + "/support-plan", provider.token()).json().get("reintegrationPlan").asString())
                .startsWith("Back to full timetable");
        assertThat(api.get(base + "/decision", provider.token()).status()).isEqualTo(403);

        assertThat(api.post(base + "/accept", provider.token(), Map.of()).json().get("acceptedOn").asString())
                .isEqualTo("2026-11-23");
        JsonNode active = api.post(base + "/activate", "demo-school-commissioner", Map.of()).json();
        assertThat(active.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(active.get("nextReviewDate").asString()).isEqualTo("2026-12-14");

        JsonNode week = api.get("/api/v1/pupils/" + pupil + "/provision?date=2026-12-01", "demo-school-commissioner")
                .json();
        assertThat(week.get("expectedWeeklyHours").decimalValue()).isEqualByComparingTo("32.5");
        assertThat(week.get("scheduledWeeklyHours").decimalValue()).isEqualByComparingTo("32.5");
        assertThat(week.get("fullTime").asBoolean()).isTrue();
        assertThat(week.get("settings")).hasSize(2);
        assertThat(week.get("settings").get(1).get("placementId").asString()).isEqualTo(id);
        assertThat(api.get("/api/v1/pupils/" + pupil + "/provision", "demo-school-commissioner-2").status())
                .isEqualTo(404);

        Api.Response tooEarly = api.post(base + "/end", "demo-school-commissioner",
                Map.of("endDate", "2026-11-01", "outcome", "REINTEGRATED_TO_MAINSTREAM"));
        assertThat(tooEarly.status()).isEqualTo(422);
        JsonNode ended = api.post(base + "/end", "demo-school-commissioner",
                Map.of("endDate", "2026-11-23", "outcome", "REINTEGRATED_TO_MAINSTREAM")).json();
        assertThat(ended.get("status").asString()).isEqualTo("ENDED");
        assertThat(ended.get("outcome").asString()).isEqualTo("REINTEGRATED_TO_MAINSTREAM");
        assertThat(api.post(base + "/end", "demo-school-commissioner",
                Map.of("endDate", "2026-11-23", "outcome", "NEET")).status()).isEqualTo(409);
    }

    @Test
    void aProviderNotApprovedAndAMissingLaSenDecisionBlockActivation() {
        Api api = new Api(port);
        var provider = PlacementFixtures.approvedProvider(organisations, users, tokens, directory, "UNREGISTERED");
        Map<String, Object> p = PupilApiTest.pupil(TestUpns.next(), "2012-03-03");
        p.put("senStatus", "EHCP");
        p.put("primaryNeed", "ASD");
        String pupil = api.post("/api/v1/pupils", "demo-school-commissioner", p).json().get("id").asString();
        String id = api.post("/api/v1/placements", "demo-school-commissioner",
                PlacementFixtures.placement(pupil, provider.id())).json().get("id").asString();
        String base = "/api/v1/placements/" + id;
        api.put(base + "/decision", "demo-school-commissioner", decision("SENIOR_LEADER"));
        api.put(base + "/support-plan", "demo-school-commissioner", supportPlan());
        api.put(base + "/due-diligence", "demo-school-commissioner", dueDiligence());
        api.post(base + "/propose", "demo-school-commissioner", Map.of());
        api.post(base + "/accept", provider.token(), Map.of());
        directory.changeStatus(provider.id(), DirectoryStatus.SUSPENDED, LocalDate.of(2026, 11, 22), "QA concern", null);

        Api.Response refused = api.post(base + "/activate", "demo-school-commissioner", Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("PROVIDER_NOT_APPROVED").contains("SUSPENDED")
                .contains("LA SEN team's decision");
        assertThat(api.get(base, "demo-school-commissioner").json().get("status").asString()).isEqualTo("PROPOSED");
    }

    @Test
    void aPrimaryAgePlacementTellsTheLaApTeamAndAsksThePrimaryQuestions() {
        Api api = new Api(port);
        var provider = PlacementFixtures.approvedProvider(organisations, users, tokens, directory, "UNREGISTERED");
        String pupil = PlacementFixtures.pupil(api, "demo-school-commissioner", "2016-10-10");
        long before = db.sql("select count(*) from outbox_mail where to_address = 'la-officer@eastmoor.example' and "
                + "subject like '%primary-age%'").query(Long.class).single();
        String id = api.post("/api/v1/placements", "demo-school-commissioner",
                PlacementFixtures.placement(pupil, provider.id())).json().get("id").asString();
        long after = db.sql("select count(*) from outbox_mail where to_address = 'la-officer@eastmoor.example' and "
                + "subject like '%primary-age%'").query(Long.class).single();
        assertThat(after).isEqualTo(before + 1);
        String base = "/api/v1/placements/" + id;
        api.put(base + "/decision", "demo-school-commissioner", decision("SENIOR_LEADER"));
        api.post(base + "/propose", "demo-school-commissioner", Map.of());
        assertThat(api.post(base + "/activate", "demo-school-commissioner", Map.of()).body())
                .contains("primary-age questions");
    }

    @Test
    void onlyAParentWithAnEhcpPersonalBudgetCommissionsAndOnlyForTheirChild() {
        Api api = new Api(port);
        var provider = PlacementFixtures.approvedProvider(organisations, users, tokens, directory, "UNREGISTERED");
        UUID family = UUID.fromString(api.get("/api/v1/me", "demo-parent-commissioner").json().get("organisation")
                .get("id").asString());
        Map<String, Object> p = PupilApiTest.pupil(TestUpns.next(), "2012-03-03");
        p.put("senStatus", "EHCP");
        p.put("primaryNeed", "ASD");
        p.put("familyId", family.toString());
        p.put("homeSchoolId", api.get("/api/v1/me", "demo-school-commissioner").json().get("organisation").get("id")
                .asString());
        String withBudget;
        p.put("ehcpPersonalBudget", true);
        withBudget = api.post("/api/v1/pupils", "demo-la-officer", p).json().get("id").asString();
        Map<String, Object> q = new HashMap<>(p);
        q.put("upn", TestUpns.next());
        q.put("ehcpPersonalBudget", false);
        String noBudget = api.post("/api/v1/pupils", "demo-la-officer", q).json().get("id").asString();
        String someoneElse = PlacementFixtures.pupil(api, "demo-school-commissioner", "2012-03-03");

        Map<String, Object> body = PlacementFixtures.placement(withBudget, provider.id());
        body.put("route", "EHCP");
        Api.Response ok = api.post("/api/v1/placements", "demo-parent-commissioner", body);
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        assertThat(ok.json().get("commissioner").get("type").asString()).isEqualTo("PARENT");
        body.put("pupilId", noBudget);
        Api.Response refused = api.post("/api/v1/placements", "demo-parent-commissioner", body);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("EHCP personal budget");
        body.put("pupilId", someoneElse);
        assertThat(api.post("/api/v1/placements", "demo-parent-commissioner", body).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/pupils/" + someoneElse, "demo-parent-commissioner").status()).isEqualTo(404);
    }
}
