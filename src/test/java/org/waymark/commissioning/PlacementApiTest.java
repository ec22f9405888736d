package org.waymark.commissioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.waymark.directory.ProviderDirectory;
import org.waymark.organisation.ApiTokens;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.Users;
import org.waymark.support.AccessMatrix;
import org.waymark.support.Api;
import org.waymark.support.WaymarkTest;
import tools.jackson.databind.JsonNode;

/** POST/GET /placements: derived fields, bad input on each field, listing and scope. */
@WaymarkTest
class PlacementApiTest {

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

    @Test
    void aNewPlacementIsADraftWithItsWeekDerived() {
        Api api = new Api(port);
        var provider = PlacementFixtures.approvedProvider(organisations, users, tokens, directory, "UNREGISTERED");
        String pupil = PlacementFixtures.pupil(api, "demo-school-commissioner", "2013-04-10");
        Api.Response r = api.post("/api/v1/placements", "demo-school-commissioner",
                PlacementFixtures.placement(pupil, provider.id()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode p = r.json();
        assertThat(p.get("status").asString()).isEqualTo("DRAFT");
        assertThat(p.get("weeklyHours").decimalValue()).isEqualByComparingTo("5");
        assertThat(p.get("daysPerWeek").asInt()).isEqualTo(2);
        assertThat(p.get("fullTimeAtProvider").asBoolean()).isFalse();
        assertThat(p.get("lengthInTerms").asInt()).isEqualTo(2);
        assertThat(p.get("reviewIntervalWeeks").asInt()).isEqualTo(6);
        assertThat(p.get("commissioner").get("type").asString()).isEqualTo("SCHOOL");
        assertThat(p.get("timetable").get(0).get("day").asString()).isEqualTo("TUESDAY");
        assertThat(p.get("timetable").get(0).get("start").asString()).isEqualTo("13:00");
        assertThat(p.get("homeSchoolTimetable")).hasSize(5);
        String id = p.get("id").asString();

        assertThat(api.get("/api/v1/placements?pupilId=" + pupil, "demo-school-commissioner").json().get("total")
                .asLong()).isEqualTo(1);
        assertThat(api.get("/api/v1/placements?pupilId=" + pupil + "&status=ACTIVE", "demo-school-commissioner")
                .json().get("total").asLong()).isZero();
        // a draft is not yet offered to the provider
        assertThat(api.get("/api/v1/placements/" + id, provider.token()).status()).isEqualTo(404);
        AccessMatrix.api(port)
                .get("/api/v1/placements/" + id, Set.of("demo-la-admin", "demo-la-officer", "demo-school-commissioner"),
                        Set.of("demo-school-commissioner-2", "demo-provider-staff", "demo-provider-staff-2",
                                "demo-parent-commissioner", "demo-partner"))
                .verify();

        assertThat(api.post("/api/v1/placements/" + id + "/propose", "demo-school-commissioner", Map.of()).json()
                .get("status").asString()).isEqualTo("PROPOSED");
        assertThat(api.get("/api/v1/placements/" + id, provider.token()).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/placements?providerId=" + provider.id(), provider.token()).json().get("total")
                .asLong()).isEqualTo(1);
    }

    @Test
    void aFullTimeWeekAtAnUnregisteredProviderIsFlaggedFullTime() {
        Api api = new Api(port);
        var provider = PlacementFixtures.approvedProvider(organisations, users, tokens, directory, "UNREGISTERED");
        String pupil = PlacementFixtures.pupil(api, "demo-school-commissioner", "2011-10-10");
        Map<String, Object> body = PlacementFixtures.placement(pupil, provider.id());
        List<Object> week = new ArrayList<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY")) {
            week.add(PlacementFixtures.slot(day, "09:00", "14:00"));
        }
        body.put("timetable", week);
        body.put("homeSchoolTimetable", List.of(PlacementFixtures.slot("FRIDAY", "08:45", "15:15")));
        JsonNode p = api.post("/api/v1/placements", "demo-school-commissioner", body).json();
        assertThat(p.get("weeklyHours").decimalValue()).isEqualByComparingTo("20");
        assertThat(p.get("fullTimeAtProvider").asBoolean()).isTrue();
    }

    @Test
    void badTimetablesAndDatesAreNamedOnTheirFields() {
        Api api = new Api(port);
        var provider = PlacementFixtures.approvedProvider(organisations, users, tokens, directory, "UNREGISTERED");
        String pupil = PlacementFixtures.pupil(api, "demo-school-commissioner", "2012-02-02");
        Map<String, Object> body = new HashMap<>(PlacementFixtures.placement(pupil, provider.id()));
        body.put("plannedEndDate", "2026-11-01");
        body.put("timetable", List.of(PlacementFixtures.slot("TUESDAY", "13:00", "15:30"),
                PlacementFixtures.slot("TUESDAY", "14:00", "16:00"), PlacementFixtures.slot("WEDNESDAY", "07:00", "09:00"),
                PlacementFixtures.slot("THURSDAY", "10:00", "10:00")));
        body.put("homeSchoolTimetable", List.of());
        Api.Response r = api.post("/api/v1/placements", "demo-school-commissioner", body);
        assertThat(r.status()).isEqualTo(422);
        Map<String, String> byField = new HashMap<>();
        r.json().get("errors").forEach(e -> byField.put(e.get("field").asString(), e.get("message").asString()));
        assertThat(byField).containsEntry("plannedEndDate", "The planned end date must be on or after the start date")
                .containsEntry("timetable[2].start", "Sessions must be between 08:00 and 18:00")
                .containsEntry("timetable[3].end", "The end time must be after the start time");
        assertThat(byField.get("timetable[1].start")).startsWith("This session overlaps another on Tuesday");
        assertThat(api.get("/api/v1/placements?pupilId=" + pupil, "demo-school-commissioner").json().get("total")
                .asLong()).as("nothing saved").isZero();
    }

    @Test
    void activationIsRefusedWithEveryUnmetRequirementAndTheProviderMayDecline() {
        Api api = new Api(port);
        var provider = PlacementFixtures.approvedProvider(organisations, users, tokens, directory, "UNREGISTERED");
        String pupil = PlacementFixtures.pupil(api, "demo-school-commissioner", "2012-06-06");
        String id = api.post("/api/v1/placements", "demo-school-commissioner",
                PlacementFixtures.placement(pupil, provider.id())).json().get("id").asString();
        Api.Response refused = api.post("/api/v1/placements/" + id + "/activate", "demo-school-commissioner", Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("proposed to the provider").contains("commissioning decision")
                .contains("support plan").contains("due diligence");
        assertThat(api.post("/api/v1/placements/" + id + "/accept", provider.token(), Map.of()).status())
                .as("a draft is not the provider's to see").isEqualTo(404);
        api.post("/api/v1/placements/" + id + "/propose", "demo-school-commissioner", Map.of());
        assertThat(api.post("/api/v1/placements/" + id + "/accept", "demo-school-commissioner", Map.of()).status())
                .as("only the provider answers").isEqualTo(403);
        assertThat(api.post("/api/v1/placements/" + id + "/decline", provider.token(), Map.of()).status())
                .isEqualTo(422);
        JsonNode declined = api.post("/api/v1/placements/" + id + "/decline", provider.token(),
                Map.of("reason", "No places on Tuesdays this term")).json();
        assertThat(declined.get("status").asString()).isEqualTo("DRAFT");
        assertThat(declined.get("declineReason").asString()).isEqualTo("No places on Tuesdays this term");
    }
}
