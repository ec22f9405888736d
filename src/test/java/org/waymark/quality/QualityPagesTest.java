package org.waymark.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.waymark.directory.ProviderDirectory;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.Users;
import org.waymark.support.WaymarkTest;
import org.waymark.support.WebSession;

@WaymarkTest
class QualityPagesTest {

    @LocalServerPort
    int port;
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

    @Test
    void theDemoYearOfQaShowsOnThePlan() {
        WebSession officer = WebSession.signedIn(port, "la-officer@eastmoor.example");
        WebSession.Page plan = officer.get("/qa");
        assertThat(plan.status()).isEqualTo(200);
        assertThat(plan.body()).contains("Northern Lights Creative Media").contains("Overdue")
                .contains("Significant concerns").contains("Escalated");
        assertThat(officer.get("/concerns").body()).contains("Raised").contains("Triaged").contains("Closed");
        assertThat(officer.get("/qa/evaluations").body()).contains("Strong").contains("Secure");
    }

    @Test
    void anActionWithoutOwnerOrDateIsRefusedOnThePageWithWhatWasTypedKept() {
        LocalDate today = LocalDate.now(clock);
        var p = QaFixtures.approvedProvider(organisations, users, directory, clock, today.minusYears(1));
        var officerUser = QaFixtures.user(users, "la-officer@eastmoor.example", clock);
        UUID id = visits.plan(officerUser, p.id(), VisitType.ANNUAL, today, null, null);
        visits.record(officerUser, id, 0, new QaVisits.VisitRecord(today, EnumSet.of(Activity.MEETINGS), Map.of(),
                QaVisitsTest.judged(Judgement.EFFECTIVE, Judgement.REQUIRES_IMPROVEMENT, false), null));
        WebSession officer = WebSession.signedIn(port, "la-officer@eastmoor.example");
        String path = "/qa/visits/" + id;
        officer.get(path);
        WebSession.Page refused = officer.post(path + "/sign-off", Map.of("version", "1"));
        assertThat(refused.body()).contains("There is a problem")
                .contains("Add an action plan item for each area that requires improvement");
        Map<String, String> action = new HashMap<>(Map.of("section", "HEALTH_AND_SAFETY",
                "description", "Test the fire alarm weekly", "owner", "", "dueOn-day", "", "dueOn-month", "", "dueOn-year", ""));
        WebSession.Page bad = officer.post(path + "/actions", action);
        assertThat(bad.body()).contains("Enter who owns the action").contains("Enter the date the action is due")
                .contains("Test the fire alarm weekly");
        LocalDate due = today.plusWeeks(2);
        action.putAll(Map.of("owner", "Site manager", "dueOn-day", String.valueOf(due.getDayOfMonth()),
                "dueOn-month", String.valueOf(due.getMonthValue()), "dueOn-year", String.valueOf(due.getYear())));
        assertThat(officer.post(path + "/actions", action).location()).contains("?actionAdded");
        officer.get(path);
        assertThat(officer.post(path + "/sign-off", Map.of("version", "1")).location()).endsWith("?signedOff");
        assertThat(officer.get(path).body()).contains("Signed off").contains("Test the fire alarm weekly");
    }
}
