package org.waymark.organisation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.waymark.support.Api;
import org.waymark.support.BrowserTest;

class AccountBrowserTest extends BrowserTest {

    @Test
    void createATokenSeeItOnceAndRevokeIt() {
        signIn("school-commissioner-2@eastmoor.example");
        page.navigate(url("/account"));
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter a name for the token");
        assertAccessible();
        page.getByLabel("Name of a new token").fill("SIMS attendance export");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token")).click();
        String token = page.locator("#new-token").textContent().trim();
        assertThat(token).startsWith("wm_");
        assertAccessible();
        assertAccessibleOnPhone();
        Api api = new Api(port);
        assertThat(api.get("/api/v1/me", token).status()).isEqualTo(200);

        page.navigate(url("/account"));
        assertThat(page.locator("body")).not().containsText(token);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke SIMS attendance export")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("The token has been revoked");
        assertAccessible();
        assertThat(api.get("/api/v1/me", token).status()).isEqualTo(401);
    }
}
