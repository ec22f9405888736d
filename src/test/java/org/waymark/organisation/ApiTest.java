package org.waymark.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.waymark.support.Api;
import org.waymark.support.WaymarkTest;
import org.waymark.support.WebSession;
import tools.jackson.databind.JsonNode;

/** /me, tokens, the problem+json conventions and the OpenAPI document. */
@WaymarkTest
class ApiTest {

    @LocalServerPort
    int port;

    @Test
    void meDescribesTheCallerAndTheirOrganisation() {
        Api api = new Api(port);
        JsonNode me = api.get("/api/v1/me", "demo-school-commissioner").json();
        assertThat(me.get("email").asString()).isEqualTo("school-commissioner@eastmoor.example");
        assertThat(me.get("role").asString()).isEqualTo("SCHOOL_COMMISSIONER");
        assertThat(me.get("organisation").get("type").asString()).isEqualTo("SCHOOL");
        assertThat(me.get("organisation").get("name").asString()).isEqualTo("Eastmoor Academy");
        // the organisation id is the one /schools uses
        String schoolId = me.get("organisation").get("id").asString();
        assertThat(api.get("/api/v1/schools/" + schoolId, "demo-la-officer").json().get("urn").asString())
                .isEqualTo("1999001");
        for (String token : org.waymark.support.AccessMatrix.TOKENS) {
            assertThat(api.get("/api/v1/me", token).status()).as(token).isEqualTo(200);
        }
    }

    @Test
    void aTokenCreatedOnTheAccountPageWorksUntilRevoked() {
        WebSession s = WebSession.signedIn(port, "la-officer@eastmoor.example");
        s.get("/account");
        WebSession.Page page = s.post("/account/tokens", Map.of("name", "Data team export"));
        Matcher m = Pattern.compile("id=\"new-token\"[^>]*>([^<]+)<").matcher(page.body());
        assertThat(m.find()).isTrue();
        String token = m.group(1);
        assertThat(page.body()).contains("it will not be shown again").contains("Data team export");
        Api api = new Api(port);
        assertThat(api.get("/api/v1/me", token).json().get("email").asString()).isEqualTo("la-officer@eastmoor.example");
        assertThat(s.get("/account").body()).doesNotContain(token);

        Matcher revoke = Pattern.compile("action=\"(/account/tokens/[0-9a-f-]+/revoke)\"").matcher(s.get("/account").body());
        String revokePath = null;
        while (revoke.find()) {
            revokePath = revoke.group(1); // oldest last: the demo token is older, so take the first match instead
            break;
        }
        assertThat(s.post(revokePath, Map.of()).location()).endsWith("/account?revoked");
        assertThat(api.get("/api/v1/me", token).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/me", "demo-la-officer").status()).as("the demo token still works").isEqualTo(200);
    }

    @Test
    void tokenNameIsRequired() {
        WebSession s = WebSession.signedIn(port, "la-officer@eastmoor.example");
        s.get("/account");
        assertThat(s.post("/account/tokens", Map.of("name", " ")).body())
                .contains("Enter a name for the token");
    }

    @Test
    void theApiAcceptsBearerTokensOnlyNotSessionCookies() {
        WebSession s = WebSession.signedIn(port, "la-admin@eastmoor.example");
        assertThat(s.get("/api/v1/me").status()).isEqualTo(401);
        Api.Response r = new Api(port).get("/api/v1/me", "not-a-token");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    @Test
    void errorsAreProblemDetails() {
        Api api = new Api(port);
        Api.Response notFound = api.get("/api/v1/no-such-thing", "demo-la-admin");
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.contentType()).startsWith("application/problem+json");
        assertThat(notFound.json().get("title").asString()).isNotBlank();

        Api.Response malformed = api.post("/api/v1/schools", "demo-la-admin", "{not json");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");

        Api.Response invalid = api.post("/api/v1/schools", "demo-la-admin",
                Map.of("urn", "12", "name", "", "phase", "CASTLE", "normalWeeklyHours", 99));
        assertThat(invalid.status()).isEqualTo(422);
        JsonNode json = invalid.json();
        assertThat(json.get("status").asInt()).isEqualTo(422);
        assertThat(json.get("errors").valueStream().map(e -> e.get("field").asString()))
                .contains("urn", "name", "phase", "normalWeeklyHours");

        Api.Response badId = api.get("/api/v1/schools/not-a-uuid", "demo-la-admin");
        assertThat(badId.status()).isEqualTo(400);
        assertThat(api.get("/api/v1/schools/" + java.util.UUID.randomUUID(), "demo-la-admin").status()).isEqualTo(404);
    }

    @Test
    void anLaOfficerAddsASchoolToTheirOwnLa() {
        Api api = new Api(port);
        Api.Response created = api.post("/api/v1/schools", "demo-la-officer",
                Map.of("urn", "1999555", "name", "Eastmoor New Free School", "phase", "SECONDARY"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("normalWeeklyHours").asDouble()).isEqualTo(32.5);
        Api.Response again = api.post("/api/v1/schools", "demo-la-officer",
                Map.of("urn", "1999555", "name", "Duplicate", "phase", "SECONDARY"));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.body()).contains("already exists");
    }

    @Test
    void theOpenApiDocumentIsServed() {
        Api.Response doc = new Api(port).get("/api/v1/openapi.json", null);
        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.body()).contains("\"/api/v1/me\"").contains("Waymark API").doesNotContain("\"name\":\"user\"");
    }
}
