package org.waymark.compliance;

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
import org.waymark.directory.DirectoryStatus;
import org.waymark.directory.ProviderDirectory;
import org.waymark.organisation.ApiTokens;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.Role;
import org.waymark.organisation.Users;
import org.waymark.pupil.TestUpns;
import org.waymark.support.Api;
import org.waymark.support.WaymarkTest;
import tools.jackson.databind.JsonNode;

/** The placement rules on real records made through the API, read back through GET /flags. */
@WaymarkTest
class PlacementFlagsTest {

    static final String SCHOOL_1 = "demo-school-commissioner";
    static final String SCHOOL_2 = "demo-school-commissioner-2";

    @LocalServerPort
    int port;

    @Autowired
    ComplianceEngine engine;

    @Autowired
    ProviderDirectory directory;

    @Autowired
    Organisations organisations;

    @Autowired
    Users users;

    @Autowired
    ApiTokens tokens;

    record TestProvider(UUID id, String token) {
    }

    private UUID la() {
        return organisations.findLocalAuthorityByCode("999").orElseThrow().id();
    }

    private TestProvider provider(String registration) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID id = organisations.createProviderOrganisation("Flag Test Provider " + tag, registration, la());
        directory.changeStatus(id, DirectoryStatus.APPROVED, LocalDate.of(2026, 7, 1), "Approved for tests", null);
        var user = users.createWithPassword(la(), "flags-" + tag + "@provider.example", "Staff " + tag,
                Role.PROVIDER_STAFF, id, "Eastmoor-demo-2026");
        String token = "flags-provider-" + tag;
        tokens.createWithSecret(user.id(), "Test token", token);
        return new TestProvider(id, token);
    }

    private static Map<String, Object> slot(String day, String start, String end) {
        return Map.of("day", day, "start", start, "end", end);
    }

    private String pupil(Api api, String school, boolean lookedAfter) {
        Map<String, Object> body = new HashMap<>();
        body.put("upn", TestUpns.next());
        body.put("firstName", "Flag");
        body.put("lastName", "Tester");
        body.put("dateOfBirth", "2012-04-04");
        body.put("senStatus", "SEN_SUPPORT");
        body.put("primaryNeed", "SEMH");
        body.put("lookedAfter", lookedAfter);
        var r = api.post("/api/v1/pupils", school, body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    /** Creates and activates a placement through every step a commissioner and provider take. */
    private String activePlacement(Api api, String school, String pupil, TestProvider provider, String start,
            List<Map<String, Object>> timetable, List<Map<String, Object>> homeSchool) {
        Map<String, Object> body = new HashMap<>();
        body.put("pupilId", pupil);
        body.put("providerId", provider.id().toString());
        body.put("startDate", start);
        body.put("plannedEndDate", "2027-07-16");
        body.put("tier", 3);
        body.put("route", "AT_RISK_OF_EXCLUSION");
        body.put("timetable", timetable);
        body.put("homeSchoolTimetable", homeSchool);
        var created = api.post("/api/v1/placements", school, body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String base = "/api/v1/placements/" + created.json().get("id").asString();
        List<Map<String, Object>> answers = new ArrayList<>();
        for (int q = 1; q <= 19; q++) {
            answers.add(Map.of("question", q, "answer", "Answer to question " + q));
        }
        Map<String, Object> decision = new HashMap<>();
        decision.put("decidedBy", "Helen Price, deputy head");
        decision.put("decidedOn", "2026-08-20");
        decision.put("deciderCapacity", "SENIOR_LEADER");
        decision.put("childViews", "Wants to go");
        decision.put("familyViews", "Agrees");
        decision.put("howFound", "LA_DIRECTORY");
        decision.put("answers", answers);
        assertThat(api.put(base + "/decision", school, decision).status()).isEqualTo(200);
        assertThat(api.put(base + "/support-plan", school, Map.of("reasonForReferral", "Re-engagement",
                "outcomes", List.of(Map.of("description", "Attend", "baseline", "70%", "target", "95%",
                        "measure", "Registers")),
                "reintegrationPlan", "Back to school after a term")).status()).isEqualTo(200);
        List<Map<String, Object>> items = new ArrayList<>();
        for (var check : org.waymark.commissioning.DueDiligenceCheck.values()) {
            items.add(Map.of("check", check.name(), "completedOn", "2026-08-25", "evidence", "Seen"));
        }
        var dd = api.put(base + "/due-diligence", school, Map.of("items", items, "complete", true));
        assertThat(api.post(base + "/propose", school, Map.of()).status()).isEqualTo(200);
        assertThat(api.post(base + "/accept", provider.token(), Map.of()).status()).isEqualTo(200);
        var active = api.post(base + "/activate", school, Map.of());
        assertThat(active.status()).as(active.body() + " / due diligence: " + dd.body()).isEqualTo(200);
        return active.json().get("id").asString();
    }

    private static List<Map<String, Object>> mornings() {
        List<Map<String, Object>> t = new ArrayList<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
            t.add(slot(day, "09:00", "13:00")); // 20 hours a week: full time at the provider (more than 18)
        }
        return t;
    }

    private static List<Map<String, Object>> afternoons() {
        List<Map<String, Object>> t = new ArrayList<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
            t.add(slot(day, "13:30", "15:30"));
        }
        return t;
    }

    private JsonNode flags(Api api, String token, String code, Object subject) {
        return api.get("/api/v1/flags?code=" + code + "&subjectId=" + subject, token).json();
    }

    @Test
    void twoSchoolsWithThreeFullTimePupilsEachMakeAnUnregisteredProviderRegisterFromTheFifthStart() {
        Api api = new Api(port);
        TestProvider provider = provider("UNREGISTERED");
        String[][] starts = {{SCHOOL_1, "2026-09-07"}, {SCHOOL_1, "2026-09-14"}, {SCHOOL_1, "2026-09-21"},
                {SCHOOL_2, "2026-10-05"}, {SCHOOL_2, "2026-10-12"}, {SCHOOL_2, "2026-11-02"}};
        for (String[] s : starts) {
            activePlacement(api, s[0], pupil(api, s[0], false), provider, s[1], mornings(), afternoons());
        }
        engine.reevaluate(la());

        JsonNode la = flags(api, "demo-la-officer", "PROVIDER_MUST_REGISTER", provider.id());
        assertThat(la.get("total").asInt()).isEqualTo(1);
        JsonNode flag = la.get("items").get(0);
        assertThat(flag.get("since").asString()).isEqualTo("2026-10-12");
        assertThat(flag.get("severity").asString()).isEqualTo("CRITICAL");
        assertThat(flag.get("owner").get("type").asString()).isEqualTo("LOCAL_AUTHORITY");
        assertThat(flag.get("evidence").asString()).contains("12 October 2026");
        // neither school sees the provider's flag: only the LA, looking across commissioners, can
        assertThat(flags(api, SCHOOL_1, "PROVIDER_MUST_REGISTER", provider.id()).get("total").asInt()).isZero();
        assertThat(flags(api, SCHOOL_2, "PROVIDER_MUST_REGISTER", provider.id()).get("total").asInt()).isZero();
    }

    @Test
    void oneLookedAfterPupilFullTimeIsEnoughToRequireRegistration() {
        Api api = new Api(port);
        TestProvider provider = provider("UNREGISTERED");
        activePlacement(api, SCHOOL_1, pupil(api, SCHOOL_1, true), provider, "2026-09-28", mornings(), afternoons());
        engine.reevaluate(la());
        JsonNode la = flags(api, "demo-la-officer", "PROVIDER_MUST_REGISTER", provider.id());
        assertThat(la.get("total").asInt()).isEqualTo(1);
        assertThat(la.get("items").get(0).get("since").asString()).isEqualTo("2026-09-28");
    }

    @Test
    void fiveFullTimePupilsAtARegisteredSchoolRaiseNoRegistrationFlag() {
        Api api = new Api(port);
        TestProvider provider = provider("REGISTERED_INDEPENDENT_SCHOOL");
        for (int i = 0; i < 5; i++) {
            activePlacement(api, SCHOOL_1, pupil(api, SCHOOL_1, false), provider, "2026-09-07", mornings(),
                    afternoons());
        }
        engine.reevaluate(la());
        assertThat(flags(api, "demo-la-officer", "PROVIDER_MUST_REGISTER", provider.id()).get("total").asInt())
                .isZero();
    }

    @Test
    void aPupilWithOnlyTwoAfternoonsIsNotInFullTimeEducationAndTheHomeSchoolIsTold() {
        Api api = new Api(port);
        TestProvider provider = provider("UNREGISTERED");
        String pupil = pupil(api, SCHOOL_1, false);
        activePlacement(api, SCHOOL_1, pupil, provider, "2026-11-02",
                List.of(slot("TUESDAY", "13:00", "15:30"), slot("THURSDAY", "13:00", "15:30")), List.of());
        engine.reevaluate(la());

        JsonNode school = flags(api, SCHOOL_1, "NOT_FULL_TIME", pupil);
        assertThat(school.get("total").asInt()).isEqualTo(1);
        JsonNode flag = school.get("items").get(0);
        assertThat(flag.get("since").asString()).isEqualTo("2026-11-02");
        assertThat(flag.get("owner").get("type").asString()).isEqualTo("SCHOOL");
        assertThat(flag.get("evidence").asString()).contains("5");
        // another school sees nothing of this pupil
        assertThat(flags(api, SCHOOL_2, "NOT_FULL_TIME", pupil).get("total").asInt()).isZero();
    }

    @Test
    void suspendingTheProviderOfAnActivePlacementRaisesACriticalFlagForTheCommissionerThatClosesOnReinstatement() {
        Api api = new Api(port);
        TestProvider provider = provider("UNREGISTERED");
        String placement = activePlacement(api, SCHOOL_1, pupil(api, SCHOOL_1, false), provider, "2026-11-09",
                List.of(slot("MONDAY", "09:00", "12:00")), afternoons());
        directory.changeStatus(provider.id(), DirectoryStatus.SUSPENDED, LocalDate.of(2026, 11, 20), "QA concern", null);
        engine.reevaluate(la());

        JsonNode open = flags(api, SCHOOL_1, "PROVIDER_NOT_APPROVED", placement);
        assertThat(open.get("total").asInt()).isEqualTo(1);
        assertThat(open.get("items").get(0).get("severity").asString()).isEqualTo("CRITICAL");
        // the later of the proposal (today, 23 November) and the suspension (20 November): ADR 0400
        assertThat(open.get("items").get(0).get("since").asString()).isEqualTo("2026-11-23");
        assertThat(flags(api, provider.token(), "PROVIDER_NOT_APPROVED", placement).get("total").asInt()).isEqualTo(1);

        directory.changeStatus(provider.id(), DirectoryStatus.APPROVED, LocalDate.of(2026, 11, 23), "Reinstated", null);
        engine.reevaluate(la());
        assertThat(flags(api, SCHOOL_1, "PROVIDER_NOT_APPROVED", placement).get("total").asInt()).isZero();
    }
}
