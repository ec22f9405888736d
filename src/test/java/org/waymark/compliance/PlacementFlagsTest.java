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

    private CompliancePlacements fixtures() {
        return new CompliancePlacements(organisations, users, tokens, directory);
    }

    private UUID la() {
        return fixtures().la();
    }

    private CompliancePlacements.TestProvider provider(String registration) {
        return fixtures().provider(registration);
    }

    private String pupil(Api api, String school, boolean lookedAfter) {
        return fixtures().pupil(api, school, lookedAfter);
    }

    private String activePlacement(Api api, String school, String pupil, CompliancePlacements.TestProvider provider,
            String start, List<Map<String, Object>> timetable, List<Map<String, Object>> homeSchool) {
        return fixtures().activePlacement(api, school, pupil, provider, start, timetable, homeSchool);
    }

    private static List<Map<String, Object>> mornings() {
        return CompliancePlacements.mornings();
    }

    private static List<Map<String, Object>> afternoons() {
        return CompliancePlacements.afternoons();
    }

    private static Map<String, Object> slot(String day, String start, String end) {
        return CompliancePlacements.slot(day, start, end);
    }

    private JsonNode flags(Api api, String token, String code, Object subject) {
        return api.get("/api/v1/flags?code=" + code + "&subjectId=" + subject, token).json();
    }

    @Test
    void twoSchoolsWithThreeFullTimePupilsEachMakeAnUnregisteredProviderRegisterFromTheFifthStart() {
        Api api = new Api(port);
        CompliancePlacements.TestProvider provider = provider("UNREGISTERED");
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
        CompliancePlacements.TestProvider provider = provider("UNREGISTERED");
        activePlacement(api, SCHOOL_1, pupil(api, SCHOOL_1, true), provider, "2026-09-28", mornings(), afternoons());
        engine.reevaluate(la());
        JsonNode la = flags(api, "demo-la-officer", "PROVIDER_MUST_REGISTER", provider.id());
        assertThat(la.get("total").asInt()).isEqualTo(1);
        assertThat(la.get("items").get(0).get("since").asString()).isEqualTo("2026-09-28");
    }

    @Test
    void fiveFullTimePupilsAtARegisteredSchoolRaiseNoRegistrationFlag() {
        Api api = new Api(port);
        CompliancePlacements.TestProvider provider = provider("REGISTERED_INDEPENDENT_SCHOOL");
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
        CompliancePlacements.TestProvider provider = provider("UNREGISTERED");
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
        // the pupil (born April 2012) is in Year 9: found among secondary pupils, not among primary ones
        assertThat(api.get("/api/v1/flags?code=NOT_FULL_TIME&age=secondary&subjectId=" + pupil, "demo-la-officer")
                .json().get("total").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/flags?code=NOT_FULL_TIME&age=primary&subjectId=" + pupil, "demo-la-officer")
                .json().get("total").asInt()).isZero();
        assertThat(api.get("/api/v1/flags?age=toddler", "demo-la-officer").status()).isEqualTo(400);
    }

    @Test
    void suspendingTheProviderOfAnActivePlacementRaisesACriticalFlagForTheCommissionerThatClosesOnReinstatement() {
        Api api = new Api(port);
        CompliancePlacements.TestProvider provider = provider("UNREGISTERED");
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

    @Test
    void aSafeguardingConcernAboutAProviderTheLasChildrenAttendIsACriticalFlagForTheLaUntilItIsClosed() {
        Api api = new Api(port);
        CompliancePlacements.TestProvider provider = provider("UNREGISTERED");
        activePlacement(api, SCHOOL_1, pupil(api, SCHOOL_1, false), provider, "2026-11-02",
                List.of(slot("MONDAY", "09:00", "12:00")), afternoons());
        var raised = api.post("/api/v1/concerns", SCHOOL_1, Map.of("providerId", provider.id().toString(),
                "category", "SAFEGUARDING", "description", "A pupil said staff left the group unsupervised"));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        String concern = raised.json().get("id").asString();

        // raising the concern re-evaluates the LA's flags after it commits
        JsonNode la = flags(api, "demo-la-officer", "OPEN_CONCERN", provider.id());
        assertThat(la.get("total").asInt()).isEqualTo(1);
        assertThat(la.get("items").get(0).get("severity").asString()).isEqualTo("CRITICAL");
        assertThat(la.get("items").get(0).get("since").asString()).isEqualTo("2026-11-23");
        // neither the provider nor the school that raised it sees the flag: the LA looks into it first
        assertThat(flags(api, provider.token(), "OPEN_CONCERN", provider.id()).get("total").asInt()).isZero();
        assertThat(flags(api, SCHOOL_1, "OPEN_CONCERN", provider.id()).get("total").asInt()).isZero();

        var closed = api.post("/api/v1/concerns/" + concern + "/close", "demo-la-officer",
                Map.of("outcome", "Responsive visit found ratios met; staff reminded of policy"));
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        engine.reevaluate(la());
        assertThat(flags(api, "demo-la-officer", "OPEN_CONCERN", provider.id()).get("total").asInt()).isZero();
    }
}
