package org.waymark.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.waymark.support.WaymarkTest;
import org.waymark.support.WebSession;

/** The AP board's termly report: a real PDF for a term of the LA's calendar, with small counts suppressed. */
@WaymarkTest
class TermlyReportTest {

    @LocalServerPort
    int port;

    @Test
    void theReportIsAPdfForTheChosenTermWithNoCountFromOneToFour() throws Exception {
        WebSession la = WebSession.signedIn(port, "la-officer@eastmoor.example");
        var form = la.get("/oversight/report");
        assertThat(form.status()).isEqualTo(200);
        Matcher m = Pattern.compile("<option value=\"([0-9a-f-]{36})\"[^>]*>Autumn term 2026/27").matcher(form.body());
        assertThat(m.find()).as(form.body()).isTrue();
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/oversight/report.pdf?term=" + m.group(1)))
                .header("Cookie", "SESSION=" + la.sessionCookie()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        String text;
        try (var doc = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(doc);
        }
        assertThat(text).contains("termly oversight report", "Autumn term 2026/27", "by tier", "Flags open",
                "QA visits", "Placements ended");
        // every table cell is a count of 0, at least 5, or a suppression word: never 1 to 4
        assertThat(Pattern.compile("(?m)^(Tier \\d|[A-Z][^\\n]*?) ([1-4])$").matcher(text).find()).as(text).isFalse();
    }

    @Test
    void aBadTermIsAClearMessageAndOnlyTheLaGetsTheReport() {
        WebSession la = WebSession.signedIn(port, "la-officer@eastmoor.example");
        var bad = la.get("/oversight/report.pdf?term=last-spring");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("Choose a term from the list", "govuk-error-summary");
        var unknown = la.get("/oversight/report.pdf?term=00000000-0000-0000-0000-000000000001");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("Choose one of your local authority");
        assertThat(WebSession.signedIn(port, "school-commissioner@eastmoor.example").get("/oversight/report").status())
                .isEqualTo(403);
        assertThat(WebSession.signedIn(port, "provider-staff@eastmoor.example").get("/oversight/report.pdf?term=x")
                .status()).isEqualTo(403);
    }
}
