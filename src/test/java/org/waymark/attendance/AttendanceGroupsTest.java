package org.waymark.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.attendance.AttendanceFixtures.mark;
import static org.waymark.attendance.AttendanceFixtures.register;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.organisation.ApiTokens;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.SignedInUser;
import org.waymark.organisation.Users;
import org.waymark.support.Api;
import org.waymark.support.WaymarkTest;
import org.waymark.support.WebSession;

/**
 * Statistics per provider and per home school, in each viewer's scope, and a placement's attendance grid on the
 * pupil's page (a captioned table whose codes carry their meanings, with a key).
 */
@WaymarkTest
class AttendanceGroupsTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);

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
    AttendanceRecords records;
    @Autowired
    Clock clock;

    private SignedInUser user(String email) {
        var u = users.findByEmail(email).orElseThrow();
        return new SignedInUser(u.id(), u.email(), u.name(), u.role(), u.organisationType(), u.organisationId(),
                u.localAuthorityId(), clock.instant());
    }

    @Test
    void theLaSeesFiguresPerProviderAndPerSchoolAndEachViewerOnlyTheirOwn() {
        Api api = new Api(port);
        AttendanceFixtures fx = new AttendanceFixtures(api, db);
        var provider = AttendanceFixtures.provider(organisations, users, tokens);
        var present = fx.activePlacement(fx.pupil("Ada"), provider.id(), MONDAY, "MONDAY 09:00 15:00");
        var absent = fx.activePlacement(fx.pupil("Bo"), provider.id(), MONDAY, "MONDAY 09:00 15:00");
        api.post("/api/v1/registers", provider.token(), register(provider.id(), "2026-11-16", "AM",
                mark(present.placementId(), "/"), mark(absent.placementId(), "/")));
        api.post("/api/v1/registers", provider.token(), register(provider.id(), "2026-11-16", "PM",
                mark(present.placementId(), "\\"), mark(absent.placementId(), "O")));

        AttendanceStatistics la = records.statistics(user("la-officer@eastmoor.example"), MONDAY, MONDAY);
        var byProvider = la.providers().stream().filter(g -> g.id().equals(provider.id())).findFirst().orElseThrow();
        assertThat(byProvider.pupils()).isEqualTo(2);
        assertThat(byProvider.summary().possibleSessions()).isEqualTo(4);
        assertThat(byProvider.summary().attendanceRate()).isEqualByComparingTo("75.0");
        assertThat(byProvider.persistentlyAbsent()).isEqualTo(1);
        assertThat(byProvider.severelyAbsent()).isEqualTo(1);
        UUID eastmoorAcademy = fx.organisationOf("demo-school-commissioner");
        assertThat(la.schools()).extracting(AttendanceStatistics.GroupFigures::id).contains(eastmoorAcademy);
        var school = la.schools().stream().filter(g -> g.id().equals(eastmoorAcademy)).findFirst().orElseThrow();
        assertThat(school.pupils()).isGreaterThanOrEqualTo(2);
        assertThat(school.summary().possibleSessions()).isGreaterThanOrEqualTo(4);

        // the provider sees only itself; another school sees neither the provider nor Eastmoor Academy
        AttendanceStatistics own = records.statistics(user(provider.email()), MONDAY, MONDAY);
        assertThat(own.providers()).extracting(AttendanceStatistics.GroupFigures::id).containsExactly(provider.id());
        assertThat(own.total().pupils()).isEqualTo(2);
        AttendanceStatistics other = records.statistics(user("school-commissioner-2@eastmoor.example"), MONDAY,
                MONDAY);
        assertThat(other.providers()).extracting(AttendanceStatistics.GroupFigures::id).doesNotContain(provider.id());
        assertThat(other.schools()).extracting(AttendanceStatistics.GroupFigures::id).doesNotContain(eastmoorAcademy);

        WebSession officer = WebSession.signedIn(port, "la-officer@eastmoor.example");
        assertThat(officer.get("/attendance?from=2026-11-16&to=2026-11-16").body()).contains("By provider")
                .contains("By home school").contains("Register Test Provider " + provider.email()
                        .substring("staff-".length(), "staff-".length() + 8));
    }

    @Test
    void thePupilsPageShowsThePlacementsGridWithCodesAndTheirMeanings() {
        Api api = new Api(port);
        AttendanceFixtures fx = new AttendanceFixtures(api, db);
        var provider = AttendanceFixtures.provider(organisations, users, tokens);
        UUID pupil = fx.pupil("Cy");
        var p = fx.activePlacement(pupil, provider.id(), MONDAY, "MONDAY 09:00 15:00");
        api.post("/api/v1/registers", provider.token(), register(provider.id(), "2026-11-16", "AM",
                mark(p.placementId(), "/")));
        api.post("/api/v1/registers", provider.token(), register(provider.id(), "2026-11-16", "PM",
                mark(p.placementId(), "O")));

        String page = WebSession.signedIn(port, "school-commissioner@eastmoor.example").get("/pupils/" + pupil).body();
        assertThat(page).contains("<h2 class=\"govuk-heading-m\" id=\"attendance\">Attendance</h2>")
                .contains("id=\"attendance-grid-0\"")
                .containsPattern("<caption class=\"govuk-table__caption govuk-table__caption--s\">Marks by week at "
                        + "Register Test Provider [0-9a-f]{8}, newest first</caption>")
                .contains("<th scope=\"row\" class=\"govuk-table__header\">16 November 2026</th>")
                .contains("Morning: ").contains("Afternoon: ")
                .contains("Key to marks by week at")
                .contains("<dt class=\"govuk-summary-list__key\">O</dt>")
                .contains("Attendance 50.0% of 2 possible sessions")
                .contains("/attendance/placements/" + p.placementId());
        // the provider sees its own placement's grid and the pupil's age, not the date of birth
        String forProvider = WebSession.signedIn(port, provider.email()).get("/pupils/" + pupil).body();
        assertThat(forProvider).contains("id=\"attendance-grid-0\"")
                .contains("<dt class=\"govuk-summary-list__key\">Age</dt>").doesNotContain("Date of birth")
                .doesNotContain("14 March 2012");
        // another school cannot open the pupil at all
        assertThat(WebSession.signedIn(port, "school-commissioner-2@eastmoor.example").get("/pupils/" + pupil)
                .status()).isEqualTo(404);
    }
}
