package org.waymark.commissioning;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.waymark.support.BrowserTest;

/** The commissioning pages in Chromium with axe-core: a school's journey, the provider's view, the whole week. */
class CommissioningBrowserTest extends BrowserTest {

    private void open(String linkText) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(linkText).setExact(true)).first().click();
    }

    @Test
    void aSchoolWorksThroughAPlacementAndItsDecision() {
        signIn("school-commissioner@eastmoor.example");
        page.navigate(url("/pupils"));
        assertAccessible();
        assertAccessibleOnPhone();
        open("Leah Shaw");
        assertThat(page.locator("h1")).hasText("Leah Shaw");
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Westbrook Independent School")).click();
        assertThat(page.locator("main")).containsText("PROVIDER_NOT_APPROVED");
        assertAccessible();
        assertAccessibleOnPhone();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the placement")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("PROVIDER_NOT_APPROVED");
        assertAccessible();
        String placement = page.url().replaceAll(".*/placements/([0-9a-f-]{36}).*", "$1");
        for (String path : new String[] {"/decision/decision-maker", "/decision/questions/1", "/decision/views",
                "/decision/check", "/support-plan", "/due-diligence"}) {
            page.navigate(url("/placements/" + placement + path));
            assertAccessible();
        }

        page.navigate(url("/pupils"));
        open("Ethan Ali");
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start a placement")).click();
        assertAccessible();
        page.getByLabel("Provider", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("Green Acres Animal Care"));
        page.getByLabel("Tier 2: time-limited AP as an intervention").check();
        page.getByLabel("Route into AP").selectOption("AT_RISK_OF_EXCLUSION");
        page.getByLabel("Day, session 1").first().selectOption("WEDNESDAY");
        page.getByLabel("From, session 1").first().fill("13:00");
        page.getByLabel("To, session 1").first().fill("12:00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save as a draft")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the start date");
        assertThat(page.locator(".govuk-error-summary")).containsText("The end time must be after the start time");
        assertThat(page.getByLabel("From, session 1").first()).hasValue("13:00");
        assertAccessible();
    }

    @Test
    void theProviderSeesWhatItNeedsAndThePupilsWeekShows() {
        signIn("provider-staff@eastmoor.example");
        page.navigate(url("/placements"));
        assertThat(page.locator("main")).containsText("Adam Kowalski");
        assertAccessible();
        open("Adam Kowalski");
        assertThat(page.locator("main")).containsText("What you need to keep the pupil safe and taught");
        assertAccessible();
        assertAccessibleOnPhone();

        page.context().clearCookies();
        signIn("school-commissioner@eastmoor.example");
        page.navigate(url("/pupils?q=Lewis"));
        open("Gary Lewis");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See the pupil's whole week")).click();
        assertThat(page.locator("main")).containsText("reduced timetable");
        assertAccessible();
        assertAccessibleOnPhone();
    }
}
