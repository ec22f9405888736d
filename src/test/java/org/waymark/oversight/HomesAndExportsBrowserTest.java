package org.waymark.oversight;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.waymark.compliance.CompliancePlacementsAccess;
import org.waymark.directory.ProviderDirectory;
import org.waymark.organisation.ApiTokens;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.Users;
import org.waymark.support.Api;
import org.waymark.support.BrowserTest;

/** The school's and the provider's home pages, the census export form, and the board report form and PDF. */
class HomesAndExportsBrowserTest extends BrowserTest {

    @Autowired
    ProviderDirectory directory;

    @Autowired
    Organisations organisations;

    @Autowired
    Users users;

    @Autowired
    ApiTokens tokens;

    @Test
    void aSchoolSeesItsPupilsInApAndDownloadsItsCensusCsv() throws Exception {
        var fixtures = CompliancePlacementsAccess.of(organisations, users, tokens, directory);
        Api api = new Api(port);
        var provider = fixtures.provider("UNREGISTERED");
        String placement = fixtures.activePlacement(api, "demo-school-commissioner",
                fixtures.pupil(api, "demo-school-commissioner", false), provider, "2026-11-02");

        signIn("school-commissioner@eastmoor.example");
        assertThat(page.locator("#school-figures")).containsText("Pupils in AP today");
        assertThat(page.locator("#school-pupils a[href='/placements/" + placement + "']")).isVisible();
        assertAccessible();
        assertAccessibleOnPhone();

        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("School census export: AP placements arranged by your school")).click();
        assertThat(page.locator("h1")).hasText("Census exports");
        assertAccessible();
        Download download = page.waitForDownload(() -> page.locator("#school-census ~ form button").click());
        String csv = Files.readString(download.path());
        org.assertj.core.api.Assertions.assertThat(csv).startsWith("school_urn,upn,urn,ukprn,setting_type")
                .contains(placement);

        // a census period that ends before it starts: the error summary on the page
        page.navigate(url("/exports/school-census.csv?from=2026-12-01&to=2026-09-01"));
        assertThat(page.locator(".govuk-error-summary, main")).containsText("must be on or before its end");
        assertAccessible();
    }

    @Test
    void aProviderSeesTodaysRegisterToTakeAndFollowsTheLink() {
        var fixtures = CompliancePlacementsAccess.of(organisations, users, tokens, directory);
        Api api = new Api(port);
        var provider = fixtures.provider("UNREGISTERED");
        fixtures.activePlacement(api, "demo-school-commissioner",
                fixtures.pupil(api, "demo-school-commissioner", false), provider, "2026-11-02");

        signIn("flags-" + provider.token().substring("flags-provider-".length()) + "@provider.example");
        assertThat(page.locator("#provider-registers")).containsText("1 still to mark");
        assertAccessible();
        assertAccessibleOnPhone();
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Take the morning register")).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/register\\?date=2026-11-23&session=AM"));
        assertAccessible();
    }

    @Test
    void anOfficerDownloadsTheBoardReportAndAListAsCsv() throws Exception {
        signIn("la-officer@eastmoor.example");
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Termly oversight report for the AP board (PDF)")).click();
        assertThat(page.locator("h1")).hasText("Termly oversight report for the AP board");
        assertAccessible();
        Download pdf = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Download the report (PDF)")).click());
        org.assertj.core.api.Assertions.assertThat(Files.readAllBytes(pdf.path())).startsWith("%PDF".getBytes());

        page.navigate(url("/oversight/children"));
        assertAccessible();
        Download csv = page.waitForDownload(() -> page.locator("#download-csv").click());
        org.assertj.core.api.Assertions.assertThat(Files.readString(csv.path())).startsWith("child,year_group");
    }
}
