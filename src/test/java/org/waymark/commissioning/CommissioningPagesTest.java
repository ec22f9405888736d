package org.waymark.commissioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.waymark.directory.ProviderDirectory;
import org.waymark.organisation.ApiTokens;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.Users;
import org.waymark.pupil.TestUpns;
import org.waymark.support.AccessMatrix;
import org.waymark.support.WaymarkTest;
import org.waymark.support.WebSession;

/** The pages without a browser: forms keep what was typed, the journey saves as it goes, scope holds. */
@WaymarkTest
class CommissioningPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    Organisations organisations;
    @Autowired
    Users users;
    @Autowired
    ApiTokens tokens;
    @Autowired
    ProviderDirectory directory;

    static Map<String, String> pupilForm(String upn) {
        Map<String, String> f = new HashMap<>();
        f.put("upn", upn);
        f.put("firstName", "Page");
        f.put("lastName", "Tester");
        f.put("dateOfBirth-day", "14");
        f.put("dateOfBirth-month", "2");
        f.put("dateOfBirth-year", "2012");
        f.put("senStatus", "SEN_SUPPORT");
        f.put("primaryNeed", "SEMH");
        return f;
    }

    private static String idFrom(String location, String prefix) {
        Matcher m = Pattern.compile(prefix + "/([0-9a-f-]{36})").matcher(location);
        assertThat(m.find()).as(location).isTrue();
        return m.group(1);
    }

    @Test
    void aSchoolCommissionsThroughThePagesAndTheProviderAcceptsIt() {
        var provider = PlacementFixtures.approvedProvider(organisations, users, tokens, directory, "UNREGISTERED");
        WebSession school = WebSession.signedIn(port, "school-commissioner@eastmoor.example");
        assertThat(school.get("/pupils/new").status()).isEqualTo(200);
        Map<String, String> bad = pupilForm("Z801200001001");
        WebSession.Page rejected = school.post("/pupils", bad);
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.body()).contains("There is a problem").contains("wrong check letter")
                .contains("value=\"Tester\"");
        String created = school.post("/pupils", pupilForm(TestUpns.next())).location();
        String pupil = idFrom(created, "/pupils");
        WebSession.Page record = school.get("/pupils/" + pupil);
        assertThat(record.body()).contains("Page Tester").contains("Compulsory school age").contains("Year 10");

        Map<String, String> placement = new HashMap<>();
        placement.put("providerId", provider.id().toString());
        placement.put("startDate-day", "30");
        placement.put("startDate-month", "11");
        placement.put("startDate-year", "2026");
        placement.put("plannedEndDate-day", "12");
        placement.put("plannedEndDate-month", "2");
        placement.put("plannedEndDate-year", "2027");
        placement.put("tier", "2");
        placement.put("route", "AT_RISK_OF_EXCLUSION");
        placement.put("reviewIntervalWeeks", "6");
        placement.put("timetable[0].day", "TUESDAY");
        placement.put("timetable[0].start", "13:00");
        placement.put("timetable[0].end", "15:30");
        placement.put("timetable[1].day", "TUESDAY");
        placement.put("timetable[1].start", "14:00");
        placement.put("timetable[1].end", "14:00");
        placement.put("homeSchoolTimetable[0].day", "MONDAY");
        placement.put("homeSchoolTimetable[0].start", "08:45");
        placement.put("homeSchoolTimetable[0].end", "15:15");
        WebSession.Page withErrors = school.post("/pupils/" + pupil + "/placements", placement);
        assertThat(withErrors.body()).contains("The end time must be after the start time")
                .contains("value=\"13:00\"").contains("value=\"08:45\"");
        placement.remove("timetable[1].day");
        placement.remove("timetable[1].start");
        placement.remove("timetable[1].end");
        String placementId = idFrom(school.post("/pupils/" + pupil + "/placements", placement).location(),
                "/placements");
        String base = "/placements/" + placementId;
        assertThat(school.get(base).body()).contains("Commissioning decision").contains("Not yet started");

        // the journey: an error keeps the answers typed; a valid page saves and moves on
        assertThat(school.get(base + "/decision/decision-maker").status()).isEqualTo(200);
        Map<String, String> maker = new HashMap<>(Map.of("decidedBy", "Helen Price, deputy head", "capacity",
                "SENIOR_LEADER", "decidedOn-day", "20", "decidedOn-month", "11", "decidedOn-year", "2026"));
        assertThat(school.post(base + "/decision/decision-maker", maker).location()).endsWith("/decision/questions/1");
        Map<String, String> page1 = new HashMap<>();
        for (int q = 1; q <= 5; q++) {
            page1.put("q" + q, q == 3 ? "" : "Answer " + q);
        }
        WebSession.Page missing = school.post(base + "/decision/questions/1", page1);
        assertThat(missing.body()).contains("Answer question 3").contains("Answer 2");
        page1.put("q3", "Answer 3");
        assertThat(school.post(base + "/decision/questions/1", page1).location()).endsWith("/decision/questions/2");
        for (int page = 2; page <= 4; page++) {
            Map<String, String> answers = new HashMap<>();
            for (int q : DecisionQuestions.PAGES.get(page - 1)) {
                answers.put("q" + q, "Answer " + q);
            }
            school.post(base + "/decision/questions/" + page, answers);
        }
        assertThat(school.post(base + "/decision/views", Map.of("childViews", "Keen", "familyViews", "Supportive",
                "howFound", "LA_DIRECTORY")).location()).endsWith("/decision/check");
        WebSession.Page check = school.get(base + "/decision/check");
        assertThat(check.body()).contains("Check your answers").contains("Answer 19").contains("Helen Price");
        assertThat(school.post(base + "/decision/confirm", Map.of()).location()).endsWith("?decisionConfirmed");

        Map<String, String> plan = new HashMap<>(Map.of("reasonForReferral", "Re-engagement", "reintegrationPlan",
                "Back to school full-time by Easter", "outcomes[0].description", "Attend every session",
                "outcomes[0].target", "95%", "version", "-1"));
        assertThat(school.post(base + "/support-plan", plan).location()).endsWith("?planSaved");
        Map<String, String> dd = new HashMap<>();
        for (DueDiligenceCheck c : DueDiligenceCheck.values()) {
            String f = "items[" + c.ordinal() + "].";
            dd.put(f + "completedOn-day", "18");
            dd.put(f + "completedOn-month", "11");
            dd.put(f + "completedOn-year", "2026");
            dd.put(f + "evidence", "Seen");
            dd.put(f + "completedBy", "Helen Price");
        }
        dd.put("complete", "true");
        assertThat(school.post(base + "/due-diligence", dd).location()).endsWith("?dueDiligenceSaved");
        assertThat(school.post(base + "/propose", Map.of()).location()).endsWith("?proposed");
        WebSession.Page refused = school.post(base + "/activate", Map.of());
        assertThat(refused.body()).contains("The provider has not accepted the placement");

        WebSession staff = WebSession.signedIn(port, provider.email());
        WebSession.Page offered = staff.get("/placements");
        assertThat(offered.body()).contains("Page Tester");
        WebSession.Page view = staff.get(base);
        assertThat(view.body()).contains("What you need to keep the pupil safe and taught")
                .contains("Back to school full-time by Easter").doesNotContain("Before the placement can start");
        assertThat(staff.get(base + "/decision/check").status()).isEqualTo(403);
        assertThat(staff.post(base + "/accept", Map.of()).location()).endsWith("?accepted");
        assertThat(school.post(base + "/activate", Map.of()).location()).endsWith("?activated");
        assertThat(school.get("/pupils/" + pupil + "/provision").body()).contains("The pupil's week");
        WebSession.Page pdf = school.get(base + "/summary.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF");

        AccessMatrix.pages(port)
                .get(base, Set.of("demo-la-admin", "demo-la-officer", "demo-school-commissioner"),
                        Set.of("demo-school-commissioner-2", "demo-provider-staff", "demo-provider-staff-2",
                                "demo-parent-commissioner", "demo-partner"))
                .get("/pupils/" + pupil, Set.of("demo-la-admin", "demo-la-officer", "demo-school-commissioner"),
                        Set.of("demo-school-commissioner-2", "demo-provider-staff", "demo-provider-staff-2",
                                "demo-parent-commissioner", "demo-partner"))
                .verify();
    }
}
