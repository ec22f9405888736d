package org.waymark.organisation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.waymark.support.BrowserTest;

class SignInBrowserTest extends BrowserTest {

    @Test
    void signInSeeHomeAndSignOut() {
        page.navigate(url("/sign-in"));
        assertAccessible();
        assertAccessibleOnPhone();
        signIn("la-officer@eastmoor.example");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Welcome, Tom Walsh");
        assertThat(page.locator("#home-figures")).containsText("Schools in the local authority");
        assertAccessible();
        assertAccessibleOnPhone();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page.locator(".govuk-inset-text")).hasText("You have signed out.");
        page.navigate(url("/"));
        assertThat(page).hasURL(url("/sign-in"));
    }

    @Test
    void failedSignInShowsTheErrorSummaryLinkedToTheField() {
        page.navigate(url("/sign-in"));
        page.getByLabel("Email address").fill("nobody-here@eastmoor.example");
        page.getByLabel("Password").fill("wrong password entirely");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page).hasTitle("Error: Sign in – Waymark");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter a correct email address and password");
        assertThat(page.getByLabel("Email address")).hasValue("nobody-here@eastmoor.example");
        assertThat(page.getByLabel("Password")).hasValue("");
        assertAccessible();
        page.locator(".govuk-error-summary a").click();
        assertThat(page.getByLabel("Email address")).isFocused();
    }

    @Test
    void forgottenPasswordJourneyAndInformationPagesAreAccessible() {
        page.navigate(url("/sign-in"));
        page.getByText("I have forgotten my password").click();
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the link")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter your email address");
        assertAccessible();
        page.getByLabel("Email address").fill("nobody-here@eastmoor.example");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the link")).click();
        assertThat(page.locator("h1")).hasText("Check your email");
        assertAccessible();
        page.navigate(url("/password-reset/not-a-real-token"));
        assertThat(page.locator("h1")).containsText("expired");
        assertAccessible();
        for (String path : new String[] {"/accessibility", "/privacy"}) {
            page.navigate(url(path));
            assertAccessible();
        }
    }
}
