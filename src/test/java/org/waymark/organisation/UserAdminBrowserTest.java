package org.waymark.organisation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.waymark.support.BrowserTest;

class UserAdminBrowserTest extends BrowserTest {

    @Test
    void addAUserFixingMistakesThenDeactivateThem() {
        signIn("la-admin@eastmoor.example");
        page.navigate(url("/users"));
        assertAccessible();
        assertAccessibleOnPhone();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a user")).click();
        assertAccessible();
        page.getByLabel("Full name").fill("Marcus Bell");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add user")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter an email address");
        assertThat(page.locator(".govuk-error-summary")).containsText("Choose an organisation in your local authority");
        assertThat(page.getByLabel("Full name")).hasValue("Marcus Bell");
        assertAccessible();

        String email = "marcus-" + UUID.randomUUID().toString().substring(0, 8) + "@castlegate.example";
        page.getByLabel("Email address").fill(email);
        page.getByLabel("Organisation").selectOption(new SelectOption().setLabel("Castlegate High School (school)"));
        page.getByLabel("School commissioner").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add user")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("We have emailed them a link");
        assertThat(page.locator("h1")).hasText("Marcus Bell");
        assertAccessible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deactivate user")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("User deactivated");
        assertThat(page.locator("main .govuk-tag").first()).hasText("Deactivated");
        assertAccessible();

        page.navigate(url("/outbox"));
        assertThat(page.locator("body")).containsText(email);
        assertAccessible();
    }

    @Test
    void theOtherLaAdminPagesAreAccessible() {
        signIn("la-admin@eastmoor.example");
        for (String path : new String[] {"/calendar", "/audit", "/notices", "/organisations", "/no-such-page"}) {
            page.navigate(url(path));
            assertAccessible();
            assertAccessibleOnPhone();
        }
        page.navigate(url("/calendar"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add closure day")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the date of the closure day");
        assertAccessible();
        page.locator("a:has-text('Change')").first().click();
        assertThat(page.locator("h1")).containsText("Change the Autumn term dates");
        assertAccessible();
    }

    @Test
    void addASchoolAndAFamily() {
        signIn("la-admin@eastmoor.example");
        page.navigate(url("/organisations"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add school")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the school's URN");
        assertAccessible();
        page.getByLabel("URN").fill("1999777");
        page.getByLabel("School name").fill("Eastmoor Studio School");
        page.getByLabel("Phase").selectOption("SECONDARY");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add school")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("School added");
        assertThat(page.locator("table")).containsText("Eastmoor Studio School");
        page.getByLabel("Family name").fill("The Adeyemi family");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add family")).click();
        assertThat(page.locator("table")).containsText("The Adeyemi family");
        assertAccessible();
    }
}
