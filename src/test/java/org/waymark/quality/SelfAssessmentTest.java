package org.waymark.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.waymark.directory.ProviderDirectory;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.Users;
import org.waymark.support.WaymarkTest;
import org.waymark.support.WebSession;

@WaymarkTest
class SelfAssessmentTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort
    int port;
    @Autowired
    QaVisits visits;
    @Autowired
    SelfAssessments selfAssessments;
    @Autowired
    ProviderDirectory directory;
    @Autowired
    Organisations organisations;
    @Autowired
    Users users;
    @Autowired
    Clock clock;

    @Test
    void theProviderWritesItsSelfAssessmentUploadsPoliciesAndSubmitsWhenEverySectionIsDone() throws Exception {
        LocalDate today = LocalDate.now(clock);
        var p = QaFixtures.approvedProvider(organisations, users, directory, clock, today.minusYears(1));
        var officer = QaFixtures.user(users, "la-officer@eastmoor.example", clock);
        UUID visit = visits.plan(officer, p.id(), VisitType.ANNUAL, today.plusDays(20),
                QaFixtures.user(users, "qa-professional@eastmoor.example", clock).id(), null);
        String path = "/qa/visits/" + visit + "/self-assessment";
        WebSession staff = WebSession.signedIn(port, p.staff().email());
        assertThat(staff.get(path).body()).contains("Not started").contains("Submit self-assessment");

        // submitting with sections missing names each one and keeps what was typed
        WebSession.Page missing = staff.post(path, Map.of("version", "0", "action", "submit",
                "section-SAFEGUARDING", "Our DSL is trained"));
        assertThat(missing.body()).contains("Enter your evaluation of section 2, Health and safety")
                .contains("Enter your evaluation of section 4, SEND").contains("Our DSL is trained");
        assertThat(staff.post(path, Map.of("version", "0", "action", "save", "section-SAFEGUARDING",
                "Our DSL is trained")).location()).endsWith("?saved");

        // uploads: a disallowed type is refused with the form kept, a PDF is kept and served as an attachment
        Upload bad = upload(staff, visit, "SAFEGUARDING", "Safeguarding policy", "policy.exe",
                "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body()).contains("The selected file must be a PDF, DOCX, ODT, PNG or JPEG")
                .contains("value=\"Safeguarding policy\"");
        Upload renamed = upload(staff, visit, "SAFEGUARDING", "Safeguarding policy", "policy.pdf",
                "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        assertThat(renamed.body()).contains("The selected file must be a PDF, DOCX, ODT, PNG or JPEG");
        Upload noTitle = upload(staff, visit, "", "", "policy.pdf", PDF);
        assertThat(noTitle.body()).contains("Choose the section the policy belongs to").contains("Enter the name of the policy");
        Upload big = upload(staff, visit, "SAFEGUARDING", "Huge policy", "huge.pdf", bigPdf());
        assertThat(big.body()).contains("The selected file must be smaller than 5 MB");

        Upload good = upload(staff, visit, "SAFEGUARDING", "Safeguarding policy", "our policy.pdf", PDF);
        assertThat(good.status()).isEqualTo(302);
        var docs = selfAssessments.documents(p.staff(), visit);
        assertThat(docs).hasSize(1);
        assertThat(docs.get(0).fileName()).isEqualTo("our_policy.pdf");
        String docPath = "/qa/documents/" + docs.get(0).id();

        HttpResponse<byte[]> file = get(staff, docPath);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(PDF);
        assertThat(file.headers().firstValue("Content-Disposition").orElse(""))
                .isEqualTo("attachment; filename=\"our_policy.pdf\"");
        assertThat(file.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(get(WebSession.signedIn(port, "qa-professional@eastmoor.example"), docPath).statusCode()).isEqualTo(200);
        assertThat(get(WebSession.signedIn(port, "la-officer@eastmoor.example"), docPath).statusCode()).isEqualTo(200);
        assertThat(get(WebSession.signedIn(port, "provider-staff@eastmoor.example"), docPath).statusCode()).isEqualTo(404);
        assertThat(get(WebSession.signedIn(port, "school-commissioner@eastmoor.example"), docPath).statusCode()).isEqualTo(403);

        Map<String, String> all = new java.util.HashMap<>(Map.of("version", "1", "action", "submit"));
        for (QaSection s : QaSection.values()) {
            all.put("section-" + s.name(), "We do " + s.label());
        }
        staff.get(path);
        assertThat(staff.post(path, all).location()).endsWith("?submitted");
        assertThat(selfAssessments.selfAssessment(officer, visit).submitted()).isTrue();
        assertThat(staff.get(path).body()).contains("Submitted").doesNotContain("Submit self-assessment");
        // once submitted it is kept as it was
        assertThat(staff.post(path, all).body()).contains("The self-assessment has been submitted");
    }

    record Upload(int status, String body) {
    }

    private Upload upload(WebSession session, UUID visit, String section, String title, String fileName, byte[] content)
            throws Exception {
        String page = session.get("/qa/visits/" + visit + "/self-assessment").body();
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).isTrue();
        String boundary = "----waymark" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (var f : Map.of("_csrf", m.group(1), "documentSection", section, "title", title).entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                    + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/qa/visits/" + visit + "/documents"))
                .header("Cookie", "SESSION=" + session.sessionCookie())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        return new Upload(r.statusCode(), r.body());
    }

    private HttpResponse<byte[]> get(WebSession session, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Cookie", "SESSION=" + session.sessionCookie()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] bigPdf() {
        byte[] b = new byte[(int) UploadPolicy.MAX_BYTES + 10];
        System.arraycopy(PDF, 0, b, 0, PDF.length);
        return b;
    }
}
