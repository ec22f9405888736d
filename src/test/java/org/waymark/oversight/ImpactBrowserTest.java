package org.waymark.oversight;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.waymark.support.BrowserTest;

/** The impact, benchmarking and sufficiency pages on the demo data, with axe checks. */
class ImpactBrowserTest extends BrowserTest {

    @Test
    void anOfficerReadsTheImpactMeasuresAndFollowsAFigureToItsList() {
        signIn("la-officer@eastmoor.example");
        page.navigate(url("/oversight/impact"));
        assertThat(page.locator("h1")).hasText("Impact measures");
        assertThat(page.locator("#exclusions-by-year")).containsText("2026/27");
        assertThat(page.locator("svg[role=img]").first()).isVisible();
        assertAccessible();
        assertAccessibleOnPhone();

        page.locator("#exclusions-by-year tbody tr").last().locator("td").nth(1).getByRole(
                com.microsoft.playwright.options.AriaRole.LINK).click();
        assertThat(page.locator("h1")).containsText("Suspensions, 2026/27");
        assertAccessible();

        page.navigate(url("/oversight/impact?from=2026-13-01"));
        assertThat(page.locator(".govuk-error-summary")).containsText("must be a real date");
        assertAccessible();

        page.navigate(url("/oversight/benchmark"));
        assertThat(page.locator("#schools")).containsText("Eastmoor Academy");
        assertThat(page.locator("#providers")).isVisible();
        assertAccessible();

        page.navigate(url("/oversight/sufficiency"));
        assertThat(page.locator("#places-by-lot")).isVisible();
        assertThat(page.locator("#forecast")).isVisible();
        assertAccessible();
    }

    @Test
    void aSchoolSeesItsOwnPositionOnly() {
        signIn("school-commissioner@eastmoor.example");
        page.navigate(url("/oversight/benchmark"));
        assertThat(page.locator("#school-position")).containsText("Eastmoor Academy");
        assertThat(page.locator("#school-position")).not().containsText("Castlegate");
        assertThat(page.locator("#position")).isVisible();
        assertAccessible();
        assertAccessibleOnPhone();
    }
}
