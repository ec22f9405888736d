package org.waymark.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.organisation.Organisations;
import org.waymark.support.Api;
import org.waymark.support.TestMail;
import org.waymark.support.WaymarkTest;
import org.waymark.support.WebSession;

/**
 * The directory's journeys through its pages: application → checks → approval, desk-top review, a provider's
 * changed facts going back to the LA, documents and their reminders, and the annual publication.
 */
@WaymarkTest
class DirectoryFlowTest {

    @LocalServerPort
    int port;

    @Autowired
    Organisations organisations;

    @Autowired
    ProviderDirectory directory;

    @Autowired
    Documents documents;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient db;

    WebSession as(String email) {
        return WebSession.signedIn(port, email);
    }

    UUID newProvider(String name) {
        UUID la = organisations.findLocalAuthorityByCode("999").orElseThrow().id();
        return organisations.createProviderOrganisation(name + " " + UUID.randomUUID().toString().substring(0, 8),
                "UNREGISTERED", la);
    }

    static Map<String, String> date(String prefix, LocalDate d) {
        return Map.of(prefix + "-day", "" + d.getDayOfMonth(), prefix + "-month", "" + d.getMonthValue(),
                prefix + "-year", "" + d.getYear());
    }

    static Map<String, String> with(Map<String, String> a, Map<String, String> b) {
        var m = new java.util.HashMap<>(a);
        m.putAll(b);
        return m;
    }

    @Test
    void applicationChecksAndApprovalKeepADatedHistory() {
        UUID provider = newProvider("Flow Boxing Club");
        LocalDate today = LocalDate.now(clock);
        WebSession officer = as("la-officer@eastmoor.example");
        officer.get("/directory/providers/" + provider + "/apply");
        WebSession.Page empty = officer.post("/directory/providers/" + provider + "/apply", Map.of("statement", ""));
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("There is a problem").contains("Describe the provision");
        WebSession.Page applied = officer.post("/directory/providers/" + provider + "/apply",
                Map.of("statement", "Boxing and mentoring for pupils aged 12 to 16, lot 3."));
        assertThat(applied.status()).isEqualTo(302);
        String app = applied.location().replaceAll(".*/directory/applications/", "");
        assertThat(directory.status(provider)).contains(DirectoryStatus.APPLIED);

        officer.get("/directory/applications/" + app);
        WebSession.Page noEvidence = officer.post("/directory/applications/" + app + "/checks",
                with(Map.of("checkType", "SAFEGUARDING", "outcome", "MET", "evidence", ""), date("checkedOn", today)));
        assertThat(noEvidence.body()).contains("Enter the evidence seen");
        WebSession.Page future = officer.post("/directory/applications/" + app + "/checks",
                with(Map.of("checkType", "SAFEGUARDING", "outcome", "MET", "evidence", "DSL certificate"),
                        date("checkedOn", today.plusDays(1))));
        assertThat(future.body()).contains("must be today or in the past");

        String[] checks = {"HEALTH_AND_SAFETY", "SAFEGUARDING", "STAFFING_AND_VETTING", "TRAINING_AND_SUPERVISION",
                "POLICIES"};
        for (String c : checks) {
            assertThat(officer.post("/directory/applications/" + app + "/checks",
                    with(Map.of("checkType", c, "outcome", "MET", "evidence", "Seen on site visit"), date("checkedOn", today)))
                    .status()).isEqualTo(302);
        }
        assertThat(directory.status(provider)).contains(DirectoryStatus.UNDER_CHECK);
        int version = db.sql("select version from provider_application where id = ?").param(UUID.fromString(app))
                .query(Integer.class).single();
        // approval needs every check met: the API-less page answers with the unmet requirement (409)
        WebSession.Page tooSoon = officer.post("/directory/applications/" + app + "/decision",
                with(Map.of("decision", "approve", "version", "" + version), date("decidedOn", today)));
        assertThat(tooSoon.status()).isEqualTo(409);
        assertThat(tooSoon.body()).contains("Insurances: not checked yet");

        // a school commissioner cannot record checks
        WebSession school = as("school-commissioner@eastmoor.example");
        school.get("/directory");
        assertThat(school.post("/directory/applications/" + app + "/checks",
                with(Map.of("checkType", "INSURANCES", "outcome", "MET", "evidence", "x"), date("checkedOn", today)))
                .status()).isEqualTo(403);

        officer.get("/directory/applications/" + app);
        officer.post("/directory/applications/" + app + "/checks", with(Map.of("checkType", "INSURANCES", "outcome",
                "MET", "evidence", "EL and PL certificates"), date("checkedOn", today)));
        version = db.sql("select version from provider_application where id = ?").param(UUID.fromString(app))
                .query(Integer.class).single();
        WebSession.Page approved = officer.post("/directory/applications/" + app + "/decision",
                with(Map.of("decision", "approve", "version", "" + version), date("decidedOn", today)));
        assertThat(approved.status()).isEqualTo(302);
        assertThat(directory.isApproved(provider)).isTrue();
        assertThat(directory.history(provider)).extracting(StatusChange::toStatus)
                .containsExactly(DirectoryStatus.APPLIED, DirectoryStatus.UNDER_CHECK, DirectoryStatus.APPROVED);

        WebSession.Page page = school.get("/directory/providers/" + provider);
        // places in use come from the placements module: a new provider has none
        assertThat(page.body()).contains("Approved").contains("No QA visit recorded").contains(", 0 in use today");

        // suspension and reinstatement from the provider page, with reasons
        officer.get("/directory/providers/" + provider);
        WebSession.Page noReason = officer.post("/directory/providers/" + provider + "/status",
                with(Map.of("to", "SUSPENDED", "reason", ""), date("on", today)));
        assertThat(noReason.body()).contains("Enter the reason for the change");
        officer.post("/directory/providers/" + provider + "/status",
                with(Map.of("to", "SUSPENDED", "reason", "Safeguarding concern under investigation"), date("on", today)));
        assertThat(directory.status(provider)).contains(DirectoryStatus.SUSPENDED);
        officer.post("/directory/providers/" + provider + "/status",
                with(Map.of("to", "APPROVED", "reason", ""), date("on", today)));
        assertThat(directory.isApproved(provider)).isTrue();
        assertThat(directory.history(provider)).hasSize(5);
    }

    @Test
    void aCommissionerRequestsADeskTopReviewAndTheLaLeadApprovesTheProvider() {
        WebSession school = as("school-commissioner-2@eastmoor.example");
        school.get("/directory/desk-top-reviews/new");
        WebSession.Page missing = school.post("/directory/desk-top-reviews/new", Map.of("providerId", "new", "newName", "",
                "reason", ""));
        assertThat(missing.body()).contains("Choose the provider, or enter the name").contains("Explain why");
        String name = "Desk Top Farm " + UUID.randomUUID().toString().substring(0, 6);
        WebSession.Page requested = school.post("/directory/desk-top-reviews/new", Map.of("providerId", "new",
                "newName", name, "newRegistration", "UNREGISTERED", "reason", "Only farm provision within reach"));
        assertThat(requested.status()).isEqualTo(302);
        String review = requested.location().replaceAll(".*/directory/desk-top-reviews/", "").replaceAll("\\?.*", "");
        assertThat(school.get("/directory/desk-top-reviews/" + review).body()).contains(name).contains("Waiting");
        // another school's commissioner cannot see it
        assertThat(as("school-commissioner@eastmoor.example").get("/directory/desk-top-reviews/" + review).status())
                .isEqualTo(404);

        WebSession lead = as("la-officer@eastmoor.example");
        lead.get("/directory/desk-top-reviews/" + review);
        WebSession.Page early = lead.post("/directory/desk-top-reviews/" + review + "/decision",
                Map.of("decision", "approve", "version", "0"));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body()).contains("Safeguarding: not checked yet");
        lead.post("/directory/desk-top-reviews/" + review + "/checks", Map.of("version", "0",
                "insurancesChecked", "yes", "insurancesNote", "PL £5m to 31/3/2027",
                "policiesChecked", "yes", "policiesNote", "Safeguarding and H&S policies dated 2026",
                "safeguardingChecked", "yes", "safeguardingNote", "DBS for both staff seen"));
        WebSession.Page decided = lead.post("/directory/desk-top-reviews/" + review + "/decision",
                Map.of("decision", "approve", "version", "1", "decisionReason", "Adequate for a time-limited placement"));
        assertThat(decided.status()).isEqualTo(302);
        UUID provider = db.sql("select provider_id from desk_top_review where id = ?").param(UUID.fromString(review))
                .query(UUID.class).single();
        assertThat(directory.isApproved(provider)).isTrue();
        assertThat(directory.history(provider).get(0).reason()).startsWith("Approved by desk-top review");
    }

    @Test
    void aProvidersChangeToCheckedFactsWaitsForTheLaWhoAcceptsIt() {
        WebSession staff = as("provider-staff@eastmoor.example");
        String id = new Api(port).get("/api/v1/me", "demo-provider-staff").json().get("organisation").get("id").asString();
        WebSession.Page edit = staff.get("/directory/providers/" + id + "/edit");
        assertThat(edit.status()).isEqualTo(200);
        int version = Integer.parseInt(edit.body().replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1"));
        var form = new java.util.HashMap<String, String>();
        form.put("version", "" + version);
        form.put("name", "Moorside Motor Project");
        form.put("registration", "UNREGISTERED");
        form.put("ukprn", "10087412");
        form.put("lots", "3,8");
        form.put("ageFrom", "13");
        form.put("ageTo", "16");
        form.put("needs", "SEMH,ASD,MLD");
        form.put("days", "MONDAY,TUESDAY,WEDNESDAY,THURSDAY");
        form.put("area", "Eastmoor North");
        form.put("postcode", "EM4 2RT");
        form.put("address", "Unit 4, Moorside Industrial Estate, Eastmoor");
        form.put("sessionTimes", "09:30 to 14:30");
        form.put("costPerSession", "72.50");
        form.put("capacity", "18");
        form.put("description", "Motor vehicle workshop; now also offering bike maintenance.");
        WebSession.Page saved = staff.post("/directory/providers/" + id + "/edit", form);
        assertThat(saved.location()).endsWith("?sent");
        WebSession.Page page = staff.get("/directory/providers/" + id);
        assertThat(page.body()).contains("bike maintenance").contains("16 places").contains("Changes waiting for the local authority");

        WebSession officer = as("la-officer@eastmoor.example");
        WebSession.Page la = officer.get("/directory/providers/" + id);
        String change = la.body().replaceAll("(?s).*/directory/providers/" + id + "/changes/([0-9a-f-]{36}).*", "$1");
        String changeVersion = la.body().replaceAll("(?s).*/changes/" + change + "\".*?name=\"version\" value=\"(\\d+)\".*", "$1");
        WebSession.Page noReason = officer.post("/directory/providers/" + id + "/changes/" + change,
                Map.of("decision", "reject", "reason", "", "version", changeVersion));
        assertThat(noReason.body()).contains("Enter why the changes are rejected");
        officer.post("/directory/providers/" + id + "/changes/" + change,
                Map.of("decision", "accept", "version", changeVersion));
        assertThat(directory.find(UUID.fromString(id)).orElseThrow().capacity()).isEqualTo(18);
        // another provider's staff cannot edit it
        assertThat(as("provider-staff-2@eastmoor.example").get("/directory/providers/" + id + "/edit").status())
                .isEqualTo(404);
    }

    @Test
    void anInsuranceExpiringWithin30DaysIsRemindedOnceByMail() {
        UUID provider = newProvider("Reminder Test Provider");
        directory.changeStatus(provider, DirectoryStatus.APPROVED, LocalDate.now(clock), "Test", null);
        documents.record(provider, Documents.Kind.INSURANCE, "Reminder test liability insurance", "RT-1",
                LocalDate.now(clock).plusDays(10));
        assertThat(documents.sendReminders()).isGreaterThanOrEqualTo(1);
        assertThat(documents.sendReminders()).isZero();
        String body = TestMail.awaitBody("la-officer@eastmoor.example", "Reminder Test Provider", 1);
        assertThat(body).contains("Reminder test liability insurance");
        WebSession officer = as("la-officer@eastmoor.example");
        assertThat(officer.get("/directory/documents").body()).contains("Reminder test liability insurance")
                .contains("Expires soon");
    }

    @Test
    void anLaAdminPublishesAnEditionThatNeverChangesAndCommissionersDownloadIt() throws IOException, InterruptedException {
        WebSession admin = as("la-admin@eastmoor.example");
        admin.get("/directory/editions");
        String year = admin.get("/directory/editions").body().replaceAll("(?s).*<option value=\"([0-9/]+)\".*", "$1");
        WebSession.Page published = admin.post("/directory/editions", Map.of("academicYear", year));
        assertThat(published.status()).isEqualTo(302);
        WebSession school = as("school-commissioner@eastmoor.example");
        String list = school.get("/directory/editions").body();
        String edition = list.replaceAll("(?s).*?/directory/editions/([0-9a-f-]{36})\\.pdf.*", "$1");

        byte[] pdf = download("/directory/editions/" + edition + ".pdf", "school-commissioner@eastmoor.example");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Directory of approved alternative provision").contains("Eastmoor City Council")
                    .contains("Contents").contains("Lot 5: Part-time: construction").contains("Canal Side Construction Skills")
                    .contains("Other approved provision").contains("Eastmoor Pupil Referral Unit")
                    .doesNotContain("Pathways Mentoring and Coaching").doesNotContain("Westbrook Independent School");
            assertThat(doc.getNumberOfPages()).isGreaterThan(3);
        }
        String csv = new String(download("/directory/editions/" + edition + ".csv", "school-commissioner@eastmoor.example"),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("lot_number,lot_name,provider_id,name").contains("Moorside Motor Project");

        // a change after publication does not change the edition
        UUID fresh = newProvider("After Publication Provider");
        directory.changeStatus(fresh, DirectoryStatus.APPROVED, LocalDate.now(clock), "Test", null);
        String csvAgain = new String(download("/directory/editions/" + edition + ".csv", "school-commissioner@eastmoor.example"),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csvAgain).isEqualTo(csv).doesNotContain("After Publication Provider");
        // only an LA admin publishes
        WebSession officer = as("la-officer@eastmoor.example");
        officer.get("/directory/editions");
        assertThat(officer.post("/directory/editions", Map.of("academicYear", year)).status()).isEqualTo(403);
    }

    private byte[] download(String path, String email) throws IOException, InterruptedException {
        WebSession s = as(email);
        String cookie = s.sessionCookie();
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Cookie", "SESSION=" + cookie).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }
}
