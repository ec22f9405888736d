package org.waymark.review;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.directory.ProviderDirectory;
import org.waymark.organisation.ApiTokens;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.Users;
import org.waymark.support.Api;
import org.waymark.support.BrowserTest;
import org.waymark.support.TestMail;

/** Recording a review, ending a placement, answering the feedback form and the LA's lists, in Chromium with axe. */
class ReviewBrowserTest extends BrowserTest {

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

    private Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    private void date(String prefix, String day, String month, String year) {
        page.locator("#" + prefix + "-day").fill(day);
        page.locator("#" + prefix + "-month").fill(month);
        page.locator("#" + prefix + "-year").fill(year);
    }

    @Test
    void aCommissionerRecordsAReviewWithAnExtensionFixingMistakesFirst() {
        Api api = new Api(port);
        var provider = ReviewFixtures.provider(organisations, users, tokens, directory);
        String id = ReviewFixtures.activePlacement(api, provider, "2026-09-14", "2026-12-18");
        signIn("school-commissioner@eastmoor.example");
        page.navigate(url("/reviews"));
        assertAccessible();
        assertAccessibleOnPhone();
        page.navigate(url("/placements/" + id + "/reviews"));
        assertThat(page.locator("#next-review")).hasText("26 October 2026");
        assertAccessible();
        assertAccessibleOnPhone();

        page.getByRole(AriaRole.BUTTON, named("Record a review")).click();
        assertThat(page.locator("h1")).hasText("Record a review");
        assertAccessible();
        assertAccessibleOnPhone();
        page.getByLabel("The pupil’s views").fill("Enjoys the workshop");
        page.getByRole(AriaRole.BUTTON, named("Save the review")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the date of the review");
        assertThat(page.locator(".govuk-error-summary")).containsText("Say who attended the review");
        assertThat(page.getByLabel("The pupil’s views")).hasValue("Enjoys the workshop");
        assertAccessible();

        date("date", "26", "10", "2026");
        page.getByLabel("Pupil", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Parent or carer").check();
        page.getByLabel("The parent’s or carer’s views").fill("Pleased with the progress");
        // the support plan's outcomes are filled in: the first is on the scale already, the second in words
        assertThat(page.locator("#progress-0-outcome")).hasValue("Attend every session");
        assertThat(page.locator("#progress-0-baseline")).hasValue("3");
        assertThat(page.locator("#progress-0-target")).hasValue("9");
        assertThat(page.locator("#progress-1-outcome")).hasValue("Manage frustration without leaving the room");
        assertThat(page.locator("#progress-1-outcome-hint")).containsText("3 incidents a week");
        page.locator("#progress-0-current").fill("7");
        page.locator("#progress-1-baseline").fill("2");
        page.locator("#progress-1-current").fill("5");
        page.locator("#progress-1-target").fill("8");
        page.locator("#extensionAgreed-yes").check();
        date("newEndDate", "12", "2", "2027");
        page.getByLabel("Why the extension was agreed").fill("Another half term before the return");
        page.getByRole(AriaRole.BUTTON, named("Save the review")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("The review has been recorded");
        assertThat(page.locator("main")).containsText("12 February 2027");
        assertThat(page.locator("#next-review")).hasText("7 December 2026");
        assertAccessible();

        page.getByRole(AriaRole.LINK, named("26 October 2026")).click();
        assertThat(page.locator("h1")).hasText("Review of 26 October 2026");
        assertThat(page.locator("main")).containsText("Attend every session");
        assertAccessible();
        assertAccessibleOnPhone();
    }

    @Test
    void aCommissionerEndsAPlacementAndSendsTheFeedbackFormWhichTheParentAnswersOnce() {
        Api api = new Api(port);
        var provider = ReviewFixtures.provider(organisations, users, tokens, directory);
        String id = ReviewFixtures.activePlacement(api, provider, "2026-09-14", "2027-02-12");
        signIn("school-commissioner@eastmoor.example");
        page.navigate(url("/placements/" + id + "/ending"));
        assertThat(page.locator("h1")).hasText("End the placement");
        assertAccessible();
        assertAccessibleOnPhone();
        date("endDate", "20", "11", "2026");
        page.getByLabel("Reintegrated to mainstream").check();
        page.getByLabel("Attainment and progress").fill("Reading age up 14 months");
        page.getByRole(AriaRole.BUTTON, named("End the placement")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the support plan for the pupil's return");
        assertThat(page.getByLabel("Attainment and progress")).hasValue("Reading age up 14 months");
        assertAccessible();
        page.getByLabel("The pupil’s own assessment of the placement").fill("I am ready to go back");
        page.getByLabel("Support plan for the return to school").fill("Phased return with a mentor");
        page.getByRole(AriaRole.BUTTON, named("End the placement")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("The placement has ended");
        assertThat(page.locator("#outcome-label")).hasText("Reintegrated to mainstream");
        assertThat(page.locator("#final-report")).containsText("Phased return with a mentor");
        assertAccessible();
        assertAccessibleOnPhone();

        page.getByRole(AriaRole.LINK, named("Feedback from the pupil and family")).first().click();
        assertAccessible();
        String to = "parent-" + id.substring(0, 8) + "@home.example";
        page.getByLabel("A parent or carer").check();
        page.getByLabel("E-mail address").fill(to);
        page.getByRole(AriaRole.BUTTON, named("Send the form")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("The feedback form has been sent");
        assertAccessible();

        Matcher m = Pattern.compile("/feedback/([A-Za-z0-9_-]{43})")
                .matcher(TestMail.awaitBody(to, "Tell us how alternative provision went"));
        org.assertj.core.api.Assertions.assertThat(m.find()).isTrue();
        context.clearCookies();
        page.navigate(url("/feedback/" + m.group(1)));
        assertThat(page.locator("h1")).hasText("Tell us how it went");
        assertAccessible();
        assertAccessibleOnPhone();
        page.locator("#feltSafe").check();
        page.getByRole(AriaRole.BUTTON, named("Send my answers")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Choose an answer for");
        assertThat(page.locator("#feltSafe")).isChecked();
        assertAccessible();
        page.locator("#helped-1").check();
        page.locator("#listenedTo").check();
        page.locator("#readyForNext-1").check();
        page.getByLabel("Is there anything else you want to tell us? (optional)").fill("Thank you to the staff");
        page.getByRole(AriaRole.BUTTON, named("Send my answers")).click();
        assertThat(page.locator("h1")).hasText("Thank you");
        assertAccessible();
        page.navigate(url("/feedback/" + m.group(1)));
        assertThat(page.locator("h1")).hasText("This form has already been answered");
        assertAccessible();
    }

    @Test
    void theLaRecordsADestinationCheckAndTheProviderWritesAProgressReport() {
        Api api = new Api(port);
        var provider = ReviewFixtures.provider(organisations, users, tokens, directory);
        String pupil = ReviewFixtures.pupil(api, "2010-10-10");
        String id = ReviewFixtures.activePlacement(api, provider, pupil, "2026-09-07", "2027-07-16", "DUAL",
                null, "demo-school-commissioner");
        Map<String, Object> report = new HashMap<>(OutcomesApiTest.finalReport());
        Map<String, Object> body = new HashMap<>();
        body.put("endDate", "2026-11-20");
        body.put("outcome", "EMPLOYMENT");
        body.put("finalReport", report);
        org.assertj.core.api.Assertions.assertThat(api.post("/api/v1/placements/" + id + "/ending",
                "demo-school-commissioner", body).status()).isEqualTo(200);

        signIn("la-officer@eastmoor.example");
        page.navigate(url("/destinations?all=true"));
        assertAccessible();
        assertAccessibleOnPhone();
        page.navigate(url("/placements/" + id + "/ending"));
        assertThat(page.locator("main")).containsText("Destination checks");
        assertAccessible();
        String check = api.get("/api/v1/placements/" + id + "/ending", "demo-la-officer").json().get("checks").get(0)
                .get("id").asString();
        page.navigate(url("/destinations/" + check));
        assertAccessible();
        assertAccessibleOnPhone();
        page.getByRole(AriaRole.BUTTON, named("Save the check")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Choose what the check found");
        assertAccessible();

        context.clearCookies();
        signIn(provider.email());
        page.navigate(url("/placements/" + id + "/progress-reports"));
        assertAccessible();
        assertAccessibleOnPhone();
        page.getByLabel("Attendance this term").fill("86%");
        page.getByLabel("Progress against the agreed outcomes").fill("Punctuality from 2 to 6 of 10");
        page.getByRole(AriaRole.BUTTON, named("Save the progress report")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("The progress report has been saved");
        assertAccessible();
        page.navigate(url("/providers/" + provider.id() + "/feedback"));
        assertAccessible();
        page.navigate(url("/placements/" + id + "/reviews"));
        assertAccessible();
    }
}
