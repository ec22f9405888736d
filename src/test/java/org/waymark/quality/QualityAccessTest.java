package org.waymark.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.waymark.organisation.Users;
import org.waymark.support.AccessMatrix;
import org.waymark.support.Api;
import org.waymark.support.WaymarkTest;

/**
 * Who reaches QA and concerns: the LA's officers; the QA professional only the providers assigned to them; a
 * provider its own QA only; schools, families and partners none (they see the outcome on the directory page).
 */
@WaymarkTest
class QualityAccessTest {

    static final Set<String> LA = Set.of("demo-la-admin", "demo-la-officer");
    static final Set<String> ALL = Set.copyOf(AccessMatrix.TOKENS);

    @LocalServerPort
    int port;
    @Autowired
    QaVisits visits;
    @Autowired
    SelfAssessments selfAssessments;
    @Autowired
    Users users;
    @Autowired
    Clock clock;

    @Test
    void qaVisitsAreReachedOnlyByTheLaTheAssignedQaProfessionalAndTheProvider() {
        var officer = QaFixtures.user(users, "la-officer@eastmoor.example", clock);
        UUID moorside = QaFixtures.user(users, "provider-staff@eastmoor.example", clock).organisationId();
        var moorsideVisits = visits.visitsOfProvider(officer, moorside);
        UUID signedOff = moorsideVisits.stream().filter(QaVisits.QaVisit::signedOff).findFirst().orElseThrow().id();
        UUID coming = moorsideVisits.stream().filter(v -> v.status() == VisitStatus.PLANNED).findFirst().orElseThrow().id();
        UUID document = selfAssessments.documents(officer, coming).stream().filter(SelfAssessments.Document::uploaded)
                .findFirst().orElseThrow().id();
        // a provider whose visits are assigned to no QA professional
        UUID northernLights = visits.due(officer).stream().filter(d -> d.providerName().equals("Canal Side Construction Skills"))
                .findFirst().orElseThrow().providerId();
        UUID unassigned = visits.plan(officer, northernLights, VisitType.REQUESTED, java.time.LocalDate.now(clock).plusDays(30),
                null, null);

        Set<String> seeMoorside = Set.of("demo-la-admin", "demo-la-officer", "demo-qa-professional", "demo-provider-staff");
        Set<String> otherProvider = Set.of("demo-provider-staff-2");
        AccessMatrix.api(port)
                .get("/api/v1/providers/" + moorside + "/qa-visits", seeMoorside, otherProvider)
                .get("/api/v1/qa-visits/" + signedOff, seeMoorside, otherProvider)
                .get("/api/v1/qa-visits/" + unassigned, LA, Set.of("demo-qa-professional", "demo-provider-staff",
                        "demo-provider-staff-2"))
                .route("POST", "/api/v1/providers/" + moorside + "/qa-visits", "{}", LA, Set.of())
                .get("/api/v1/concerns", ALL, Set.of())
                .verify();

        AccessMatrix.pages(port)
                .get("/qa", Set.of("demo-la-admin", "demo-la-officer", "demo-qa-professional", "demo-provider-staff",
                        "demo-provider-staff-2"), Set.of())
                .get("/qa/visits/" + signedOff, seeMoorside, otherProvider)
                .get("/qa/visits/" + unassigned, LA, Set.of("demo-qa-professional", "demo-provider-staff",
                        "demo-provider-staff-2"))
                .get("/qa/visits/" + signedOff + "/report.pdf", seeMoorside, otherProvider)
                .get("/qa/visits/" + coming + "/record", Set.of("demo-la-admin", "demo-la-officer", "demo-qa-professional"),
                        otherProvider)
                .get("/qa/visits/" + coming + "/self-assessment", seeMoorside, otherProvider)
                .get("/qa/documents/" + document, seeMoorside, otherProvider)
                .get("/qa/evaluations", LA, Set.of())
                .get("/qa/visits/new", LA, Set.of())
                .get("/concerns", ALL, Set.of())
                .get("/concerns/new", ALL, Set.of())
                .verify();
    }

    @Test
    void aConcernIsSeenByTheLaAndTheRaisersOrganisationOnly() {
        UUID moorside = QaFixtures.user(users, "provider-staff@eastmoor.example", clock).organisationId();
        String id = new Api(port).post("/api/v1/concerns", "demo-school-commissioner", Map.of("providerId",
                moorside.toString(), "category", "QUALITY_OF_PROVISION", "description", "Sessions start late")).json()
                .get("id").asText();
        Set<String> see = Set.of("demo-la-admin", "demo-la-officer", "demo-school-commissioner");
        Set<String> notFound = new java.util.HashSet<>(ALL);
        notFound.removeAll(see);
        AccessMatrix.api(port).get("/api/v1/concerns/" + id, see, notFound).verify();
        AccessMatrix.pages(port).get("/concerns/" + id, see, notFound)
                .route("POST", "/concerns/" + id + "/triage", Map.of("version", "0", "triageNote", ""), LA, Set.of())
                .verify();
        assertThat(id).isNotBlank();
    }
}
