package org.waymark.oversight;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.waymark.compliance.CompliancePlacementsAccess;
import org.waymark.directory.ProviderDirectory;
import org.waymark.organisation.ApiTokens;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.Users;
import org.waymark.support.Api;
import org.waymark.support.BrowserTest;

class OverviewBrowserTest extends BrowserTest {

    @Autowired
    ProviderDirectory directory;

    @Autowired
    Organisations organisations;

    @Autowired
    Users users;

    @Autowired
    ApiTokens tokens;

    @Test
    void anOfficerLandsOnTheOverviewAndFollowsAChartBarToTheChildrenBehindIt() {
        var fixtures = CompliancePlacementsAccess.of(organisations, users, tokens, directory);
        Api api = new Api(port);
        var provider = fixtures.provider("UNREGISTERED");
        fixtures.activePlacement(api, "demo-school-commissioner", fixtures.pupil(api, "demo-school-commissioner", false),
                provider, "2026-11-02");
        String name = organisations.providerName(provider.id()).orElseThrow();

        signIn("la-officer@eastmoor.example");
        assertThat(page.locator("#overview-figures")).containsText("Children in AP today");
        assertThat(page.locator("svg[role=img]").first()).isVisible();
        assertAccessible();
        assertAccessibleOnPhone();

        page.locator("table", new Page.LocatorOptions().setHasText("Children in AP today by provider: data"))
                .locator("tr", new com.microsoft.playwright.Locator.LocatorOptions().setHasText(name))
                .getByRole(AriaRole.LINK).click();
        assertThat(page.locator("h1")).hasText("Provider: " + name);
        assertThat(page.locator("table")).containsText("Eastmoor Academy");
        assertAccessible();
    }
}
