package org.waymark.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.directory.ProviderDirectory;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.Users;
import org.waymark.support.Api;
import org.waymark.support.TestMail;
import org.waymark.support.WaymarkTest;
import org.waymark.support.WebSession;

@WaymarkTest
class ConcernsTest {

    @LocalServerPort
    int port;
    @Autowired
    QaRecords records;
    @Autowired
    ProviderDirectory directory;
    @Autowired
    Organisations organisations;
    @Autowired
    Users users;
    @Autowired
    Clock clock;
    @Autowired
    JdbcClient db;

    @Test
    void aConcernWithoutACategoryIsRefusedAndNothingIsKept() {
        var p = QaFixtures.approvedProvider(organisations, users, directory, clock, LocalDate.now(clock).minusYears(1));
        Api api = new Api(port);
        Api.Response r = api.post("/api/v1/concerns", "demo-school-commissioner",
                Map.of("providerId", p.id().toString(), "description", "Pupils left alone"));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.contentType()).contains("application/problem+json");
        assertThat(r.body()).contains("\"field\":\"category\"").contains("Choose the category of the concern");
        assertThat(api.post("/api/v1/concerns", "demo-school-commissioner", Map.of("providerId", p.id().toString(),
                "category", "GOSSIP", "description", "x")).status()).isEqualTo(422);
        assertThat(api.post("/api/v1/concerns", "demo-school-commissioner", Map.of("providerId", p.id().toString(),
                "category", "OTHER", "description", "x", "pupilId", "not-an-id")).body()).contains("\"field\":\"pupilId\"");
        assertThat(records.openConcernCount(p.id())).isZero();

        WebSession school = WebSession.signedIn(port, "school-commissioner@eastmoor.example");
        school.get("/concerns/new");
        WebSession.Page page = school.post("/concerns/new", Map.of("providerId", p.id().toString(), "category", "",
                "description", "Pupils were left alone in the yard"));
        assertThat(page.body()).contains("There is a problem").contains("Choose the category of the concern")
                .contains("Pupils were left alone in the yard");
        assertThat(records.openConcernCount(p.id())).isZero();
    }

    @Test
    void aSafeguardingConcernReachesTheLaLeadAtOnceAndIsSeenOnlyByThoseInScope() {
        var p = QaFixtures.approvedProvider(organisations, users, directory, clock, LocalDate.now(clock).minusYears(1));
        Api api = new Api(port);
        UUID pupil = ownPupil(api);
        Api.Response r = api.post("/api/v1/concerns", "demo-school-commissioner", Map.of("providerId", p.id().toString(),
                "pupilId", pupil.toString(), "category", "SAFEGUARDING", "description", "A pupil disclosed an injury"));
        assertThat(r.status()).isEqualTo(201);
        String id = r.json().get("id").asText();
        assertThat(r.json().get("status").asText()).isEqualTo("RAISED");
        assertThat(r.json().get("pupilId").asText()).isEqualTo(pupil.toString());
        assertThat(TestMail.awaitBody("la-admin@eastmoor.example", "Safeguarding concern raised: " + p.name()))
                .contains("Triage it now").doesNotContain("disclosed");
        assertThat(TestMail.awaitBody("la-officer@eastmoor.example", "Safeguarding concern raised: " + p.name()))
                .contains("/concerns/" + id);

        assertThat(api.get("/api/v1/concerns/" + id, "demo-la-officer").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/concerns/" + id, "demo-school-commissioner").status()).isEqualTo(200);
        for (String other : new String[] {"demo-school-commissioner-2", "demo-provider-staff", "demo-partner",
                "demo-qa-professional", "demo-parent-commissioner"}) {
            assertThat(api.get("/api/v1/concerns/" + id, other).status()).as(other).isEqualTo(404);
            assertThat(api.get("/api/v1/concerns", other).body()).as(other).doesNotContain(id);
        }
        assertThat(api.get("/api/v1/concerns?providerId=" + p.id(), "demo-la-officer").json().get("total").asInt())
                .isEqualTo(1);
        var open = records.openConcerns(p.id());
        assertThat(open).hasSize(1);
        assertThat(open.get(0).pupilId()).isEqualTo(pupil);
        assertThat(open.get(0).category()).isEqualTo(ConcernCategory.SAFEGUARDING);
        assertThat(open.get(0).raisedOn()).isEqualTo(LocalDate.now(clock));
        // naming a child puts the concern on that child's audit trail
        assertThat(db.sql("select count(*) from audit_event where pupil_id = ? and subject_type = 'CONCERN'")
                .param(pupil).query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    private static UUID ownPupil(Api api) {
        Api.Response r = api.post("/api/v1/pupils", "demo-school-commissioner",
                org.waymark.pupil.PupilApiTest.pupil(org.waymark.pupil.TestUpns.next(), "2012-05-05"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return UUID.fromString(r.json().get("id").asText());
    }

    @Test
    void aConcernAboutAPupilNamesOnlyAPupilTheReporterMaySee() {
        var p = QaFixtures.approvedProvider(organisations, users, directory, clock, LocalDate.now(clock).minusYears(1));
        Api api = new Api(port);
        UUID pupil = ownPupil(api);
        for (String[] c : new String[][] {{"demo-school-commissioner-2", pupil.toString()},
                {"demo-provider-staff", pupil.toString()}, {"demo-school-commissioner", UUID.randomUUID().toString()}}) {
            Api.Response r = api.post("/api/v1/concerns", c[0], Map.of("providerId", p.id().toString(),
                    "pupilId", c[1], "category", "SAFEGUARDING", "description", "About a pupil"));
            assertThat(r.status()).as(c[0] + " " + r.body()).isEqualTo(404);
        }
        assertThat(records.openConcernCount(p.id())).isZero();
        assertThat(api.post("/api/v1/concerns", "demo-school-commissioner", Map.of("providerId", p.id().toString(),
                "pupilId", pupil.toString(), "category", "SAFEGUARDING", "description", "About a pupil")).status())
                .isEqualTo(201);
    }

    @Test
    void theLaTriagesArrangesAResponsiveVisitAndClosesTheConcern() {
        var p = QaFixtures.approvedProvider(organisations, users, directory, clock, LocalDate.now(clock).minusYears(1));
        String id = new Api(port).post("/api/v1/concerns", "demo-provider-staff-2", Map.of("providerId", p.id().toString(),
                "category", "HEALTH_AND_SAFETY", "description", "Fire exit blocked at the shared site")).json().get("id").asText();
        WebSession officer = WebSession.signedIn(port, "la-officer@eastmoor.example");
        String path = "/concerns/" + id;
        assertThat(officer.get(path).body()).contains("Fire exit blocked").contains("Record triage");
        assertThat(officer.post(path + "/triage", Map.of("version", "0", "triageNote", "")).body())
                .contains("Enter the triage decision");
        assertThat(officer.post(path + "/triage", Map.of("version", "0", "triageNote", "Provider asked to clear it"))
                .location()).endsWith("?triaged");
        assertThat(officer.get(path).body()).contains("Triaged").contains("Provider asked to clear it");

        LocalDate on = VisitSchedule.responsiveBy(ConcernCategory.HEALTH_AND_SAFETY, LocalDate.now(clock));
        Map<String, String> visit = new HashMap<>(Map.of("version", "1", "plannedOn-day", String.valueOf(on.getDayOfMonth()),
                "plannedOn-month", String.valueOf(on.getMonthValue()), "plannedOn-year", String.valueOf(on.getYear())));
        WebSession.Page planned = officer.post(path + "/responsive-visit", visit);
        assertThat(planned.location()).contains("/qa/visits/");
        String visitPage = officer.follow(planned).body();
        assertThat(visitPage).contains("Responsive QA visit").contains("The concern this visit responds to");

        officer.get(path);
        assertThat(officer.post(path + "/close", Map.of("version", "2", "outcome", "")).body())
                .contains("Enter the outcome of the concern");
        assertThat(officer.post(path + "/close", Map.of("version", "2", "outcome", "Exit cleared; checked on the visit"))
                .location()).endsWith("?closed");
        assertThat(records.openConcernCount(p.id())).isZero();
        var all = records.concernsAbout(java.util.List.of(p.id()));
        assertThat(all).hasSize(1);
        assertThat(all.get(0).closedOn()).isEqualTo(LocalDate.now(clock));
        // the raiser sees the outcome; a school may not triage
        assertThat(new Api(port).get("/api/v1/concerns/" + id, "demo-provider-staff-2").json().get("status").asText())
                .isEqualTo("CLOSED");
        WebSession school = WebSession.signedIn(port, "school-commissioner@eastmoor.example");
        school.get("/concerns");
        assertThat(school.post(path + "/close", Map.of("version", "3", "outcome", "x")).status()).isIn(403, 404);
    }
}
