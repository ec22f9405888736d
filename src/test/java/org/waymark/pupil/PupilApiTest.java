package org.waymark.pupil;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.waymark.support.AccessMatrix;
import org.waymark.support.Api;
import org.waymark.support.WaymarkTest;
import tools.jackson.databind.JsonNode;

/** POST/GET /pupils: validation, derived fields, duplicates and scope. */
@WaymarkTest
public class PupilApiTest {

    @LocalServerPort
    int port;

    public static Map<String, Object> pupil(String upn, String dob) {
        Map<String, Object> body = new HashMap<>();
        body.put("upn", upn);
        body.put("firstName", "Testy");
        body.put("lastName", "McTest");
        body.put("dateOfBirth", dob);
        body.put("senStatus", "SEN_SUPPORT");
        body.put("primaryNeed", "SEMH");
        return body;
    }

    @Test
    void aSchoolRecordsItsPupilAndSeesTheDerivedYearGroupAndSchoolAge() {
        Api api = new Api(port);
        String upn = TestUpns.next();
        Api.Response created = api.post("/api/v1/pupils", "demo-school-commissioner", pupil(upn, "2012-12-31"));
        assertThat(created.status()).isEqualTo(201);
        JsonNode p = created.json();
        assertThat(p.get("upn").asString()).isEqualTo(upn);
        assertThat(p.get("yearGroup").asString()).isEqualTo("9");
        assertThat(p.get("compulsorySchoolAge").get("start").asString()).isEqualTo("2017-12-31");
        assertThat(p.get("compulsorySchoolAge").get("end").asString()).isEqualTo("2029-06-29");
        assertThat(p.get("ofCompulsorySchoolAge").asBoolean()).isTrue();
        assertThat(p.get("homeSchoolId").asString()).isEqualTo(api.get("/api/v1/me", "demo-school-commissioner").json()
                .get("organisation").get("id").asString());
        String id = p.get("id").asString();

        assertThat(api.get("/api/v1/pupils/" + id, "demo-school-commissioner").json().get("lastName").asString())
                .isEqualTo("McTest");
        assertThat(api.get("/api/v1/pupils?q=" + upn, "demo-school-commissioner").json().get("total").asLong())
                .isEqualTo(1);
        assertThat(api.get("/api/v1/pupils?q=" + upn, "demo-school-commissioner-2").json().get("total").asLong())
                .isZero();

        AccessMatrix.api(port)
                .get("/api/v1/pupils/" + id, Set.of("demo-la-admin", "demo-la-officer", "demo-school-commissioner"),
                        Set.of("demo-school-commissioner-2", "demo-provider-staff", "demo-provider-staff-2",
                                "demo-parent-commissioner", "demo-partner"))
                .route("POST", "/api/v1/pupils", pupil("bad", "2012-01-01"),
                        Set.of("demo-la-admin", "demo-la-officer", "demo-school-commissioner",
                                "demo-school-commissioner-2"), Set.of())
                .verify();
    }

    @Test
    void aSecondRecordWithTheSameUpnIsRefusedWithALinkToTheFirst() {
        Api api = new Api(port);
        String upn = TestUpns.next();
        String first = api.post("/api/v1/pupils", "demo-school-commissioner", pupil(upn, "2012-05-01")).json()
                .get("id").asString();
        Api.Response again = api.post("/api/v1/pupils", "demo-la-officer", pupil(upn, "2012-05-01"));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.body()).contains("\"upn\"").contains("/pupils/" + first);
    }

    @Test
    void badInputIsNamedOnEachField() {
        Api api = new Api(port);
        Map<String, Object> body = pupil("Z801200001001", "2031-01-01");
        body.put("firstName", "");
        body.put("senStatus", "EHCP");
        body.remove("primaryNeed");
        Api.Response r = api.post("/api/v1/pupils", "demo-school-commissioner", body);
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.contentType()).contains("application/problem+json");
        JsonNode errors = r.json().get("errors");
        Map<String, String> byField = new HashMap<>();
        errors.forEach(e -> byField.put(e.get("field").asString(), e.get("message").asString()));
        assertThat(byField).containsEntry("upn", "UPN is not valid: wrong check letter at character 1")
                .containsEntry("dateOfBirth", "Date of birth must be in the past")
                .containsKey("firstName").containsKey("primaryNeed");
        Api.Response tooOld = api.post("/api/v1/pupils", "demo-school-commissioner", pupil(TestUpns.next(), "2001-01-01"));
        assertThat(tooOld.status()).isEqualTo(422);
        assertThat(tooOld.body()).contains("dateOfBirth").contains("school age");
    }

    @org.springframework.beans.factory.annotation.Autowired
    Pupils pupils;
    @org.springframework.beans.factory.annotation.Autowired
    org.waymark.organisation.Users users;

    @Test
    void aPartnerSeesAPupilOnlyWhileGrantedAndTierOneSupportIsRecorded() {
        Api api = new Api(port);
        String id = api.post("/api/v1/pupils", "demo-school-commissioner", pupil(TestUpns.next(), "2013-01-20")).json()
                .get("id").asString();
        assertThat(api.get("/api/v1/pupils/" + id, "demo-partner").status()).isEqualTo(404);
        var officer = users.findByEmail("la-officer@eastmoor.example").orElseThrow();
        var partner = users.findByEmail("partner@eastmoor.example").orElseThrow();
        var asOfficer = new org.waymark.organisation.SignedInUser(officer.id(), officer.email(), officer.name(),
                officer.role(), officer.organisationType(), officer.organisationId(), officer.localAuthorityId(),
                java.time.Instant.now());
        pupils.grantPartner(asOfficer, java.util.UUID.fromString(id), partner.id(), "Social worker for the family");
        assertThat(api.get("/api/v1/pupils/" + id, "demo-partner").status()).isEqualTo(200);
        assertThat(api.post("/api/v1/pupils/" + id + "/tier-one-support", "demo-partner", Map.of()).status())
                .as("partners only read").isEqualTo(403);
        var grant = pupils.partnerGrants(asOfficer, java.util.UUID.fromString(id)).get(0);
        pupils.revokePartner(asOfficer, java.util.UUID.fromString(id), grant.id());
        assertThat(api.get("/api/v1/pupils/" + id, "demo-partner").status()).isEqualTo(404);

        Api.Response bad = api.post("/api/v1/pupils/" + id + "/tier-one-support", "demo-school-commissioner",
                Map.of("kind", "OUTREACH", "startedOn", "2027-01-01"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).contains("description").contains("startedOn");
        assertThat(api.post("/api/v1/pupils/" + id + "/tier-one-support", "demo-school-commissioner",
                Map.of("kind", "OUTREACH", "description", "Outreach consultation", "startedOn", "2026-10-01"))
                .status()).isEqualTo(201);
        assertThat(api.get("/api/v1/pupils/" + id + "/tier-one-support", "demo-school-commissioner").json())
                .hasSize(1);
    }

    @Test
    void aTemporaryUpnIsAcceptedAndMarked() {
        Api api = new Api(port);
        String digits = "99912345678";
        String temp = null;
        for (char last : Upn.LETTERS.toCharArray()) {
            String candidate = Upn.checkLetter(digits + last) + digits + last;
            if (api.get("/api/v1/pupils?q=" + candidate, "demo-la-officer").json().get("total").asLong() == 0) {
                temp = candidate;
                break;
            }
        }
        JsonNode p = api.post("/api/v1/pupils", "demo-la-officer", pupil(temp, "2013-03-03")).json();
        assertThat(p.get("temporaryUpn").asBoolean()).isTrue();
        assertThat(p.get("homeSchoolId").isNull()).isTrue();
    }
}
