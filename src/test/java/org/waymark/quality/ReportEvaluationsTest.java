package org.waymark.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.waymark.directory.ProviderDirectory;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.Users;
import org.waymark.support.TestMail;
import org.waymark.support.WaymarkTest;
import org.waymark.support.WebSession;

@WaymarkTest
class ReportEvaluationsTest {

    @LocalServerPort
    int port;
    @Autowired
    QaVisits visits;
    @Autowired
    ReportEvaluations evaluations;
    @Autowired
    ProviderDirectory directory;
    @Autowired
    Organisations organisations;
    @Autowired
    Users users;
    @Autowired
    Clock clock;

    @Test
    void theLaGradesASampledReportWithFeedbackToTheQaProfessionalAndSeesQualityPerTerm() {
        LocalDate today = LocalDate.now(clock);
        var p = QaFixtures.approvedProvider(organisations, users, directory, clock, today.minusYears(1));
        var officer = QaFixtures.user(users, "la-officer@eastmoor.example", clock);
        UUID id = visits.plan(officer, p.id(), VisitType.ANNUAL, today,
                QaFixtures.user(users, "qa-professional@eastmoor.example", clock).id(), null);
        visits.record(officer, id, 0, new QaVisits.VisitRecord(today, EnumSet.of(Activity.MEETINGS), Map.of(),
                QaVisitsTest.judged(Judgement.EFFECTIVE, Judgement.EFFECTIVE, false), null));
        visits.signOff(officer, id, visits.visit(officer, id).version());
        assertThat(evaluations.toEvaluate(officer)).anyMatch(u -> u.visitId().equals(id));
        long before = evaluations.summary(officer).stream().filter(t -> t.termLabel().equals("Autumn term 2026/27"))
                .mapToLong(ReportEvaluations.TermSummary::reports).sum();

        WebSession lead = WebSession.signedIn(port, "la-admin@eastmoor.example");
        String path = "/qa/visits/" + id;
        assertThat(lead.get(path).body()).contains("Quality of the QA report");
        WebSession.Page missing = lead.post(path + "/evaluation", Map.of("feedback", "Clear and well evidenced"));
        assertThat(missing.body()).contains("Choose the quality of the report").contains("Clear and well evidenced");
        assertThat(lead.post(path + "/evaluation", Map.of("grade", "SECURE", "feedback", "Clear and well evidenced"))
                .location()).endsWith("?evaluated");
        assertThat(TestMail.awaitBody("qa-professional@eastmoor.example", "Feedback on your QA report: " + p.name()))
                .contains("secure");
        assertThat(evaluations.toEvaluate(officer)).noneMatch(u -> u.visitId().equals(id));
        var autumn = evaluations.summary(officer).stream().filter(t -> t.termLabel().equals("Autumn term 2026/27"))
                .findFirst().orElseThrow();
        assertThat(autumn.reports()).isEqualTo(before + 1);
        assertThat(lead.get("/qa/evaluations").body()).contains("Autumn term 2026/27").contains(p.name());
        assertThat(lead.post(path + "/evaluation", Map.of("grade", "STRONG", "feedback", "Again")).body())
                .contains("already been evaluated");
    }
}
