package org.waymark.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.directory.DirectoryStatus;
import org.waymark.directory.ProviderDirectory;
import org.waymark.organisation.ApiTokens;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.Role;
import org.waymark.organisation.Users;
import org.waymark.support.Api;
import org.waymark.support.TestMail;
import org.waymark.support.WaymarkTest;

/** The engine end to end: a rule holds in the data, a flag opens, the owner is told, scope holds, it closes. */
@WaymarkTest
class ComplianceEngineTest {

    @LocalServerPort
    int port;

    @Autowired
    ComplianceEngine engine;

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

    private UUID eastmoor() {
        return organisations.findLocalAuthorityByCode("999").orElseThrow().id();
    }

    private UUID providerWithStaff(UUID la, String token) {
        UUID provider = organisations.createProviderOrganisation("Engine Test Provider " + UUID.randomUUID(),
                "UNREGISTERED", la);
        var staff = users.createWithPassword(la, token + "@engine.example", "Pat Staff", Role.PROVIDER_STAFF,
                provider, "Engine-test-password-1");
        tokens.createWithSecret(staff.id(), "test", token);
        return provider;
    }

    @Test
    void anApprovedProviderWithoutAVisitForTwelveMonthsIsFlaggedForTheLaAndTheFlagClosesWhenItIsNoLongerApproved() {
        UUID la = eastmoor();
        String token = "engine-" + UUID.randomUUID();
        UUID provider = providerWithStaff(la, token);
        directory.changeStatus(provider, DirectoryStatus.APPROVED, LocalDate.of(2025, 9, 1), "Checks passed", null);
        Api api = new Api(port);

        engine.reevaluate(la);
        engine.reevaluate(la); // a second run keeps the one open flag

        var list = api.get("/api/v1/flags?code=QA_OVERDUE&subjectId=" + provider, "demo-la-officer").json();
        assertThat(list.get("total").asInt()).isEqualTo(1);
        var flag = list.get("items").get(0);
        assertThat(flag.get("severity").asText()).isEqualTo("WARNING");
        assertThat(flag.get("subjectType").asText()).isEqualTo("PROVIDER");
        assertThat(flag.get("since").asText()).isEqualTo("2026-09-02");
        assertThat(flag.get("owner").get("type").asText()).isEqualTo("LOCAL_AUTHORITY");
        assertThat(flag.get("owner").get("id").asText()).isEqualTo(la.toString());
        assertThat(flag.get("evidence").asText()).contains("1 September 2025", "1 September 2026");

        // the provider sees the flag about itself; another provider and a school do not
        assertThat(api.get("/api/v1/flags?subjectId=" + provider, token).json().get("total").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/flags?subjectId=" + provider, "demo-provider-staff").json().get("total").asInt())
                .isZero();
        assertThat(api.get("/api/v1/flags?subjectId=" + provider, "demo-school-commissioner").json().get("total")
                .asInt()).isZero();
        String id = flag.get("id").asText();
        assertThat(api.get("/api/v1/flags/" + id, "demo-provider-staff").status()).isEqualTo(404);

        // the LA's officers are told in the app
        long notices = db.sql("""
                select count(*) from notice n join app_user u on u.id = n.user_id
                where u.email = 'la-officer@eastmoor.example' and n.link = ?""")
                .param("/flags/" + id).query(Long.class).single();
        assertThat(notices).isEqualTo(1);

        directory.changeStatus(provider, DirectoryStatus.SUSPENDED, LocalDate.of(2026, 11, 20), "Concern", null);
        engine.reevaluate(la);

        assertThat(api.get("/api/v1/flags?code=QA_OVERDUE&subjectId=" + provider, "demo-la-officer").json()
                .get("total").asInt()).isZero();
        var closed = api.get("/api/v1/flags/" + id, "demo-la-officer").json();
        assertThat(closed.get("open").asBoolean()).isFalse();
        assertThat(closed.get("closedOn").asText()).isEqualTo("2026-11-23");
        assertThat(api.get("/api/v1/flags?openOnly=false&subjectId=" + provider, "demo-la-officer").json()
                .get("total").asInt()).isEqualTo(1);
    }

    @Test
    void aProviderApprovedLessThanTwelveMonthsAgoIsNotFlaggedAndAnotherLaSeesNothingOfEastmoor() {
        UUID la = eastmoor();
        String token = "engine-" + UUID.randomUUID();
        UUID provider = providerWithStaff(la, token);
        // due on 23 November 2026, today: not yet overdue (overdue from the day after)
        directory.changeStatus(provider, DirectoryStatus.APPROVED, LocalDate.of(2025, 11, 23), "Checks passed", null);
        engine.reevaluate(la);
        Api api = new Api(port);
        assertThat(api.get("/api/v1/flags?subjectId=" + provider, "demo-la-officer").json().get("total").asInt())
                .isZero();

        UUID other = organisations.findLocalAuthorityByCode("997")
                .orElseGet(() -> organisations.createLocalAuthority("997", "Southmoor Council")).id();
        String otherToken = "other-la-" + UUID.randomUUID();
        var officer = users.createWithPassword(other, otherToken + "@other.example", "Olu Officer", Role.LA_OFFICER,
                other, "Other-la-password-1");
        tokens.createWithSecret(officer.id(), "test", otherToken);
        assertThat(api.get("/api/v1/flags?code=QA_OVERDUE&openOnly=false", otherToken).json().get("total").asInt())
                .isZero();
    }

    @Autowired
    FlagDigest digest;

    private String openQaFlag(UUID la, UUID provider) {
        directory.changeStatus(provider, DirectoryStatus.APPROVED, LocalDate.of(2025, 5, 1), "Checks passed", null);
        engine.reevaluate(la);
        return new Api(port).get("/api/v1/flags?code=QA_OVERDUE&subjectId=" + provider, "demo-la-officer").json()
                .get("items").get(0).get("id").asText();
    }

    @Test
    void anAcknowledgementIsKeptWithTheFlagWhichStaysOpenAndOnlyThoseInScopeMayAcknowledge() {
        UUID la = eastmoor();
        String token = "engine-" + UUID.randomUUID();
        UUID provider = providerWithStaff(la, token);
        String id = openQaFlag(la, provider);
        Api api = new Api(port);

        var blank = api.post("/api/v1/flags/" + id + "/acknowledgements", "demo-la-officer", Map.of("note", "  "));
        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.body()).contains("note");
        assertThat(api.post("/api/v1/flags/" + id + "/acknowledgements", "demo-provider-staff",
                Map.of("note", "Not ours")).status()).isEqualTo(404);

        var ok = api.post("/api/v1/flags/" + id + "/acknowledgements", "demo-la-officer",
                Map.of("note", "Visit booked for 8 December"));
        assertThat(ok.status()).isEqualTo(201);
        assertThat(ok.json().get(0).get("note").asText()).isEqualTo("Visit booked for 8 December");

        var flag = api.get("/api/v1/flags/" + id, "demo-la-officer").json();
        assertThat(flag.get("open").asBoolean()).isTrue();
        assertThat(flag.get("acknowledged").asBoolean()).isTrue();
        // the provider, in scope, sees the note too
        assertThat(api.get("/api/v1/flags/" + id + "/acknowledgements", token).json().get(0).get("note").asText())
                .isEqualTo("Visit booked for 8 December");
    }

    @Test
    void anOfficerWhoChoseTheDailyDigestIsMailedTheCountOfNewFlagsOnce() {
        UUID la = eastmoor();
        var officer = users.findByEmail("la-officer@eastmoor.example").orElseThrow();
        var signedIn = new org.waymark.organisation.SignedInUser(officer.id(), officer.email(), officer.name(),
                officer.role(), officer.organisationType(), officer.organisationId(), officer.localAuthorityId(),
                java.time.Instant.now());
        digest.choose(signedIn, true);
        try {
            openQaFlag(la, providerWithStaff(la, "engine-" + UUID.randomUUID()));
            int before = TestMail.count(officer.email(), "new flag");
            assertThat(digest.sendDigests()).isGreaterThanOrEqualTo(1);
            String body = TestMail.awaitBody(officer.email(), "new flag", before + 1);
            assertThat(body).contains("QA visit overdue", "http://localhost/flags");
            digest.sendDigests();
            assertThat(TestMail.count(officer.email(), "new flag")).isEqualTo(before + 1);
        } finally {
            digest.choose(signedIn, false);
        }
    }

    @Test
    void anUnknownCodeIsRefusedWithAProblemNotAnEmptyList() {
        var r = new Api(port).get("/api/v1/flags?code=NOT_A_FLAG", "demo-la-officer");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).contains("application/problem+json");
        assertThat(r.body()).contains("code");
    }
}
