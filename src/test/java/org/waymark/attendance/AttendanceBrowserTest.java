package org.waymark.attendance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.organisation.ApiTokens;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.Users;
import org.waymark.support.Api;
import org.waymark.support.BrowserTest;

/** Taking a register, following an absence up as the school, the grid and the statistics, with axe checks. */
class AttendanceBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient db;

    @Autowired
    Organisations organisations;

    @Autowired
    Users users;

    @Autowired
    ApiTokens tokens;

    @Test
    void aProviderTakesTheRegisterAndTheSchoolFollowsUpTheAbsence() {
        AttendanceFixtures fx = new AttendanceFixtures(new Api(port), db);
        var provider = AttendanceFixtures.provider(organisations, users, tokens);
        var absent = fx.activePlacement(fx.pupil("Rowan"), provider.id(), LocalDate.of(2026, 11, 16),
                "MONDAY 09:00 15:00");
        fx.activePlacement(fx.pupil("Sasha"), provider.id(), LocalDate.of(2026, 11, 16), "MONDAY 09:00 15:00");

        signIn(provider.email());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Register").setExact(true)).first().click();
        page.navigate(url("/register?date=2026-11-23&session=AM"));
        assertThat(page.locator("h1")).containsText("Register for 23 November 2026, morning");
        assertThat(page.locator("table")).containsText("2 pupils expected");
        assertAccessible();
        assertAccessibleOnPhone();

        page.getByLabel("Code for Rowan McTest").selectOption(new SelectOption().setValue("N"));
        page.getByLabel("Note for Rowan McTest").fill("No answer from home");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark the rest present and submit")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Register saved: 2 marks recorded");
        assertThat(page.getByLabel("Code for Sasha McTest")).hasValue("/");
        assertAccessible();

        page.getByLabel("Code for Sasha McTest").selectOption(new SelectOption().setValue("L"));
        page.getByLabel("Minutes late for Sasha McTest").fill("soon");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit register")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Sasha McTest: minutes late must be a number");
        assertThat(page.getByLabel("Minutes late for Sasha McTest")).hasValue("soon");
        assertAccessible();

        page.navigate(url("/register?date=2026-11-30&session=AM"));
        assertThat(page.locator("main")).containsText("You cannot take a register for a future date");
        page.navigate(url("/register?date=2026-11-02&session=AM"));
        assertThat(page.locator("main")).containsText("can only be recorded by the local authority");
        assertAccessible();

        context.clearCookies();
        signIn("school-commissioner@eastmoor.example");
        page.navigate(url("/attendance/absences"));
        assertThat(page.locator("h1")).hasText("Absences to follow up");
        assertAccessible();
        assertAccessibleOnPhone();
        page.locator("tr", new Page.LocatorOptions().setHasText("Rowan McTest"))
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Follow up")).click();
        assertThat(page.locator("main")).containsText("No answer from home");
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save follow-up")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the reason for the absence");
        assertThat(page.locator(".govuk-error-summary")).containsText("Choose the final code");
        assertAccessible();
        page.getByLabel("Reason for the absence").fill("Dad rang at 10:00: Rowan has flu");
        page.getByLabel("I – Illness (not a medical or dental appointment)").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save follow-up")).click();

        assertThat(page.locator(".govuk-notification-banner")).containsText("The absence has been followed up");
        assertThat(page.locator("#attendance-summary")).containsText("Authorised absence");
        assertThat(page.locator("#attendance-grid")).containsText("I");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/attendance/placements/" + absent.placementId()
                + ".*"));
        assertAccessible();
        assertAccessibleOnPhone();

        // the same grid on the pupil's page: codes with their meanings and a key
        page.navigate(url("/pupils/" + absent.pupilId()));
        assertThat(page.locator("#attendance-grid-0")).containsText("Morning: I");
        assertThat(page.locator("#attendance-grid-0 caption")).containsText("Marks by week at Register Test Provider");
        assertThat(page.locator("main")).containsText("Key to marks by week at");
        assertAccessible();
        assertAccessibleOnPhone();
    }

    @Test
    void anOfficerReadsTheStatisticsAndTheUnresolvedAbsences() {
        AttendanceFixtures fx = new AttendanceFixtures(new Api(port), db);
        var provider = AttendanceFixtures.provider(organisations, users, tokens);
        var p = fx.activePlacement(fx.pupil("Tamsin"), provider.id(), LocalDate.of(2026, 11, 16), "MONDAY 09:00 15:00");
        new Api(port).post("/api/v1/registers", provider.token(), AttendanceFixtures.register(provider.id(),
                "2026-11-16", "AM", AttendanceFixtures.mark(p.placementId(), "O")));

        signIn("la-officer@eastmoor.example");
        page.navigate(url("/attendance"));
        assertThat(page.locator("h1")).hasText("Attendance statistics");
        assertThat(page.locator("#placements")).containsText("Tamsin McTest");
        assertAccessible();
        assertAccessibleOnPhone();
        page.navigate(url("/attendance/absences"));
        assertThat(page.locator("table")).containsText("Tamsin McTest");
        assertAccessible();
        page.navigate(url("/attendance/weekly"));
        assertThat(page.locator("h1")).hasText("Weekly attendance reports");
        assertAccessible();
        assertAccessibleOnPhone();
        page.navigate(url("/register"));
        assertThat(page.locator("main")).containsText("Choose a provider to see its register");
        assertAccessible();
        assertAccessibleOnPhone();
    }
}
