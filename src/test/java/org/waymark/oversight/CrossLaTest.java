package org.waymark.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.compliance.CompliancePlacementsAccess;
import org.waymark.directory.ProviderDirectory;
import org.waymark.organisation.ApiTokens;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.organisation.Users;
import org.waymark.quality.Concerns;
import org.waymark.quality.QaVisits;
import org.waymark.support.Api;
import org.waymark.support.WaymarkTest;
import org.waymark.support.WebSession;

/**
 * Two LAs: Eastmoor (the demo LA) places a child with a provider on another LA's directory. Eastmoor sees the child
 * on its overview's out-of-area list with the provider's signed-off QA and the concerns that name no child; a third
 * LA whose children do not attend sees none of it; only the provider's own LA changes its records.
 */
@WaymarkTest
class CrossLaTest {

    @LocalServerPort
    int port;

    @Autowired
    ProviderDirectory directory;

    @Autowired
    Organisations organisations;

    @Autowired
    Users users;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient db;

    @Autowired
    QaVisits visits;

    @Autowired
    Concerns concerns;

    private SignedInUser laUser(UUID la, String tag) {
        var u = users.createWithPassword(la, "officer-" + tag + "@la.example", "Officer " + tag, Role.LA_OFFICER,
                la, "Eastmoor-demo-2026");
        return new SignedInUser(u.id(), u.email(), u.name(), u.role(), u.organisationType(), u.organisationId(),
                u.localAuthorityId(), Instant.now());
    }

    private UUID newLa(String name) {
        for (int i = 0; ; i++) {
            try {
                return organisations.createLocalAuthority(String.valueOf(100 + (int) (Math.random() * 800)), name).id();
            } catch (org.waymark.shared.InvalidInputException e) {
                if (i > 20) {
                    throw e;
                }
            }
        }
    }

    @Test
    void anLaSeesItsChildrenOutOfAreaAndTheProvidersQaAndConcernsButNotAnotherLasChild() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        UUID westfield = newLa("Westfield " + tag);
        UUID northby = newLa("Northby " + tag);
        SignedInUser westOfficer = laUser(westfield, "w" + tag);
        SignedInUser northOfficer = laUser(northby, "n" + tag);
        SignedInUser eastOfficer = laUser(organisations.findLocalAuthorityByCode("999").orElseThrow().id(), "e" + tag);

        Api api = new Api(port);
        var fixtures = CompliancePlacementsAccess.of(organisations, users, tokens, directory);
        var provider = fixtures.provider("REGISTERED_INDEPENDENT_SCHOOL", westfield);
        String placement = fixtures.activePlacement(api, "demo-school-commissioner",
                fixtures.pupil(api, "demo-school-commissioner", false), provider, "2026-11-02");

        // Westfield's signed-off QA visit of its provider, and a concern about the provider
        UUID visit = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.of(2026, 11, 10, 12, 0, 0, 0, ZoneOffset.UTC);
        db.sql("""
                insert into qa_visit (id, local_authority_id, provider_id, visit_type, status, planned_on, visited_on,
                    overall_outcome, signed_off_by, signed_off_at, created_by, created_at)
                values (?, ?, ?, 'ANNUAL', 'SIGNED_OFF', ?, ?, 'REQUIRES_IMPROVEMENT', ?, ?, ?, ?)""")
                .params(visit, westfield, provider.id(), java.time.LocalDate.of(2026, 11, 9),
                        java.time.LocalDate.of(2026, 11, 9), westOfficer.id(), now, westOfficer.id(), now).update();
        var general = concerns.raise(westOfficer, provider.id(), null, "QUALITY_OF_PROVISION", "Lessons start late");

        var outOfArea = WebSession.signedIn(port, "la-officer@eastmoor.example").get("/");
        assertThat(outOfArea.body()).contains("Children placed out of area", "/placements/" + placement,
                "Westfield " + tag, "Requires improvement", "/qa/visits/" + visit);

        // Eastmoor, whose child attends, reads the signed-off visit and the concern naming no child
        assertThat(visits.visit(eastOfficer, visit).id()).isEqualTo(visit);
        assertThat(visits.visitsOfProvider(eastOfficer, provider.id())).extracting(QaVisits.QaVisit::id)
                .contains(visit);
        assertThat(concerns.list(eastOfficer, provider.id(), false, 0, 50)).extracting(Concerns.Concern::id)
                .contains(general.id());
        // ... but does not triage them: that stays with the provider's own LA
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> concerns.triage(eastOfficer, general.id(),
                general.version(), "Noted"))).isInstanceOf(org.waymark.shared.ForbiddenException.class);
        concerns.triage(westOfficer, general.id(), general.version(), "Visit arranged");

        // Northby, whose children do not attend, sees nothing of it
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> visits.visit(northOfficer, visit)))
                .isInstanceOf(org.waymark.shared.NotFoundException.class);
        assertThat(concerns.list(northOfficer, provider.id(), false, 0, 50)).isEmpty();
        assertThat(new OutOfAreaProbe(port).pageOf("officer-n" + tag + "@la.example"))
                .doesNotContain("/placements/" + placement);
    }

    /** Northby's officer signs in with the demo password. */
    record OutOfAreaProbe(int port) {
        String pageOf(String email) {
            return WebSession.signedIn(port, email).get("/").body();
        }
    }
}
