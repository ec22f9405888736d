package org.waymark.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.waymark.compliance.CompliancePlacementsAccess;
import org.waymark.directory.ProviderDirectory;
import org.waymark.organisation.ApiTokens;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.SignedInUser;
import org.waymark.organisation.Users;
import org.waymark.support.Api;
import org.waymark.support.WaymarkTest;
import tools.jackson.databind.JsonNode;

/** The overview's figures move by exactly what a hand-made set of placements adds. */
@WaymarkTest
class LaOverviewTest {

    @LocalServerPort
    int port;

    @Autowired
    LaOverview overview;

    @Autowired
    org.waymark.compliance.ComplianceEngine engine;

    @Autowired
    ProviderDirectory directory;

    @Autowired
    Organisations organisations;

    @Autowired
    Users users;

    @Autowired
    ApiTokens tokens;

    private SignedInUser officer() {
        var u = users.findByEmail("la-officer@eastmoor.example").orElseThrow();
        return new SignedInUser(u.id(), u.email(), u.name(), u.role(), u.organisationType(), u.organisationId(),
                u.localAuthorityId(), java.time.Instant.now());
    }

    private static long group(List<LaOverview.Group> groups, String label) {
        return groups.stream().filter(g -> g.label().equals(label)).mapToLong(LaOverview.Group::children).sum();
    }

    @Test
    void twoNewChildrenAtANewUnregisteredProviderMoveEachFigureByExactlyWhatTheyAdd() {
        Api api = new Api(port);
        var fixtures = CompliancePlacementsAccess.of(organisations, users, tokens, directory);
        JsonNode before = api.get("/api/v1/oversight/summary", "demo-la-officer").json();
        long lookedAfterBefore = group(overview.breakdown(officer(), LaOverview.Dimension.LOOKED_AFTER), "Looked after");
        long tierThreeBefore = group(overview.breakdown(officer(), LaOverview.Dimension.TIER), "Tier 3");

        var provider = fixtures.provider("UNREGISTERED");
        String name = organisations.providerName(provider.id()).orElseThrow();
        fixtures.activePlacement(api, "demo-school-commissioner", fixtures.pupil(api, "demo-school-commissioner", true),
                provider, "2026-11-02");
        fixtures.activePlacement(api, "demo-school-commissioner-2",
                fixtures.pupil(api, "demo-school-commissioner-2", false), provider, "2026-11-09");

        engine.reevaluate(organisations.findLocalAuthorityByCode("999").orElseThrow().id());
        JsonNode after = api.get("/api/v1/oversight/summary", "demo-la-officer").json();
        assertThat(after.get("date").asString()).isEqualTo("2026-11-23");
        assertThat(after.get("childrenInAp").asLong()).isEqualTo(before.get("childrenInAp").asLong() + 2);
        assertThat(after.get("unregisteredInUse").asLong()).isEqualTo(before.get("unregisteredInUse").asLong() + 1);
        // the looked-after child alone makes the new provider one that must register
        assertThat(after.get("openFlagsByCode").get("PROVIDER_MUST_REGISTER").asLong())
                .isEqualTo(before.get("openFlagsByCode").get("PROVIDER_MUST_REGISTER").asLong() + 1);
        assertThat(group(overview.breakdown(officer(), LaOverview.Dimension.LOOKED_AFTER), "Looked after"))
                .isEqualTo(lookedAfterBefore + 1);
        assertThat(group(overview.breakdown(officer(), LaOverview.Dimension.TIER), "Tier 3"))
                .isEqualTo(tierThreeBefore + 2);
        assertThat(group(overview.breakdown(officer(), LaOverview.Dimension.PROVIDER), name)).isEqualTo(2);
        assertThat(overview.children(officer(), Optional.of(LaOverview.Dimension.PROVIDER), name)).hasSize(2)
                .extracting(LaOverview.ChildInAp::school)
                .containsExactlyInAnyOrder("Eastmoor Academy", "Castlegate High School");
    }

    @Test
    void onlyTheLasOfficersSeeTheOverview() {
        Api api = new Api(port);
        assertThat(api.get("/api/v1/oversight/summary", "demo-school-commissioner").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/oversight/summary", "demo-provider-staff").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/oversight/summary", "demo-parent-commissioner").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/oversight/summary", "demo-la-admin").status()).isEqualTo(200);
    }
}
