package org.waymark.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.waymark.directory.DirectoryStatus;
import org.waymark.directory.ProviderDirectory;
import org.waymark.organisation.ApiTokens;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.Role;
import org.waymark.organisation.Users;
import org.waymark.pupil.TestUpns;
import org.waymark.support.Api;

/** Real placements made through the API, for the compliance tests: approved providers, pupils, activation. */
final class CompliancePlacements {

    private final Organisations organisations;
    private final Users users;
    private final ApiTokens tokens;
    private final ProviderDirectory directory;

    CompliancePlacements(Organisations organisations, Users users, ApiTokens tokens, ProviderDirectory directory) {
        this.organisations = organisations;
        this.users = users;
        this.tokens = tokens;
        this.directory = directory;
    }

    record TestProvider(UUID id, String token) {
    }

    UUID la() {
        return organisations.findLocalAuthorityByCode("999").orElseThrow().id();
    }

    TestProvider provider(String registration) {
        return provider(registration, la());
    }

    /** A provider approved on (and working with) the directory of {@code localAuthority}. */
    TestProvider provider(String registration, UUID localAuthority) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID id = organisations.createProviderOrganisation("Flag Test Provider " + tag, registration, localAuthority);
        directory.changeStatus(id, DirectoryStatus.APPROVED, LocalDate.of(2026, 7, 1), "Approved for tests", null);
        var user = users.createWithPassword(localAuthority, "flags-" + tag + "@provider.example", "Staff " + tag,
                Role.PROVIDER_STAFF, id, "Eastmoor-demo-2026");
        String token = "flags-provider-" + tag;
        tokens.createWithSecret(user.id(), "Test token", token);
        return new TestProvider(id, token);
    }

    static Map<String, Object> slot(String day, String start, String end) {
        return Map.of("day", day, "start", start, "end", end);
    }

    String pupil(Api api, String school, boolean lookedAfter) {
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
    String activePlacement(Api api, String school, String pupil, TestProvider provider, String start,
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
        decision.put("deciderCapacity", school.equals("demo-la-officer") || school.equals("demo-la-admin")
                ? "LA_OFFICER" : "SENIOR_LEADER");
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

    static List<Map<String, Object>> mornings() {
        List<Map<String, Object>> t = new ArrayList<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
            t.add(slot(day, "09:00", "13:00")); // 20 hours a week: full time at the provider (more than 18)
        }
        return t;
    }

    static List<Map<String, Object>> afternoons() {
        List<Map<String, Object>> t = new ArrayList<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
            t.add(slot(day, "13:30", "15:30"));
        }
        return t;
    }
}
