package org.waymark.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.attendance.AttendanceFixtures.mark;
import static org.waymark.attendance.AttendanceFixtures.register;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.compliance.ComplianceEngine;
import org.waymark.organisation.ApiTokens;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.Users;
import org.waymark.support.AccessMatrix;
import org.waymark.support.Api;
import org.waymark.support.TestMail;
import org.waymark.support.WaymarkTest;
import tools.jackson.databind.JsonNode;

/** Registers through the API: per-mark rejection, idempotent resubmission, amendments, alerts, flags, access. */
@WaymarkTest
class RegisterApiTest {

    // the test clock starts at Monday 23 November 2026, 09:30 UTC
    static final String MONDAY = "2026-11-23";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    Organisations organisations;

    @Autowired
    Users users;

    @Autowired
    ApiTokens tokens;

    @Autowired
    ComplianceEngine engine;

    @Autowired
    RegisterAlerts alerts;

    Api api;
    AttendanceFixtures fx;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        fx = new AttendanceFixtures(api, db);
    }

    @Test
    void eachBadMarkIsRefusedWithItsReasonAndTheRestOfTheRegisterIsKept() {
        var provider = AttendanceFixtures.provider(organisations, users, tokens);
        var other = AttendanceFixtures.provider(organisations, users, tokens);
        LocalDate start = LocalDate.of(2026, 11, 2);
        var full = fx.activePlacement(fx.pupil("Ava"), provider.id(), start, "MONDAY 09:00 15:00", "TUESDAY 09:00 15:00");
        var tuesdays = fx.activePlacement(fx.pupil("Ben"), provider.id(), start, "TUESDAY 13:00 15:30");
        var twice = fx.activePlacement(fx.pupil("Cal"), provider.id(), start, "MONDAY 09:00 12:00");
        var unknown = fx.activePlacement(fx.pupil("Dee"), provider.id(), start, "MONDAY 09:00 12:00");
        var elsewhere = fx.activePlacement(fx.pupil("Eve"), other.id(), start, "MONDAY 09:00 12:00");

        JsonNode r = api.post("/api/v1/registers", provider.token(), register(provider.id(), MONDAY, "AM",
                mark(full.placementId(), "/"), mark(tuesdays.placementId(), "/"), mark(twice.placementId(), "/"),
                mark(twice.placementId(), "N"), mark(unknown.placementId(), "H"), mark(elsewhere.placementId(), "/")))
                .json();
        assertThat(r.get("accepted").asInt()).isEqualTo(1);
        Map<String, String> reasons = new java.util.HashMap<>();
        r.get("rejected").forEach(x -> reasons.put(x.get("placementId").asString(), x.get("reason").asString()));
        assertThat(reasons.get(tuesdays.placementId().toString())).contains("no AM session");
        assertThat(reasons.get(twice.placementId().toString())).isEqualTo("Two marks for this pupil in one register");
        assertThat(reasons.get(unknown.placementId().toString())).contains("Unknown attendance code 'H'");
        assertThat(reasons.get(elsewhere.placementId().toString())).isEqualTo("Not a placement at this provider");

        JsonNode future = api.post("/api/v1/registers", provider.token(),
                register(provider.id(), "2026-11-24", "AM", mark(full.placementId(), "/"))).json();
        assertThat(future.get("accepted").asInt()).isZero();
        assertThat(future.get("rejected").get(0).get("reason").asString()).contains("future date");

        assertThat(api.post("/api/v1/registers", provider.token(), Map.of("date", MONDAY, "session", "EVENING"))
                .status()).as("a malformed register as a whole").isEqualTo(422);
    }

    @Autowired
    org.waymark.review.Reviews reviews;

    @Test
    void aReviewReadsTheAttendanceSinceTheLastReviewFromTheRegisters() {
        var provider = AttendanceFixtures.provider(organisations, users, tokens);
        var p = fx.activePlacement(fx.pupil("Gil"), provider.id(), LocalDate.of(2026, 11, 16), "MONDAY 09:00 15:00");
        assertThat(reviews.attendanceBetween(p.placementId(), LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22)))
                .as("no registers yet: the reviewer types the figure").isEmpty();
        api.post("/api/v1/registers", provider.token(),
                register(provider.id(), "2026-11-16", "AM", mark(p.placementId(), "/")));
        api.post("/api/v1/registers", provider.token(),
                register(provider.id(), "2026-11-16", "PM", mark(p.placementId(), "O")));
        var figures = reviews.attendanceBetween(p.placementId(), LocalDate.of(2026, 11, 16),
                LocalDate.of(2026, 11, 22)).orElseThrow();
        assertThat(reviews.registersAvailable()).isTrue();
        assertThat(figures.possibleSessions()).isEqualTo(2);
        assertThat(figures.attendedSessions()).isEqualTo(1);
        assertThat(figures.rate()).isEqualByComparingTo("50.0");
    }

    @Test
    void resubmittingIsIdempotentAndAnAmendmentKeepsTheEarlierMark() {
        var provider = AttendanceFixtures.provider(organisations, users, tokens);
        var p = fx.activePlacement(fx.pupil("Fay"), provider.id(), LocalDate.of(2026, 11, 16), "MONDAY 09:00 15:00");
        var body = register(provider.id(), "2026-11-16", "AM", mark(p.placementId(), "/"));
        assertThat(api.post("/api/v1/registers", provider.token(), body).json().get("accepted").asInt()).isEqualTo(1);
        assertThat(api.post("/api/v1/registers", provider.token(), body).json().get("accepted").asInt()).isEqualTo(1);
        assertThat(history(p.placementId())).as("the same register again changes nothing").isZero();

        Map<String, Object> late = mark(p.placementId(), "L");
        late.put("minutesLate", 10);
        api.post("/api/v1/registers", provider.token(), register(provider.id(), "2026-11-16", "AM", late));
        api.post("/api/v1/registers", provider.token(),
                register(provider.id(), "2026-11-16", "PM", mark(p.placementId(), "\\")));
        assertThat(history(p.placementId())).isEqualTo(1);

        JsonNode a = api.get("/api/v1/placements/" + p.placementId() + "/attendance?from=2026-11-16&to=2026-11-16",
                "demo-school-commissioner").json();
        assertThat(a.get("marks")).hasSize(2);
        assertThat(a.get("marks").get(0).get("code").asString()).isEqualTo("L");
        assertThat(a.get("marks").get(0).get("session").asString()).isEqualTo("AM");
        assertThat(a.get("summary").get("possibleSessions").asInt()).isEqualTo(2);
        assertThat(a.get("summary").get("present").asInt()).isEqualTo(2);
        assertThat(a.get("summary").get("attendanceRate").decimalValue()).isEqualByComparingTo("100.0");
    }

    @Test
    void anAbsenceAlertsTheSchoolContactInAppAndByMailWithoutTheChildsName() {
        var provider = AttendanceFixtures.provider(organisations, users, tokens);
        var p = fx.activePlacement(fx.pupil("Zebedee"), provider.id(), LocalDate.of(2026, 11, 16), "MONDAY 09:00 15:00");
        int before = TestMail.count("school-commissioner@eastmoor.example", "Absence from alternative provision");
        api.post("/api/v1/registers", provider.token(), register(provider.id(), MONDAY, "AM", mark(p.placementId(), "N")));
        String body = TestMail.awaitBody("school-commissioner@eastmoor.example", "Absence from alternative provision",
                before + 1);
        assertThat(body).contains("absent (code N)").doesNotContain("Zebedee");
        long notices = db.sql("select count(*) from notice where user_id = ? and body like ?")
                .params(fx.userOf("demo-school-commissioner"), "Zebedee%absent (code N)%").query(Long.class).single();
        assertThat(notices).isEqualTo(1);

        // the same absence again does not alert twice
        api.post("/api/v1/registers", provider.token(), register(provider.id(), MONDAY, "AM", mark(p.placementId(), "N")));
        assertThat(db.sql("select count(*) from notice where user_id = ? and body like ?")
                .params(fx.userOf("demo-school-commissioner"), "Zebedee%").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aMissingRegisterAndAnUnfollowedAbsenceRaiseFlagsThatCloseWhenFixed() {
        var provider = AttendanceFixtures.provider(organisations, users, tokens);
        var p = fx.activePlacement(fx.pupil("Gus"), provider.id(), LocalDate.of(2026, 11, 16), "MONDAY 09:00 12:00");
        engine.reevaluate(p.localAuthorityId());
        assertThat(flags("REGISTER_MISSING", p.placementId(), "demo-la-officer")).isEqualTo(1);
        assertThat(flags("REGISTER_MISSING", p.placementId(), provider.token())).as("the provider sees it").isEqualTo(1);
        assertThat(flags("REGISTER_MISSING", p.placementId(), "demo-school-commissioner-2")).isZero();

        api.post("/api/v1/registers", provider.token(),
                register(provider.id(), "2026-11-16", "AM", mark(p.placementId(), "N")));
        // a register's flags follow in the background, within seconds (decision 0402)
        assertThat(settled("REGISTER_MISSING", p.placementId(), "demo-la-officer", 0)).isZero();
        assertThat(settled("UNEXPLAINED_ABSENCE", p.placementId(), "demo-school-commissioner", 1)).isEqualTo(1);

        JsonNode absence = null;
        for (JsonNode a : api.get("/api/v1/absences?size=200", "demo-school-commissioner").json().get("items")) {
            if (a.get("placementId").asString().equals(p.placementId().toString())) {
                absence = a;
            }
        }
        assertThat(absence).isNotNull();
        assertThat(api.put("/api/v1/absences/" + absence.get("markId").asString() + "/follow-up", provider.token(),
                Map.of("reason", "x", "finalCode", "I", "version", 0)).status()).isEqualTo(403);
        assertThat(api.put("/api/v1/absences/" + absence.get("markId").asString() + "/follow-up",
                "demo-school-commissioner", Map.of("reason", "Mum rang: ill", "finalCode", "/", "version", 0))
                .status()).isEqualTo(422);
        JsonNode followed = api.put("/api/v1/absences/" + absence.get("markId").asString() + "/follow-up",
                "demo-school-commissioner", Map.of("reason", "Mum rang: ill", "finalCode", "I",
                        "version", absence.get("version").asInt())).json();
        assertThat(followed.get("code").asString()).isEqualTo("I");
        assertThat(followed.get("authorised").asBoolean()).isTrue();
        assertThat(flags("UNEXPLAINED_ABSENCE", p.placementId(), "demo-la-officer")).isZero();
        assertThat(api.put("/api/v1/absences/" + absence.get("markId").asString() + "/follow-up",
                "demo-school-commissioner", Map.of("reason", "again", "finalCode", "O",
                        "version", absence.get("version").asInt())).status()).as("stale version").isEqualTo(409);
    }

    @Test
    void pastTheWindowOnlyTheLocalAuthorityRecordsARegisterAndItGivesAReason() {
        var provider = AttendanceFixtures.provider(organisations, users, tokens);
        var p = fx.activePlacement(fx.pupil("Hal"), provider.id(), LocalDate.of(2026, 11, 2), "MONDAY 09:00 12:00");
        var old = register(provider.id(), "2026-11-09", "AM", mark(p.placementId(), "/"));
        JsonNode refused = api.post("/api/v1/registers", provider.token(), old).json();
        assertThat(refused.get("accepted").asInt()).isZero();
        assertThat(refused.get("rejected").get(0).get("reason").asString()).contains("only be recorded by the local authority");
        assertThat(api.post("/api/v1/registers", "demo-la-officer", old).status()).isEqualTo(422);
        Map<String, Object> withReason = new java.util.HashMap<>(old);
        withReason.put("reason", "Paper register found after the provider's system failed");
        assertThat(api.post("/api/v1/registers", "demo-la-officer", withReason).json().get("accepted").asInt())
                .isEqualTo(1);
    }

    @Test
    void aRegisterNotInByTheDeadlineIsAnnouncedOnceToTheProvider() {
        var provider = AttendanceFixtures.provider(organisations, users, tokens);
        fx.activePlacement(fx.pupil("Ida"), provider.id(), LocalDate.of(2026, 11, 16), "MONDAY 08:00 12:00");
        var marked = fx.activePlacement(fx.pupil("Jo"), provider.id(), LocalDate.of(2026, 11, 16), "MONDAY 08:00 12:00");
        api.post("/api/v1/registers", provider.token(), register(provider.id(), MONDAY, "AM", mark(marked.placementId(), "/")));
        alerts.sendMissingRegisterAlerts();
        TestMail.awaitBody(provider.email(), "Register missing: AM " + MONDAY);
        alerts.sendMissingRegisterAlerts();
        assertThat(TestMail.count(provider.email(), "Register missing")).isEqualTo(1);
    }

    @Test
    void aProviderMarksOnlyItsOwnPlacementsAndASchoolSeesOnlyItsOwnPupilsMarks() {
        UUID demoProvider = fx.organisationOf("demo-provider-staff");
        var p = fx.activePlacement(fx.pupil("Kit"), demoProvider, LocalDate.of(2026, 11, 16), "MONDAY 09:00 15:00");
        AccessMatrix.api(port)
                .get("/api/v1/placements/" + p.placementId() + "/attendance",
                        Set.of("demo-la-admin", "demo-la-officer", "demo-school-commissioner", "demo-provider-staff"),
                        Set.of("demo-school-commissioner-2", "demo-provider-staff-2", "demo-parent-commissioner",
                                "demo-partner"))
                .route("POST", "/api/v1/registers", register(demoProvider, MONDAY, "AM"),
                        Set.of("demo-la-admin", "demo-la-officer", "demo-provider-staff"),
                        Set.of("demo-provider-staff-2"))
                .verify();
        JsonNode r = api.post("/api/v1/registers", "demo-provider-staff-2",
                register(fx.organisationOf("demo-provider-staff-2"), MONDAY, "AM", mark(p.placementId(), "/"))).json();
        assertThat(r.get("rejected").get(0).get("reason").asString()).isEqualTo("Not a placement at this provider");
    }

    private long history(UUID placementId) {
        return db.sql("select count(*) from attendance_mark_history h join attendance_mark m on m.id = h.mark_id "
                + "where m.placement_id = ?").param(placementId).query(Long.class).single();
    }

    /** The count of flags once it reaches {@code expected}, or as it stands after ten seconds. */
    private int settled(String code, UUID placementId, String token, int expected) {
        long until = System.nanoTime() + 10_000_000_000L;
        int n = flags(code, placementId, token);
        while (n != expected && System.nanoTime() < until) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            n = flags(code, placementId, token);
        }
        return n;
    }

    private int flags(String code, UUID placementId, String token) {
        Api.Response r = api.get("/api/v1/flags?code=" + code + "&subjectType=PLACEMENT&subjectId=" + placementId, token);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("items").size();
    }
}
