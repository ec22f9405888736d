package org.waymark.compliance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.waymark.directory.ProviderDirectory;
import org.waymark.organisation.ApiTokens;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.Users;
import org.waymark.support.Api;
import org.waymark.support.BrowserTest;

class RegistrationRiskBrowserTest extends BrowserTest {

    @Autowired
    ComplianceEngine engine;

    @Autowired
    ProviderDirectory directory;

    @Autowired
    Organisations organisations;

    @Autowired
    Users users;

    @Autowired
    ApiTokens tokens;

    @Test
    void anOfficerFollowsACriticalFlagToTheProvidersTimelineAndReadsWhenItMustRegister() {
        var fixtures = new CompliancePlacements(organisations, users, tokens, directory);
        Api api = new Api(port);
        var provider = fixtures.provider("UNREGISTERED");
        String[] starts = {"2026-09-07", "2026-09-14", "2026-09-21", "2026-10-05", "2026-10-12"};
        for (String start : starts) {
            fixtures.activePlacement(api, "demo-school-commissioner", fixtures.pupil(api, "demo-school-commissioner",
                    false), provider, start, CompliancePlacements.mornings(), CompliancePlacements.afternoons());
        }
        engine.reevaluate(fixtures.la());

        signIn("la-officer@eastmoor.example");
        page.navigate(url("/registration-risk"));
        assertAccessible();
        String name = organisations.providerName(provider.id()).orElseThrow();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name)).click();
        assertThat(page.locator("h1")).hasText(name);
        assertThat(page.locator("table")).containsText("12 October 2026");
        assertThat(page.locator("table tbody tr").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("12 October 2026"))).containsText("Yes");
        assertAccessible();
        assertAccessibleOnPhone();

        page.getByLabel("From (YYYY-MM-DD)").fill("1 Sept");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show dates")).click();
        assertThat(page.locator("main")).containsText("Enter the date as YYYY-MM-DD");
        assertAccessible();
    }

    @Test
    void aSchoolCannotSeeRegistrationRisk() {
        signIn("school-commissioner@eastmoor.example");
        var response = page.navigate(url("/registration-risk"));
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(403);
        assertAccessible();
    }
}
