package org.waymark.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.directory.ProviderDirectory;
import org.waymark.organisation.ApiTokens;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.Users;
import org.waymark.support.AccessMatrix;
import org.waymark.support.Api;
import org.waymark.support.WaymarkTest;
import org.waymark.support.WebSession;

/** The review pages without a browser: errors keep what was typed, the record and its PDF, and who sees what. */
@WaymarkTest
class ReviewPagesTest {

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
    @Autowired
    JdbcClient db;

    static Map<String, String> form(String day, String month, String year) {
        Map<String, String> f = new HashMap<>();
        f.put("date-day", day);
        f.put("date-month", month);
        f.put("date-year", year);
        f.put("attendees", "Pupil");
        f.put("otherAttendees", "Youth worker");
        f.put("pupilViews", "Wants to go back to school after Easter");
        f.put("parentViews", "Agrees");
        f.put("extensionAgreed", "no");
        for (int i = 0; i < 4; i++) {
            for (String k : new String[] {"outcome", "baseline", "current", "target"}) {
                f.put("progress-" + i + "-" + k, "");
            }
        }
        f.put("progress-0-outcome", "Attend every session");
        f.put("progress-0-baseline", "3");
        f.put("progress-0-current", "12");
        f.put("progress-0-target", "9");
        return f;
    }

    @Test
    void aReviewFormWithProblemsComesBackWithWhatWasTypedThenSavesAndPrints() {
        Api api = new Api(port);
        var provider = ReviewFixtures.provider(organisations, users, tokens, directory);
        String id = ReviewFixtures.activePlacement(api, provider, "2026-09-14", "2026-12-18");
        WebSession s = WebSession.signedIn(port, "school-commissioner@eastmoor.example");
        assertThat(s.get("/placements/" + id + "/reviews").body()).contains("Next review due").contains("26 October 2026");
        assertThat(s.get("/placements/" + id + "/reviews/new").body()).contains("Attendance is filled in from the registers");

        Map<String, String> bad = form("31", "9", "2026");
        bad.put("extensionAgreed", "yes");
        bad.put("newEndDate-day", "1");
        bad.put("newEndDate-month", "12");
        bad.put("newEndDate-year", "2026");
        WebSession.Page refused = s.post("/placements/" + id + "/reviews", bad);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("There is a problem").contains("href=\"#date-day\"")
                .contains("Date of the review meeting must be a real date")
                .contains("href=\"#progress-0-current\"").contains("scale, from 0 to 10")
                .contains("href=\"#extensionReason\"").contains("Wants to go back to school after Easter")
                .contains("value=\"Youth worker\"");

        Map<String, String> good = form("2", "11", "2026");
        good.put("progress-0-outcome", "Attend");
        good.put("progress-0-current", "5");
        WebSession.Page saved = s.post("/placements/" + id + "/reviews", good);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        WebSession.Page list = s.follow(saved);
        assertThat(list.body()).contains("The review has been recorded").contains("14 December 2026");
        String reviewId = api.get("/api/v1/placements/" + id + "/reviews", "demo-school-commissioner").json()
                .get("items").get(0).get("id").asString();
        assertThat(s.get("/placements/" + id + "/reviews/" + reviewId).body()).contains("Review of 2 November 2026")
                .contains("Attend");
        WebSession.Page pdf = s.get("/placements/" + id + "/reviews/" + reviewId + "/pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF");

        AccessMatrix.pages(port)
                .get("/placements/" + id + "/reviews", Set.of("demo-la-admin", "demo-la-officer",
                        "demo-school-commissioner"), Set.of("demo-school-commissioner-2", "demo-provider-staff",
                                "demo-provider-staff-2", "demo-parent-commissioner", "demo-partner"))
                .get("/placements/" + id + "/reviews/" + reviewId + "/pdf", Set.of("demo-la-admin", "demo-la-officer",
                        "demo-school-commissioner"), Set.of("demo-school-commissioner-2", "demo-provider-staff",
                                "demo-provider-staff-2", "demo-parent-commissioner", "demo-partner"))
                .get("/destinations", Set.of("demo-la-admin", "demo-la-officer"), Set.of())
                .verify();
    }

    @Test
    void theFormCarriesTheSupportPlansOutcomesSoTheReviewerScoresNowOnTheirScale() {
        Api api = new Api(port);
        var provider = ReviewFixtures.provider(organisations, users, tokens, directory);
        String id = ReviewFixtures.activePlacement(api, provider, "2026-09-14", "2026-12-18");
        WebSession s = WebSession.signedIn(port, "school-commissioner@eastmoor.example");
        String form = s.get("/placements/" + id + "/reviews/new").body();
        // the plan's first outcome is scored 3 → 9 on the scale; the second is in words, so it is shown, not scored
        assertThat(form).contains("id=\"progress-0-outcome\" name=\"progress-0-outcome\" value=\"Attend every session\"")
                .contains("name=\"progress-0-baseline\" value=\"3\"").contains("name=\"progress-0-target\" value=\"9\"")
                .contains("name=\"progress-0-current\" value=\"\"")
                .contains("value=\"Manage frustration without leaving the room\"")
                .contains("Support plan: from \u201c3 incidents a week\u201d to \u201cFewer than 1 a week\u201d, "
                        + "measured by Behaviour log.")
                .contains("name=\"progress-1-baseline\" value=\"\"");

        Map<String, String> outside = form("2", "11", "2026");
        outside.put("progress-0-current", "11");
        outside.put("progress-1-outcome", "Manage frustration without leaving the room");
        outside.put("progress-1-current", "4");
        WebSession.Page refused = s.post("/placements/" + id + "/reviews", outside);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("href=\"#progress-0-current\"")
                .contains("The progress now for \u201cAttend every session\u201d must be on the outcome&#39;s scale, "
                        + "from 0 to 10")
                .contains("href=\"#progress-1-baseline\"")
                .contains("Enter the baseline for \u201cManage frustration without leaving the room\u201d")
                .contains("Support plan: from \u201c3 incidents a week\u201d");
        assertThat(api.get("/api/v1/placements/" + id + "/reviews", "demo-school-commissioner").json().get("items"))
                .as("nothing saved").isEmpty();

        // through the API the reviewer may give only "now" for an agreed outcome; baseline and target are the plan's
        Map<String, Object> body = ReviewFixtures.review("2026-11-02");
        body.put("progress", java.util.List.of(Map.of("outcome", "attend every session", "current", 6)));
        Api.Response r = api.post("/api/v1/placements/" + id + "/reviews", "demo-school-commissioner", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        var entry = r.json().get("progress").get(0);
        assertThat(entry.get("baseline").asInt()).isEqualTo(3);
        assertThat(entry.get("current").asInt()).isEqualTo(6);
        assertThat(entry.get("target").asInt()).isEqualTo(9);
        // the next form carries the scores forward from this review
        assertThat(s.get("/placements/" + id + "/reviews/new").body())
                .contains("name=\"progress-0-baseline\" value=\"3\"").contains("name=\"progress-0-target\" value=\"9\"");
    }

    @Test
    void theDueListShowsAnOverdueReviewAndTheEndingPageOffersTheForm() {
        Api api = new Api(port);
        var provider = ReviewFixtures.provider(organisations, users, tokens, directory);
        String id = ReviewFixtures.activePlacement(api, provider, "2026-09-07", "2027-02-12");
        WebSession s = WebSession.signedIn(port, "school-commissioner@eastmoor.example");
        String due = s.get("/reviews").body();
        assertThat(due).contains("/placements/" + id + "/reviews").contains("Overdue")
                .containsPattern("\\d+ active placements, \\d+ with a review overdue");
        // the list is paged by 25, overdue first; a page past the end shows the last one
        WebSession officer = WebSession.signedIn(port, "la-officer@eastmoor.example");
        long active = db.sql("select count(*) from placement p join local_authority la on la.id = p.local_authority_id "
                + "where la.code = '999' and p.status = 'ACTIVE'").query(Long.class).single();
        String last = officer.get("/reviews?page=5000").body();
        assertThat(last).contains("Reviews due").contains(active + " active placements");
        assertThat(last.split("govuk-table__row").length - 2).isBetween(1, 25);
        if (active > 25) {
            assertThat(officer.get("/reviews").body()).contains("rel=\"next\"").contains("Page 1 of");
            assertThat(last).contains("rel=\"prev\"");
        }
        WebSession.Page ending = s.get("/placements/" + id + "/ending");
        assertThat(ending.body()).contains("End the placement").contains("The pupil’s own assessment");
        WebSession.Page refused = s.post("/placements/" + id + "/ending", Map.of("endDate-day", "20",
                "endDate-month", "11", "endDate-year", "2026", "outcome", "REINTEGRATED_TO_MAINSTREAM",
                "attainment", "Up a grade in maths"));
        assertThat(refused.body()).contains("href=\"#reintegrationPlan\"").contains("href=\"#pupilAssessment\"")
                .contains("Up a grade in maths");
    }
}
