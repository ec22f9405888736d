package org.waymark.directory;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.waymark.support.BrowserTest;

/** The directory in Chromium with axe-core: search, application to approval, desk-top review, publication. */
class DirectoryBrowserTest extends BrowserTest {

    @org.junit.jupiter.api.BeforeEach
    void patience() {
        // the PDF of a whole directory takes a few seconds on a shared two-core machine
        page.setDefaultTimeout(30_000);
    }

    private void press(String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name)).click();
    }

    @Test
    void aCommissionerSearchesTheDirectoryAndOpensAProvider() {
        signIn("school-commissioner@eastmoor.example");
        page.navigate(url("/directory"));
        assertAccessible();
        assertAccessibleOnPhone();
        page.getByLabel("Framework lot").selectOption("7");
        page.getByLabel("Pupil's age").fill("12");
        press("Apply filters");
        assertThat(page.locator("#results-heading")).containsText("1 provider");
        assertThat(page.locator("main")).containsText("Green Acres Animal Care");
        page.getByLabel("Pupil's age").fill("twelve");
        press("Apply filters");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter a whole number for the age");
        assertAccessible();
        page.navigate(url("/directory?lot=7"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Green Acres Animal Care")).click();
        assertThat(page.locator("h1")).hasText("Green Acres Animal Care");
        // the quality module's latest signed-off visit is shown to every commissioner (demo: a responsive visit)
        assertThat(page.locator("main")).containsText("Latest QA outcome");
        assertThat(page.locator("main")).containsText("(responsive)");
        assertThat(page.locator("main")).containsText("Lot 7: Complementary: animal care");
        assertAccessible();
        assertAccessibleOnPhone();
        page.navigate(url("/directory/editions"));
        assertAccessible();
    }

    @Test
    void anOfficerTakesAnApplicationThroughItsChecksToApproval() {
        signIn("la-officer@eastmoor.example");
        page.navigate(url("/directory/providers/new"));
        assertAccessible();
        press("Add provider");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the provider's name");
        assertAccessible();
        String name = "Browser Climbing Centre " + UUID.randomUUID().toString().substring(0, 6);
        page.locator("#name").fill(name);
        page.getByLabel("Registration status").selectOption("UNREGISTERED");
        page.locator("#lots-3").check();
        page.getByLabel("Youngest").fill("11");
        page.getByLabel("Oldest").fill("16");
        page.locator("#capacity").fill("8");
        press("Add provider");
        assertThat(page.locator("h1")).hasText(name);
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Apply to join the directory")).click();
        assertAccessible();
        page.getByLabel("The provision offered").fill("Indoor climbing and team-building for pupils aged 11 to 16.");
        press("Submit application");
        assertThat(page.locator("h1")).hasText("Directory application");
        assertAccessible();
        for (String check : new String[] {"HEALTH_AND_SAFETY", "SAFEGUARDING", "STAFFING_AND_VETTING",
                "TRAINING_AND_SUPERVISION", "POLICIES", "INSURANCES"}) {
            page.getByLabel("Check", new Page.GetByLabelOptions().setExact(true)).selectOption(check);
            page.getByLabel("Met", new Page.GetByLabelOptions().setExact(true)).check();
            page.getByLabel("Evidence seen").fill("Seen on the site visit");
            press("Record check");
            assertThat(page.locator(".govuk-notification-banner")).containsText("Check recorded");
        }
        assertAccessible();
        page.getByLabel("Approve: list the provider").check();
        press("Record decision");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Decision recorded");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name)).click();
        assertThat(page.locator("main .govuk-tag").first()).hasText("Approved");
        assertThat(page.locator("main")).containsText("Under check to Approved");
        assertAccessible();
    }

    @Test
    void aCommissionerRequestsADeskTopReviewTheLeadDecides() {
        signIn("school-commissioner-2@eastmoor.example");
        page.navigate(url("/directory/desk-top-reviews/new"));
        assertAccessible();
        press("Request review");
        assertThat(page.locator(".govuk-error-summary")).containsText("Choose the provider");
        assertAccessible();
        String name = "Browser Riding School " + UUID.randomUUID().toString().substring(0, 6);
        page.getByLabel("Provider", new Page.GetByLabelOptions().setExact(true)).selectOption("new");
        page.getByLabel("Name of a provider not in the list").fill(name);
        page.getByLabel("Its registration status").selectOption("UNREGISTERED");
        page.getByLabel("Why this provider is needed").fill("Equine therapy recommended in the EHCP");
        press("Request review");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Desk-top review requested");
        String review = page.url();
        assertAccessible();

        context.clearCookies();
        signIn("la-officer@eastmoor.example");
        page.navigate(review);
        page.getByLabel("Insurances checked").check();
        page.getByLabel("What you saw of the insurances").fill("PL £5m certificate to 2027");
        page.getByLabel("Policies checked").check();
        page.getByLabel("What you saw of the policies").fill("Safeguarding policy 2026");
        page.getByLabel("Safeguarding checked").check();
        page.getByLabel("What you saw of the safeguarding").fill("Enhanced DBS for both instructors");
        press("Save checks");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Checks saved");
        page.getByLabel("Yes: approve the provider").check();
        press("Record decision");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Decision recorded");
        assertAccessible();
    }

    @Test
    void anLaAdminPublishesAndDownloadsTheDirectory() throws Exception {
        signIn("la-admin@eastmoor.example");
        page.navigate(url("/directory/editions"));
        assertAccessible();
        press("Publish");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Edition published");
        assertAccessible();
        Download download = page.waitForDownload(new Page.WaitForDownloadOptions().setTimeout(60_000),
                () -> page.locator("a:has-text('PDF')").first().click(new com.microsoft.playwright.Locator.ClickOptions()
                        .setNoWaitAfter(true)));
        byte[] pdf = Files.readAllBytes(download.path());
        org.assertj.core.api.Assertions.assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        page.navigate(url("/directory/imports"));
        assertAccessible();
        press("Upload and preview");
        assertThat(page.locator(".govuk-error-summary")).containsText("Choose what the file is");
        assertAccessible();
        page.navigate(url("/directory/lots"));
        assertAccessible();
        page.navigate(url("/directory/documents"));
        assertAccessible();
        page.navigate(url("/directory/applications"));
        assertAccessible();
    }
}
