package org.waymark.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.attendance.AttendanceFixtures.mark;
import static org.waymark.attendance.AttendanceFixtures.register;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.support.AccessMatrix;
import org.waymark.support.Api;
import org.waymark.support.WaymarkTest;
import org.waymark.support.WebSession;

/** Who may open the attendance pages, and what the CSV exports hold. */
@WaymarkTest
class AttendancePagesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Test
    void onlyThoseWhoSeeThePlacementOpenItsAttendanceAndOnlyProvidersAndTheLaTakeRegisters() {
        Api api = new Api(port);
        AttendanceFixtures fx = new AttendanceFixtures(api, db);
        UUID demoProvider = fx.organisationOf("demo-provider-staff");
        var p = fx.activePlacement(fx.pupil("Uma"), demoProvider, LocalDate.of(2026, 11, 16), "MONDAY 09:00 15:00");
        api.post("/api/v1/registers", "demo-provider-staff",
                register(demoProvider, "2026-11-16", "AM", mark(p.placementId(), "N")));
        UUID markId = db.sql("select id from attendance_mark where placement_id = ?").param(p.placementId())
                .query(UUID.class).single();
        Set<String> seePlacement = Set.of("demo-la-admin", "demo-la-officer", "demo-school-commissioner",
                "demo-provider-staff");
        Set<String> outOfScope = Set.of("demo-school-commissioner-2", "demo-provider-staff-2",
                "demo-parent-commissioner", "demo-partner");
        AccessMatrix.pages(port)
                .get("/attendance/placements/" + p.placementId(), seePlacement, outOfScope)
                .get("/attendance/placements/" + p.placementId() + "/marks.csv", seePlacement, outOfScope)
                .get("/register", Set.of("demo-la-admin", "demo-la-officer", "demo-provider-staff",
                        "demo-provider-staff-2"), Set.of())
                .get("/attendance/absences/" + markId, Set.of("demo-la-admin", "demo-la-officer",
                        "demo-school-commissioner"), Set.of("demo-school-commissioner-2", "demo-provider-staff-2",
                        "demo-parent-commissioner", "demo-partner"))
                .get("/attendance", Set.of("demo-la-admin", "demo-la-officer", "demo-school-commissioner",
                        "demo-school-commissioner-2", "demo-provider-staff", "demo-provider-staff-2",
                        "demo-parent-commissioner", "demo-partner"), Set.of())
                .verify();
    }

    @Test
    void theMisExportGivesTheHomeSchoolsCodeAndTheStatisticsExportTheRates() {
        Api api = new Api(port);
        AttendanceFixtures fx = new AttendanceFixtures(api, db);
        var provider = AttendanceFixtures.provider(
                organisations, users, tokens);
        var p = fx.activePlacement(fx.pupil("Vic"), provider.id(), LocalDate.of(2026, 11, 16), "MONDAY 09:00 15:00");
        api.post("/api/v1/registers", provider.token(), register(provider.id(), "2026-11-16", "AM",
                mark(p.placementId(), "/")));
        api.post("/api/v1/registers", provider.token(), register(provider.id(), "2026-11-16", "PM",
                mark(p.placementId(), "I")));
        String upn = db.sql("select upn from pupil where id = ?").param(p.pupilId()).query(String.class).single();

        WebSession school = WebSession.signedIn(port, "school-commissioner@eastmoor.example");
        String mis = school.get("/attendance/marks.csv?from=2026-11-16&to=2026-11-16").body();
        assertThat(mis).startsWith("upn,date,session,code,provider_code,authorised")
                .contains(upn + ",2026-11-16,AM,B,/,\r\n").contains(upn + ",2026-11-16,PM,I,I,true\r\n");
        String stats = school.get("/attendance/statistics.csv?from=2026-11-16&to=2026-11-16").body();
        assertThat(stats).contains(upn + ",Vic McTest," + "Register Test Provider");
        assertThat(stats).containsPattern(upn + ",Vic McTest,[^\\r]*,2,1,0,1,0,0,50.0,true,true");
        assertThat(WebSession.signedIn(port, "school-commissioner-2@eastmoor.example")
                .get("/attendance/marks.csv?from=2026-11-16&to=2026-11-16").body()).doesNotContain(upn);
    }

    @Test
    void eachLaCommissionedPlacementHasAWeeklyReportAsPdfAndCsv() {
        Api api = new Api(port);
        AttendanceFixtures fx = new AttendanceFixtures(api, db);
        var provider = AttendanceFixtures.provider(organisations, users, tokens);
        var p = fx.activePlacement(true, fx.pupil("Wren"), provider.id(), LocalDate.of(2026, 11, 9),
                "MONDAY 09:00 15:00");
        api.post("/api/v1/registers", provider.token(), register(provider.id(), "2026-11-16", "AM",
                mark(p.placementId(), "N")));
        api.post("/api/v1/registers", provider.token(), register(provider.id(), "2026-11-16", "PM",
                mark(p.placementId(), "\\")));
        WebSession officer = WebSession.signedIn(port, "la-officer@eastmoor.example");
        assertThat(officer.get("/attendance/weekly?week=2026-11-16").body()).contains("Wren McTest");
        String csv = officer.get("/attendance/placements/" + p.placementId() + "/weekly.csv?week=2026-11-16").body();
        assertThat(csv).contains("2026-11-16,AM,N,").contains("Not yet followed up").contains("2026-11-16,PM,\\,");
        var pdf = officer.get("/attendance/placements/" + p.placementId() + "/weekly.pdf?week=2026-11-16");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF");
        assertThat(WebSession.signedIn(port, "school-commissioner@eastmoor.example").get("/attendance/weekly").status())
                .isEqualTo(403);
    }

    @Test
    void theSchoolRecordsAttendanceBeforeThePlacementAndSeesTheChange() {
        Api api = new Api(port);
        AttendanceFixtures fx = new AttendanceFixtures(api, db);
        var provider = AttendanceFixtures.provider(organisations, users, tokens);
        var p = fx.activePlacement(fx.pupil("Xan"), provider.id(), LocalDate.of(2026, 11, 16), "MONDAY 09:00 15:00");
        api.post("/api/v1/registers", provider.token(), register(provider.id(), "2026-11-16", "AM",
                mark(p.placementId(), "/")));
        api.post("/api/v1/registers", provider.token(), register(provider.id(), "2026-11-16", "PM",
                mark(p.placementId(), "\\")));
        String path = "/attendance/placements/" + p.placementId();
        WebSession school = WebSession.signedIn(port, "school-commissioner@eastmoor.example");
        school.get(path);
        var refused = school.post(path + "/baseline", java.util.Map.of("possibleSessions", "100",
                "attendedSessions", "120", "version", ""));
        assertThat(refused.body()).contains("Sessions attended cannot be more than the possible sessions")
                .contains("value=\"120\"");
        var saved = school.post(path + "/baseline", java.util.Map.of("possibleSessions", "100",
                "attendedSessions", "60", "version", ""));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(school.get(path).body()).contains("60.0%").contains("up 40.0 percentage points");
        WebSession staff = WebSession.signedIn(port, "provider-staff@eastmoor.example");
        staff.get("/");
        assertThat(staff.post(path + "/baseline",
                java.util.Map.of("possibleSessions", "10", "attendedSessions", "5", "version", "")).status())
                .as("the provider does not see this placement").isEqualTo(404);
    }

    @Autowired
    org.waymark.organisation.Organisations organisations;

    @Autowired
    org.waymark.organisation.Users users;

    @Autowired
    org.waymark.organisation.ApiTokens tokens;
}
