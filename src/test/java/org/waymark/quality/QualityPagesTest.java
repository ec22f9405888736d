package org.waymark.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.waymark.support.WaymarkTest;
import org.waymark.support.WebSession;

@WaymarkTest
class QualityPagesTest {

    @LocalServerPort
    int port;

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
}
