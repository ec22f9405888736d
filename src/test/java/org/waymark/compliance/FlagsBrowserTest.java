package org.waymark.compliance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.waymark.directory.DirectoryStatus;
import org.waymark.directory.ProviderDirectory;
import org.waymark.organisation.Organisations;
import org.waymark.support.BrowserTest;

class FlagsBrowserTest extends BrowserTest {

    @Autowired
    ComplianceEngine engine;

    @Autowired
    ProviderDirectory directory;

    @Autowired
    Organisations organisations;

    @Test
    void anOfficerFiltersTheFlagsAndReadsOnesEvidence() {
        UUID la = organisations.findLocalAuthorityByCode("999").orElseThrow().id();
        UUID provider = organisations.createProviderOrganisation("Flag Page Provider " + UUID.randomUUID(),
                "UNREGISTERED", la);
        directory.changeStatus(provider, DirectoryStatus.APPROVED, LocalDate.of(2025, 6, 30), "Checks passed", null);
        engine.reevaluate(la);

        signIn("la-officer@eastmoor.example");
        assertThat(page.locator("#home-figures")).containsText("Open flags");
        page.locator("#home-figures .govuk-summary-list__row",
                new Page.LocatorOptions().setHasText("Open flags")).getByRole(AriaRole.LINK).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/flags$"));
        assertAccessible();
        page.getByLabel("Flag", new Page.GetByLabelOptions().setExact(true)).selectOption("QA_OVERDUE");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show flags")).click();
        assertThat(page.locator("table")).containsText("QA visit overdue");
        assertAccessible();
        assertAccessibleOnPhone();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("QA visit overdue")).first().click();
        assertThat(page.locator("h1")).hasText("QA visit overdue");
        assertThat(page.locator(".govuk-summary-list")).containsText("Eastmoor City Council");
        assertThat(page.locator("main")).containsText("Plan the provider's annual QA visit.");
        assertAccessible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Acknowledge")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter what is being done about the flag");
        assertAccessible();
        page.getByLabel("Acknowledge this flag").fill("QA visit booked for 8 December");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Acknowledge")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Your acknowledgement has been recorded");
        assertThat(page.locator(".govuk-summary-list").last()).containsText("QA visit booked for 8 December");
        assertAccessible();
    }

    @Test
    void anOfficerTurnsTheDailyEmailOnAndOff() {
        signIn("la-admin@eastmoor.example");
        page.navigate(url("/flags"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Get a daily e-mail of new flags")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("You will get a daily e-mail");
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stop the daily e-mail")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("no longer");
    }
}
