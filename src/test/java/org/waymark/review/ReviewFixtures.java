package org.waymark.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
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
 * placement. Placements are created, proposed and accepted through the API; activation needs the commissioning
 * decision, support plan and due diligence, whose APIs are not on this branch, so the fixture marks the accepted
 * placement ACTIVE directly (as activation would: activated_on and next_review_date = start + interval).
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
    static String activePlacement(Api api, JdbcClient db, TestProvider provider, String pupilId, String start,
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
        expect(api.post("/api/v1/placements/" + id + "/propose", commissionerToken, Map.of()));
        expect(api.post("/api/v1/placements/" + id + "/accept", provider.token(), Map.of()));
        LocalDate startDate = LocalDate.parse(start);
        db.sql("update placement set status = 'ACTIVE', activated_on = ?, next_review_date = ?, version = version + 1 "
                + "where id = ?").params(startDate, startDate.plusWeeks(6), UUID.fromString(id)).update();
        return id;
    }

    static String activePlacement(Api api, JdbcClient db, TestProvider provider, String start, String plannedEnd) {
        return activePlacement(api, db, provider, pupil(api, "2012-10-10"), start, plannedEnd, "SINGLE", null,
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
