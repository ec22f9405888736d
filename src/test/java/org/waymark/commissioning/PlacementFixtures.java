package org.waymark.commissioning;

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

/** Creates what placement tests change: their own provider (approved, with a staff token) and pupils. */
final class PlacementFixtures {

    record TestProvider(UUID id, String token, String email) {
    }

    private PlacementFixtures() {
    }

    static TestProvider approvedProvider(Organisations organisations, Users users, ApiTokens tokens,
            ProviderDirectory directory, String registration) {
        UUID la = organisations.findLocalAuthorityByCode("999").orElseThrow().id();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID provider = organisations.createProviderOrganisation("Test Provider " + tag, registration, la);
        directory.changeStatus(provider, DirectoryStatus.APPROVED, LocalDate.of(2026, 9, 1), "Approved for tests", null);
        String email = "staff-" + tag + "@provider.example";
        var user = users.createWithPassword(la, email, "Staff " + tag,
                Role.PROVIDER_STAFF, provider, "Eastmoor-demo-2026");
        String token = "test-provider-" + tag;
        tokens.createWithSecret(user.id(), "Test token", token);
        return new TestProvider(provider, token, email);
    }

    static String pupil(Api api, String token, String dob) {
        var r = api.post("/api/v1/pupils", token, PupilApiTest.pupil(TestUpns.next(), dob));
        if (r.status() != 201) {
            throw new IllegalStateException(r.body());
        }
        return r.json().get("id").asString();
    }

    static Map<String, Object> slot(String day, String start, String end) {
        return Map.of("day", day, "start", start, "end", end);
    }

    /** A two-afternoon placement (case study B shape) with the rest of the week at the home school. */
    static Map<String, Object> placement(String pupilId, UUID providerId) {
        Map<String, Object> body = new HashMap<>();
        body.put("pupilId", pupilId);
        body.put("providerId", providerId.toString());
        body.put("startDate", "2026-11-30");
        body.put("plannedEndDate", "2027-02-12");
        body.put("tier", 2);
        body.put("route", "AT_RISK_OF_EXCLUSION");
        body.put("timetable", List.of(slot("TUESDAY", "13:00", "15:30"), slot("THURSDAY", "13:00", "15:30")));
        List<Map<String, Object>> home = new ArrayList<>();
        for (String day : List.of("MONDAY", "WEDNESDAY", "FRIDAY")) {
            home.add(slot(day, "08:45", "15:15"));
        }
        home.add(slot("TUESDAY", "08:45", "12:45"));
        home.add(slot("THURSDAY", "08:45", "12:45"));
        body.put("homeSchoolTimetable", home);
        return body;
    }
}
