package org.waymark.review;

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
import org.waymark.pupil.PupilApiTest;
import org.waymark.pupil.TestUpns;
import org.waymark.support.Api;

/**
 * Creates what review tests change: a provider of their own (approved, with a staff token), a pupil and an ACTIVE
 * placement, taken through the real lifecycle by the placements API: created, the commissioning decision, the support
 * plan (whose agreed outcomes the review form carries) and the due diligence checklist recorded, proposed, accepted by
 * the provider and activated, so activation's requirements are really met.
 */
final class ReviewFixtures {

    record TestProvider(UUID id, String token, String email) {
    }

    private ReviewFixtures() {
    }

    static TestProvider provider(Organisations organisations, Users users, ApiTokens tokens,
            ProviderDirectory directory) {
        UUID la = organisations.findLocalAuthorityByCode("999").orElseThrow().id();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID provider = organisations.createProviderOrganisation("Review Provider " + tag, "UNREGISTERED", la);
        directory.changeStatus(provider, DirectoryStatus.APPROVED, LocalDate.of(2026, 9, 1), "Approved for tests", null);
        String email = "review-staff-" + tag + "@provider.example";
        var user = users.createWithPassword(la, email, "Staff " + tag, Role.PROVIDER_STAFF, provider,
                "Eastmoor-demo-2026");
        String token = "test-review-provider-" + tag;
        tokens.createWithSecret(user.id(), "Test token", token);
        return new TestProvider(provider, token, email);
    }

    static String pupil(Api api, String dob) {
        var r = api.post("/api/v1/pupils", "demo-school-commissioner", PupilApiTest.pupil(TestUpns.next(), dob));
        if (r.status() != 201) {
            throw new IllegalStateException(r.body());
        }
        return r.json().get("id").asString();
    }

    static Map<String, Object> slot(String day, String start, String end) {
        return Map.of("day", day, "start", start, "end", end);
    }

    /** An accepted, then active placement commissioned by {@code commissionerToken} (school by default). */
    static String activePlacement(Api api, TestProvider provider, String pupilId, String start,
            String plannedEnd, String registration, Map<String, Object> commissioner, String commissionerToken) {
        Map<String, Object> body = new HashMap<>();
        body.put("pupilId", pupilId);
        body.put("providerId", provider.id().toString());
        body.put("startDate", start);
        body.put("plannedEndDate", plannedEnd);
        body.put("tier", 2);
        body.put("route", "AT_RISK_OF_EXCLUSION");
        body.put("registrationArrangement", registration);
        body.put("timetable", List.of(slot("TUESDAY", "13:00", "15:30"), slot("THURSDAY", "13:00", "15:30")));
        List<Map<String, Object>> home = new ArrayList<>();
        for (String day : List.of("MONDAY", "WEDNESDAY", "FRIDAY")) {
            home.add(slot(day, "08:45", "15:15"));
        }
        home.add(slot("TUESDAY", "08:45", "12:15"));
        home.add(slot("THURSDAY", "08:45", "12:15"));
        body.put("homeSchoolTimetable", home);
        if (commissioner != null) {
            body.put("commissioner", commissioner);
        }
        var created = api.post("/api/v1/placements", commissionerToken, body);
        if (created.status() != 201) {
            throw new IllegalStateException(created.body());
        }
        String id = created.json().get("id").asString();
        String base = "/api/v1/placements/" + id;
        boolean la = commissioner != null && "LOCAL_AUTHORITY".equals(commissioner.get("type"));
        List<Map<String, Object>> answers = new ArrayList<>();
        for (int q = 1; q <= 19; q++) {
            answers.add(Map.of("question", q, "answer", "Answer to question " + q));
        }
        Map<String, Object> decision = new HashMap<>();
        decision.put("decidedBy", la ? "Priya Shah, AP officer" : "Helen Price, deputy head");
        decision.put("decidedOn", LocalDate.parse(start).minusDays(7).toString());
        decision.put("deciderCapacity", la ? "LA_OFFICER" : "SENIOR_LEADER");
        decision.put("childViews", "Wants to go");
        decision.put("familyViews", "Agrees");
        decision.put("howFound", "LA_DIRECTORY");
        decision.put("answers", answers);
        expect(api.put(base + "/decision", commissionerToken, decision));
        expect(api.put(base + "/support-plan", commissionerToken, Map.of("reasonForReferral", "Re-engagement",
                "outcomes", List.of(
                        Map.of("description", "Attend every session", "baseline", "3", "target", "9",
                                "measure", "Registers"),
                        Map.of("description", "Manage frustration without leaving the room",
                                "baseline", "3 incidents a week", "target", "Fewer than 1 a week",
                                "measure", "Behaviour log")),
                "reintegrationPlan", "Back to school after a term")));
        List<Map<String, Object>> items = new ArrayList<>();
        for (var check : org.waymark.commissioning.DueDiligenceCheck.values()) {
            items.add(Map.of("check", check.name(), "completedOn", LocalDate.parse(start).minusDays(10).toString(),
                    "evidence", "Seen"));
        }
        expect(api.put(base + "/due-diligence", commissionerToken, Map.of("items", items, "complete", true)));
        expect(api.post(base + "/propose", commissionerToken, Map.of()));
        expect(api.post(base + "/accept", provider.token(), Map.of()));
        expect(api.post(base + "/activate", commissionerToken, Map.of()));
        return id;
    }

    static String activePlacement(Api api, TestProvider provider, String start, String plannedEnd) {
        return activePlacement(api, provider, pupil(api, "2012-10-10"), start, plannedEnd, "SINGLE", null,
                "demo-school-commissioner");
    }

    private static void expect(Api.Response r) {
        if (r.status() != 200) {
            throw new IllegalStateException(r.status() + " " + r.body());
        }
    }

    static Map<String, Object> review(String date) {
        Map<String, Object> body = new HashMap<>();
        body.put("date", date);
        body.put("attendees", List.of("Pupil", "Parent or carer", "Home school", "Provider"));
        body.put("pupilViews", "Likes the workshop, wants more maths help");
        body.put("parentViews", "Happier to go in on Tuesdays");
        body.put("notes", "Steady progress");
        body.put("progress", List.of(Map.of("outcome", "Attend every session", "baseline", 3, "current", 6,
                "target", 9)));
        return body;
    }
}
