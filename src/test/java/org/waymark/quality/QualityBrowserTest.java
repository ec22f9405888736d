package org.waymark.quality;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.waymark.directory.ProviderDirectory;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.Users;
import org.waymark.support.BrowserTest;

class QualityBrowserTest extends BrowserTest {

    @Autowired
    QaVisits visits;
    @Autowired
    ProviderDirectory directory;
    @Autowired
    Organisations organisations;
    @Autowired
    Users users;
    @Autowired
    Clock clock;

    private void button(String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name)).click();
    }

    @Test
    void theProviderCompletesItsSelfAssessmentWithAnUploadedPolicy() {
        LocalDate today = LocalDate.now(clock);
        var p = QaFixtures.approvedProvider(organisations, users, directory, clock, today.minusYears(1));
        UUID visit = visits.plan(QaFixtures.user(users, "la-officer@eastmoor.example", clock), p.id(), VisitType.ANNUAL,
                today.plusDays(21), QaFixtures.user(users, "qa-professional@eastmoor.example", clock).id(), null);
        signIn(p.staff().email());
        page.navigate(url("/qa"));
        assertAccessible();
        page.locator("#visits a").first().click();
        assertThat(page.locator("h1")).hasText("Annual QA visit");
        assertAccessible();
        page.getByText("Not started, 0 policies").click();
        assertThat(page.locator("h1")).hasText("Self-assessment");
        assertAccessible();
        assertAccessibleOnPhone();

        page.getByLabel("1. Safeguarding").fill("DSL and deputy trained in September.");
        button("Submit self-assessment");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter your evaluation of section 2, Health and safety");
        assertThat(page.getByLabel("1. Safeguarding")).hasValue("DSL and deputy trained in September.");
        assertAccessible();

        page.getByLabel("Section", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("Safeguarding"));
        page.getByLabel("Name of the policy").fill("Child protection policy");
        page.getByLabel("Upload the policy (optional)").setInputFiles(new FilePayload("tool.exe",
                "application/octet-stream", "MZ".getBytes(StandardCharsets.US_ASCII)));
        button("Add policy");
        assertThat(page.locator(".govuk-error-summary")).containsText("must be a PDF, DOCX, ODT, PNG or JPEG");
        assertThat(page.getByLabel("Name of the policy")).hasValue("Child protection policy");
        assertAccessible();
        page.getByLabel("Upload the policy (optional)").setInputFiles(new FilePayload("policy.pdf", "application/pdf",
                SelfAssessmentTest.PDF));
        button("Add policy");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Policy added");
        assertThat(page.locator("#policies + ul")).containsText("Child protection policy (policy.pdf)");
        assertAccessible();

        for (QaSection s : QaSection.values()) {
            page.locator("#section-" + s.name()).fill("Our evaluation of " + s.label());
        }
        button("Submit self-assessment");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Self-assessment submitted");
        assertAccessible();
    }

    @Test
    void theQaProfessionalRecordsAVisitAndTheLaSignsItOff() {
        LocalDate today = LocalDate.now(clock);
        var p = QaFixtures.approvedProvider(organisations, users, directory, clock, today.minusYears(1));
        UUID visit = visits.plan(QaFixtures.user(users, "la-officer@eastmoor.example", clock), p.id(), VisitType.ANNUAL,
                today, QaFixtures.user(users, "qa-professional@eastmoor.example", clock).id(), null);
        signIn("qa-professional@eastmoor.example");
        page.navigate(url("/qa"));
        assertAccessible();
        page.navigate(url("/qa/visits/" + visit));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the visit")).click();
        assertThat(page.locator("h1")).hasText("Record the QA visit");
        assertAccessible();
        assertAccessibleOnPhone();

        button("Save the visit record");
        assertThat(page.locator(".govuk-error-summary")).containsText("Select the activities carried out on the visit");
        assertAccessible();
        page.getByLabel("Learning walks").check();
        page.getByLabel("Student voice").check();
        page.locator("#checklist-DSL_IN_POST_TRAINED-MET").check();
        page.locator("#checklist-FIRE_SAFETY-NOT_MET").check();
        for (QaSection s : QaSection.values()) {
            if (s != QaSection.SEND) {
                page.locator("#judgement-" + s.name()).check();
            }
        }
        page.locator("#strengths-SAFEGUARDING").fill("Staff know the home schools' leads.");
        page.getByLabel("Summary of the visit").fill("A settled, purposeful visit.");
        button("Save the visit record");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Visit record saved");
        assertThat(page.locator("#section-SEND")).containsText("Not judged");
        assertAccessible();

        context.clearCookies();
        signIn("la-officer@eastmoor.example");
        page.navigate(url("/qa/visits/" + visit));
        assertThat(page.locator("#sign-off + .govuk-warning-text")).containsText("Enter a judgement for section 4, SEND");
        button("Sign off and share the report");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter a judgement for section 4, SEND");
        assertAccessible();
        assertAccessibleOnPhone();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change the visit record")).click();
        page.locator("#judgement-SEND").check();
        button("Save the visit record");
        button("Sign off and share the report");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Report signed off and shared with the provider");
        assertThat(page.locator("#overall-outcome")).hasText("Effective");
        assertAccessible();

        page.navigate(url("/qa/evaluations"));
        assertAccessible();
    }

    @Test
    void aSchoolRaisesAConcernAndTheLaTriagesIt() {
        LocalDate today = LocalDate.now(clock);
        var p = QaFixtures.approvedProvider(organisations, users, directory, clock, today.minusYears(1));
        signIn("school-commissioner@eastmoor.example");
        page.navigate(url("/concerns"));
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Raise a concern")).click();
        assertAccessible();
        page.getByLabel("Provider").selectOption(new SelectOption().setLabel(p.name()));
        page.getByLabel("What is the concern?").fill("Pupils were left without staff for twenty minutes.");
        button("Raise concern");
        assertThat(page.locator(".govuk-error-summary")).containsText("Choose the category of the concern");
        assertThat(page.getByLabel("What is the concern?")).hasValue("Pupils were left without staff for twenty minutes.");
        assertAccessible();
        page.getByLabel("Safeguarding").check();
        button("Raise concern");
        assertThat(page.locator(".govuk-notification-banner")).containsText("the local authority AP lead has been told at once");
        String concernUrl = page.url().replace("?raised", "");
        assertAccessible();

        context.clearCookies();
        signIn("la-officer@eastmoor.example");
        page.navigate(concernUrl);
        assertAccessible();
        assertAccessibleOnPhone();
        button("Record triage");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the triage decision");
        assertAccessible();
        page.getByLabel("Triage decision").fill("Home school's DSL and the LADO told; responsive visit arranged.");
        button("Record triage");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Triage recorded");
        button("Arrange a responsive visit");
        assertThat(page.locator("h1")).hasText("Responsive QA visit");
        assertAccessible();
        page.navigate(concernUrl);
        page.getByLabel("Outcome").fill("Staffing rota changed; visit found sessions supervised.");
        button("Close concern");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Concern closed");
        assertAccessible();

        page.navigate(url("/qa"));
        assertAccessible();
        assertAccessibleOnPhone();
        page.navigate(url("/qa/visits/new"));
        button("Plan visit");
        assertThat(page.locator(".govuk-error-summary")).containsText("Choose the provider to visit");
        assertAccessible();
    }

    @Test
    void theLaLeadConfirmsARecommendedSuspensionOnAnEscalatedActionPlan() {
        LocalDate today = LocalDate.now(clock);
        var p = QaFixtures.approvedProvider(organisations, users, directory, clock, today.minusYears(1));
        var officer = QaFixtures.user(users, "la-officer@eastmoor.example", clock);
        UUID visit = visits.plan(officer, p.id(), VisitType.ANNUAL, today, null, null);
        visits.record(officer, visit, 0, new QaVisits.VisitRecord(today, java.util.EnumSet.of(Activity.MEETINGS),
                java.util.Map.of(), QaVisitsTest.judged(Judgement.SIGNIFICANT_CONCERNS, Judgement.EFFECTIVE, false), null));
        visits.addActionItem(officer, visit, QaSection.SAFEGUARDING, "Complete DBS checks", "Proprietor",
                today.plusDays(7), new org.waymark.shared.Problems());
        visits.signOff(officer, visit, visits.visit(officer, visit).version());

        signIn("la-admin@eastmoor.example");
        page.navigate(url("/qa/visits/" + visit));
        assertThat(page.locator("main")).containsText("Escalated");
        assertAccessible();
        assertAccessibleOnPhone();
        button("Recommend suspension");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the reason");
        assertAccessible();
        page.getByLabel("Why recommend suspension from the directory").fill("DBS checks still missing after the deadline.");
        button("Recommend suspension");
        assertThat(page.locator("main")).containsText("Suspension recommended");
        assertAccessible();
        button("Confirm suspension");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Escalation updated");
        assertThat(page.locator("main")).containsText("Suspended from the directory");
        assertAccessible();
        org.assertj.core.api.Assertions.assertThat(directory.status(p.id()))
                .contains(org.waymark.directory.DirectoryStatus.SUSPENDED);
    }
}
