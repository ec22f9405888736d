package org.waymark.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.waymark.directory.DirectoryStatus;
import org.waymark.directory.ProviderDirectory;
import org.waymark.directory.QaOutcomes;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.SignedInUser;
import org.waymark.organisation.Users;
import org.waymark.shared.ConflictException;
import org.waymark.shared.ForbiddenException;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.Problems;
import org.waymark.support.Api;
import org.waymark.support.TestMail;
import org.waymark.support.WaymarkTest;
import org.waymark.support.WebSession;

@WaymarkTest
class QaVisitsTest {

    @LocalServerPort
    int port;
    @Autowired
    QaVisits visits;
    @Autowired
    QaRecords records;
    @Autowired
    QaOutcomes outcomes;
    @Autowired
    ProviderDirectory directory;
    @Autowired
    Organisations organisations;
    @Autowired
    Users users;
    @Autowired
    Clock clock;
    @Autowired
    org.waymark.organisation.ApiTokens tokens;

    SignedInUser officer() {
        return QaFixtures.user(users, "la-officer@eastmoor.example", clock);
    }

    SignedInUser qap() {
        return QaFixtures.user(users, "qa-professional@eastmoor.example", clock);
    }

    QaFixtures.TestProvider provider(LocalDate approvedOn) {
        return QaFixtures.approvedProvider(organisations, users, directory, clock, approvedOn);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    static Map<QaSection, QaVisits.SectionJudgement> judged(Judgement safeguarding, Judgement others, boolean skipSend) {
        Map<QaSection, QaVisits.SectionJudgement> map = new EnumMap<>(QaSection.class);
        for (QaSection s : QaSection.values()) {
            if (skipSend && s == QaSection.SEND) {
                continue;
            }
            Judgement j = s == QaSection.SAFEGUARDING ? safeguarding : others;
            map.put(s, new QaVisits.SectionJudgement(s, j, "Strength in " + s.label(),
                    j == Judgement.EFFECTIVE ? null : "Develop " + s.label()));
        }
        return map;
    }

    @Test
    void aPlannedVisitTellsTheProviderTheDateAndAsksForItsSelfAssessment() {
        var p = provider(today().minusYears(1));
        Api.Response r = new Api(port).post("/api/v1/providers/" + p.id() + "/qa-visits", "demo-la-officer",
                Map.of("type", "ANNUAL", "date", today().plusDays(14).toString(), "qaProfessionalId", qap().id().toString()));
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().get("status").asText()).isEqualTo("PLANNED");
        assertThat(r.json().get("date").asText()).isEqualTo(today().plusDays(14).toString());
        String body = TestMail.awaitBody(p.staff().email(), "QA visit on");
        assertThat(body).contains("self-assessment").contains(p.name());
        assertThat(TestMail.awaitBody("qa-professional@eastmoor.example", "QA visit assigned: " + p.name()))
                .contains(p.name());

        Api.Response bad = new Api(port).post("/api/v1/providers/" + p.id() + "/qa-visits", "demo-la-officer",
                Map.of("type", "WEEKLY"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).contains("\"field\":\"type\"").contains("\"field\":\"date\"");
    }

    @Test
    void annualVisitsArePlannedForApprovedProvidersDueThisYearAndNewProvidersGetAFirstVisit() {
        var fresh = provider(today().minusMonths(1));
        SignedInUser officer = officer();
        var due = visits.due(officer).stream().filter(d -> d.providerId().equals(fresh.id())).findFirst().orElseThrow();
        assertThat(due.type()).isEqualTo(VisitType.NEW_PROVIDER);
        assertThat(due.dueBy()).isEqualTo(today().minusMonths(1).plusMonths(3));
        assertThat(due.plannedVisitId()).isNull();
        assertThat(visits.planDueVisits(officer)).isPositive();
        var planned = visits.due(officer).stream().filter(d -> d.providerId().equals(fresh.id())).findFirst().orElseThrow();
        assertThat(planned.plannedVisitId()).isNotNull();
        assertThat(planned.plannedOn()).isEqualTo(VisitSchedule.proposedDate(due.dueBy(), today()));
        assertThat(visits.visit(officer, planned.plannedVisitId()).visitType()).isEqualTo(VisitType.NEW_PROVIDER);
        // planning again adds nothing for this provider
        visits.planDueVisits(officer);
        assertThat(visits.visitsOfProvider(officer, fresh.id())).hasSize(1);
    }

    @Test
    void signOffNeedsEveryJudgementAndAnActionPlanThenTheOutcomeReachesTheDirectory() {
        var p = provider(today().minusYears(2));
        SignedInUser officer = officer();
        UUID id = visits.plan(officer, p.id(), VisitType.ANNUAL, today(), qap().id(), null);
        SignedInUser qap = qap();
        visits.record(qap, id, visits.visit(qap, id).version(), new QaVisits.VisitRecord(today(),
                EnumSet.of(Activity.MEETINGS, Activity.OBSERVATIONS), Map.of(ChecklistItem.FIRE_SAFETY, ChecklistItem.Answer.NOT_MET),
                judged(Judgement.EFFECTIVE, Judgement.REQUIRES_IMPROVEMENT, true), "Summary"));
        assertThatThrownBy(() -> visits.signOff(officer, id, visits.visit(officer, id).version()))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).problems()).contains(
                        "Enter a judgement for section 4, SEND",
                        "Add an action plan item for each area that requires improvement"));

        assertThatThrownBy(() -> visits.addActionItem(qap, id, QaSection.HEALTH_AND_SAFETY, "Fire drill", "", null,
                new Problems())).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(f -> f.field())
                        .containsExactly("owner", "dueOn-day"));
        visits.addActionItem(qap, id, QaSection.HEALTH_AND_SAFETY, "Hold a fire drill", "Centre manager",
                today().plusWeeks(2), new Problems());
        visits.record(qap, id, visits.visit(qap, id).version(), new QaVisits.VisitRecord(today(),
                EnumSet.of(Activity.MEETINGS), Map.of(), judged(Judgement.EFFECTIVE, Judgement.REQUIRES_IMPROVEMENT, false),
                "Summary"));
        assertThatThrownBy(() -> visits.signOff(qap, id, visits.visit(qap, id).version()))
                .isInstanceOf(ForbiddenException.class);
        visits.signOff(officer, id, visits.visit(officer, id).version());

        assertThat(visits.visit(officer, id).status()).isEqualTo(VisitStatus.SIGNED_OFF);
        assertThat(records.lastVisitDate(p.id())).contains(today());
        var summary = outcomes.latest(p.id()).orElseThrow();
        assertThat(summary.visitDate()).isEqualTo(today());
        assertThat(summary.visitType()).isEqualTo("ANNUAL");
        assertThat(summary.overallOutcome()).isEqualTo("Requires improvement");
        assertThat(summary.openEscalation()).isFalse();
        assertThat(TestMail.awaitBody(p.staff().email(), "QA report shared")).contains("Requires improvement");
        assertThatThrownBy(() -> visits.record(qap, id, visits.visit(qap, id).version(), new QaVisits.VisitRecord(
                today(), EnumSet.of(Activity.MEETINGS), Map.of(), Map.of(), null))).isInstanceOf(ConflictException.class);
    }

    @Test
    void theReportPdfSaysWhatTheVisitFoundAndOnlyThoseInScopeGetIt() throws Exception {
        var p = provider(today().minusYears(2));
        SignedInUser officer = officer();
        UUID id = visits.plan(officer, p.id(), VisitType.ANNUAL, today(), qap().id(), null);
        visits.record(officer, id, 0, new QaVisits.VisitRecord(today(), EnumSet.of(Activity.STUDENT_VOICE),
                Map.of(ChecklistItem.DSL_IN_POST_TRAINED, ChecklistItem.Answer.MET),
                judged(Judgement.EFFECTIVE, Judgement.EFFECTIVE, false), "A calm, purposeful centre."));

        WebSession staff = WebSession.signedIn(port, p.staff().email());
        assertThat(staff.get("/qa/visits/" + id + "/report.pdf").status()).isEqualTo(404); // not shared yet
        visits.signOff(officer, id, visits.visit(officer, id).version());

        HttpResponse<byte[]> pdf = download(staff, "/qa/visits/" + id + "/report.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        String text;
        try (var doc = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Quality assurance report").contains(p.name()).contains("Student voice")
                .contains("1. Safeguarding").contains("5. Admissions, attendance, guidance and support")
                .contains("Designated safeguarding lead in post and trained").contains("Met")
                .contains("Strength in Quality of education").contains("A calm, purposeful centre.")
                .contains("Effective").doesNotContain("DRAFT");

        WebSession other = WebSession.signedIn(port, "provider-staff-2@eastmoor.example");
        assertThat(other.get("/qa/visits/" + id + "/report.pdf").status()).isEqualTo(404);
        WebSession school = WebSession.signedIn(port, "school-commissioner@eastmoor.example");
        assertThat(school.get("/qa/visits/" + id + "/report.pdf").status()).isEqualTo(403);
    }

    @Test
    void anEscalatedActionPlanEndsInSuspensionFromTheDirectoryConfirmedByTheLaLead() {
        var p = provider(today().minusYears(2));
        SignedInUser officer = officer();
        SignedInUser qap = qap();
        SignedInUser lead = QaFixtures.user(users, "la-admin@eastmoor.example", clock);
        UUID id = visits.plan(officer, p.id(), VisitType.ANNUAL, today(), qap.id(), null);
        visits.record(qap, id, 0, new QaVisits.VisitRecord(today(), EnumSet.of(Activity.PAPERWORK_REVIEW), Map.of(),
                judged(Judgement.SIGNIFICANT_CONCERNS, Judgement.EFFECTIVE, false), null));
        visits.addActionItem(qap, id, QaSection.SAFEGUARDING, "Complete DBS checks", "Proprietor", today().plusDays(7),
                new Problems());
        visits.signOff(officer, id, visits.visit(officer, id).version());
        assertThat(visits.visit(officer, id).escalation()).isEqualTo(Escalation.ESCALATED);
        assertThat(outcomes.latest(p.id()).orElseThrow().openEscalation()).isTrue();

        assertThatThrownBy(() -> visits.confirmSuspension(lead, id, visits.visit(lead, id).version()))
                .isInstanceOf(ConflictException.class);
        visits.recommendSuspension(qap, id, visits.visit(qap, id).version(), "DBS checks still missing after a week");
        assertThatThrownBy(() -> visits.confirmSuspension(officer, id, visits.visit(officer, id).version()))
                .isInstanceOf(ForbiddenException.class);
        assertThat(directory.isApproved(p.id())).isTrue();

        visits.confirmSuspension(lead, id, visits.visit(lead, id).version());
        assertThat(directory.status(p.id())).contains(DirectoryStatus.SUSPENDED);
        assertThat(directory.isApproved(p.id())).isFalse(); // so it takes no new placements
        assertThat(directory.statusSince(p.id())).contains(today());
        assertThat(visits.visit(lead, id).escalation()).isEqualTo(Escalation.SUSPENDED);
        assertThat(TestMail.awaitBody(p.staff().email(), "Suspended from the directory")).contains("no new placements");
        // a suspended provider is no longer due a routine visit on the plan
        assertThat(visits.due(officer)).noneMatch(d -> d.providerId().equals(p.id()));
    }

    @Test
    void providersAreRemindedOfActionsDueWithinAWeekOncePerWeek() {
        var p = provider(today().minusYears(2));
        SignedInUser officer = officer();
        UUID id = visits.plan(officer, p.id(), VisitType.ANNUAL, today(), null, null);
        visits.record(officer, id, 0, new QaVisits.VisitRecord(today(), EnumSet.of(Activity.MEETINGS), Map.of(),
                judged(Judgement.EFFECTIVE, Judgement.REQUIRES_IMPROVEMENT, false), null));
        visits.addActionItem(officer, id, QaSection.SEND, "Share EHCP outcomes with staff", "SENCO", today().plusDays(5),
                new Problems());
        visits.addActionItem(officer, id, QaSection.SEND, "Train staff in autism awareness", "SENCO",
                today().plusWeeks(8), new Problems());
        visits.signOff(officer, id, visits.visit(officer, id).version());
        assertThat(visits.remindDueActions(today())).isGreaterThanOrEqualTo(1);
        assertThat(TestMail.awaitBody(p.staff().email(), "QA action due")).contains(QaWords.date(today().plusDays(5)));
        int before = TestMail.count(p.staff().email(), "QA action due");
        visits.remindDueActions(today().plusDays(1));
        assertThat(TestMail.count(p.staff().email(), "QA action due")).isEqualTo(before);
    }

    @Test
    void theApiListsAProvidersVisitsAndHidesUnsignedRecordsFromTheProvider() {
        var p = provider(today().minusYears(2));
        Api api = new Api(port);
        Api.Response past = api.post("/api/v1/providers/" + p.id() + "/qa-visits", "demo-la-officer", Map.of(
                "type", "REQUESTED", "date", today().minusDays(3).toString(), "activities", List.of("MEETINGS"),
                "sections", List.of(Map.of("section", "SAFEGUARDING", "judgement", "EFFECTIVE"))));
        assertThat(past.status()).isEqualTo(201);
        assertThat(past.json().get("status").asText()).isEqualTo("RECORDED");
        assertThat(past.json().get("visitedOn").asText()).isEqualTo(today().minusDays(3).toString());
        assertThat(records.lastVisitDate(p.id())).contains(today().minusDays(3));

        var list = api.get("/api/v1/providers/" + p.id() + "/qa-visits", "demo-la-officer");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("total").asInt()).isEqualTo(1);
        assertThat(list.json().get("items").get(0).get("overallOutcome").asText()).isEqualTo("EFFECTIVE");
        // the provider's staff see the visit but not its record until the LA signs it off
        String secret = "qa-test-" + UUID.randomUUID();
        tokens.createWithSecret(p.staff().id(), "Test", secret);
        var own = api.get("/api/v1/providers/" + p.id() + "/qa-visits", secret).json().get("items").get(0);
        assertThat(own.get("status").asText()).isEqualTo("RECORDED");
        assertThat(own.get("overallOutcome").isNull()).isTrue();
        assertThat(own.get("sections")).isEmpty();
        assertThat(api.get("/api/v1/providers/" + p.id() + "/qa-visits", "demo-provider-staff").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/providers/" + p.id() + "/qa-visits", "demo-school-commissioner").status())
                .isEqualTo(403);
    }

    private HttpResponse<byte[]> download(WebSession session, String path) throws Exception {
        HttpClient client = HttpClient.newBuilder().build();
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Cookie", "SESSION=" + session.sessionCookie()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
