package org.waymark.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.waymark.organisation.Organisations;
import org.waymark.support.Api;
import org.waymark.support.WaymarkTest;
import tools.jackson.databind.JsonNode;

/** {@code /api/v1/providers}: the fields of api.md, search filters, creating and changing entries. */
@WaymarkTest
class DirectoryApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Organisations organisations;

    Api api() {
        return new Api(port);
    }

    @Test
    void aProviderHasTheFieldsOfTheContract() {
        JsonNode list = api().get("/api/v1/providers?q=Moorside", "demo-school-commissioner").json();
        assertThat(list.get("total").asInt()).isEqualTo(1);
        JsonNode p = list.get("items").get(0);
        assertThat(p.get("name").asString()).isEqualTo("Moorside Motor Project");
        assertThat(p.get("registration").asString()).isEqualTo("UNREGISTERED");
        assertThat(p.get("directoryStatus").asString()).isEqualTo("APPROVED");
        assertThat(p.get("lots").toString()).isEqualTo("[3,8]");
        assertThat(p.get("ageRange").get("from").asInt()).isEqualTo(13);
        assertThat(p.get("ageRange").get("to").asInt()).isEqualTo(16);
        assertThat(p.get("capacity").isInt()).isTrue();
        assertThat(p.get("ukprn").asString()).isEqualTo("10087412");
        assertThat(p.has("urn")).isTrue();
        assertThat(p.get("localAuthorityIds").size()).isEqualTo(1);
        assertThat(p.has("latestQa")).isTrue();
        JsonNode one = api().get("/api/v1/providers/" + p.get("id").asString(), "demo-la-officer").json();
        assertThat(one.get("name").asString()).isEqualTo("Moorside Motor Project");
    }

    @Test
    void commissionersFilterByLotAgeNeedDayAreaAndRegistration() {
        // other tests add providers to the shared demo data, so each filter is checked for who is in and who is out
        assertThat(names("lot=5")).contains("Canal Side Construction Skills").doesNotContain("Moorside Motor Project");
        assertThat(names("age=8&directoryStatus=APPROVED")).contains("Bright Futures Tutoring Online", "Eastmoor Hospital School")
                .doesNotContain("Moorside Motor Project", "Eastmoor Independent Learning Centre");
        assertThat(names("need=PD&directoryStatus=APPROVED")).contains("Bright Futures Tutoring Online", "Eastmoor Hospital School")
                .doesNotContain("Green Acres Animal Care");
        assertThat(names("day=FRIDAY&lot=2")).contains("Fresh Start Sports Academy").doesNotContain("Hair and Beauty Works");
        assertThat(names("area=castlegate&directoryStatus=APPROVED")).contains("Hair and Beauty Works")
                .doesNotContain("Green Acres Animal Care", "Pathways Mentoring and Coaching");
        assertThat(names("registration=REGISTERED_INDEPENDENT_SCHOOL&directoryStatus=APPROVED"))
                .contains("Eastmoor Independent Learning Centre").doesNotContain("Westbrook Independent School", "Phoenix AP Academy");
        assertThat(names("directoryStatus=UNDER_CHECK")).contains("Pathways Mentoring and Coaching")
                .doesNotContain("Moorside Motor Project");
        Api.Response bad = api().get("/api/v1/providers?need=HAPPY", "demo-school-commissioner");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).contains("\"field\":\"need\"");
    }

    private List<String> names(String query) {
        JsonNode items = api().get("/api/v1/providers?size=200&" + query, "demo-school-commissioner").json().get("items");
        return items.valueStream().map(n -> n.get("name").asString()).toList();
    }

    @Test
    void theLaCreatesAndChangesAnEntryAndItsStatusKeepsHistory() {
        Api.Response created = api().post("/api/v1/providers", "demo-la-officer", Map.of(
                "name", "Api Test Boxing Club " + UUID.randomUUID(), "registration", "UNREGISTERED",
                "lots", List.of(3), "ageRange", Map.of("from", 12, "to", 16), "capacity", 8));
        assertThat(created.status()).isEqualTo(201);
        JsonNode p = created.json();
        assertThat(p.get("directoryStatus").asString()).isEqualTo("NOT_LISTED");
        String id = p.get("id").asString();

        JsonNode patched = api().patch("/api/v1/providers/" + id, "demo-la-officer",
                Map.of("capacity", 10, "needs", List.of("SEMH"), "directoryStatus", "APPROVED",
                        "statusReason", "Listed after the council's own checks")).json();
        assertThat(patched.get("capacity").asInt()).isEqualTo(10);
        assertThat(patched.get("directoryStatus").asString()).isEqualTo("APPROVED");

        Api.Response suspendWithoutReason = api().patch("/api/v1/providers/" + id, "demo-la-officer",
                Map.of("directoryStatus", "SUSPENDED"));
        assertThat(suspendWithoutReason.status()).isEqualTo(422);
        Api.Response impossible = api().patch("/api/v1/providers/" + id, "demo-la-officer",
                Map.of("directoryStatus", "APPLIED"));
        assertThat(impossible.status()).isEqualTo(409);

        Api.Response stale = api().patch("/api/v1/providers/" + id, "demo-la-officer",
                Map.of("capacity", 11, "version", 0));
        assertThat(stale.status()).isEqualTo(409);

        Api.Response invalid = api().patch("/api/v1/providers/" + id, "demo-la-officer",
                Map.of("ageRange", Map.of("from", 16, "to", 11), "urn", "12"));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.body()).contains("\"field\":\"ageTo\"").contains("\"field\":\"urn\"");
    }

    @Test
    void aDuplicateUrnIsRefused() {
        Api.Response r = api().post("/api/v1/providers", "demo-la-admin", Map.of(
                "name", "Copy of ELC", "registration", "REGISTERED_INDEPENDENT_SCHOOL", "urn", "149876"));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.body()).contains("URN 149876");
    }

    @Test
    void providerStaffChangeTheirOfferAndCheckedFactsWaitForTheLa() {
        String id = api().get("/api/v1/me", "demo-provider-staff-2").json().get("organisation").get("id").asString();
        JsonNode before = api().get("/api/v1/providers/" + id, "demo-provider-staff-2").json();
        int capacity = before.get("capacity").asInt();
        JsonNode after = api().patch("/api/v1/providers/" + id, "demo-provider-staff-2",
                Map.of("capacity", capacity + 2, "sessionTimes", "08:45 to 15:10")).json();
        assertThat(after.get("sessionTimes").asString()).isEqualTo("08:45 to 15:10");
        assertThat(after.get("capacity").asInt()).isEqualTo(capacity);
        assertThat(after.get("checkedChangesPending").asBoolean()).isTrue();
        // another provider's entry is out of scope; commissioners may read but not change
        String moorside = api().get("/api/v1/me", "demo-provider-staff").json().get("organisation").get("id").asString();
        assertThat(api().patch("/api/v1/providers/" + moorside, "demo-provider-staff-2", Map.of("capacity", 1)).status())
                .isEqualTo(404);
        assertThat(api().patch("/api/v1/providers/" + id, "demo-school-commissioner", Map.of("capacity", 1)).status())
                .isEqualTo(403);
        assertThat(api().patch("/api/v1/providers/" + id, "demo-provider-staff-2",
                Map.of("directoryStatus", "APPROVED")).status()).isEqualTo(403);
    }

    @Test
    void anotherLasProviderIsOutOfScope() {
        UUID otherLa = organisations.findLocalAuthorityByCode("998")
                .orElseGet(() -> organisations.createLocalAuthority("998", "Westshire Council")).id();
        UUID other = organisations.createProviderOrganisation("Westshire Farm School " + UUID.randomUUID(),
                "UNREGISTERED", otherLa);
        for (String token : List.of("demo-la-admin", "demo-la-officer", "demo-school-commissioner", "demo-provider-staff")) {
            assertThat(api().get("/api/v1/providers/" + other, token).status()).as(token).isEqualTo(404);
        }
        assertThat(api().patch("/api/v1/providers/" + other, "demo-la-officer", Map.of("capacity", 1)).status())
                .isEqualTo(404);
        assertThat(api().get("/api/v1/providers?size=200", "demo-la-officer").body()).doesNotContain(other.toString());
    }
}
