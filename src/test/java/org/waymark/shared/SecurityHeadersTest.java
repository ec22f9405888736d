package org.waymark.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.waymark.support.WaymarkTest;

@WaymarkTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyPageCarriesAFreshNonceThatOnlyItsOwnScriptHas() throws Exception {
        HttpResponse<String> first = get("/sign-in");
        String csp = first.headers().firstValue("Content-Security-Policy").orElseThrow();
        Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(csp);
        assertThat(nonce.find()).isTrue();
        assertThat(csp).contains("default-src 'self'").contains("object-src 'none'").contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(first.body()).contains("<script nonce=\"" + nonce.group(1) + "\">");
        assertThat(Pattern.compile("<script(?![^>]*(nonce=|src=))").matcher(first.body()).find())
                .as("no inline script without the nonce").isFalse();
        String second = get("/sign-in").headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(second).isNotEqualTo(csp);
        assertThat(first.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(first.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void errorPagesLeakNoStackTrace() throws Exception {
        HttpResponse<String> missing = get("/no-such-page");
        assertThat(missing.statusCode()).isIn(302, 404); // anonymous visitors are sent to sign in first
        HttpResponse<String> asset = get("/assets/no-such-file.css");
        assertThat(asset.statusCode()).isEqualTo(404);
        assertThat(asset.body()).doesNotContain("Exception").doesNotContain("at org.");
    }
}
