package org.waymark.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.directory.ProviderDirectory;
import org.waymark.organisation.ApiTokens;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.Users;
import org.waymark.support.Api;
import org.waymark.support.TestMail;
import org.waymark.support.WaymarkTest;

/** A week before a review is due, the commissioner and the provider are told once, without the child's name. */
@WaymarkTest
class ReviewRemindersTest {

    @LocalServerPort
    int port;
    @Autowired
    Organisations organisations;
    @Autowired
    Users users;
    @Autowired
    ApiTokens tokens;
    @Autowired
    ProviderDirectory directory;
    @Autowired
    JdbcClient db;
    @Autowired
    ReviewReminders reminders;

    @Test
    void aReviewDueWithinAWeekIsRemindedOnceToCommissionerAndProvider() {
        Api api = new Api(port);
        var provider = ReviewFixtures.provider(organisations, users, tokens, directory);
        // started 19 October: the six-week review is due on 30 November, a week after the test clock's 23rd
        String id = ReviewFixtures.activePlacement(api, provider, "2026-10-19", "2027-02-12");
        UUID la = organisations.findLocalAuthorityByCode("999").orElseThrow().id();
        reminders.remind(la);
        String body = TestMail.awaitBody(provider.email(), "A placement review is due on 30 November 2026");
        assertThat(body).contains("Review Provider").doesNotContain("Testy").doesNotContain("McTest");
        TestMail.awaitBody("school-commissioner@eastmoor.example", "A placement review is due on 30 November 2026");
        assertThat(db.sql("select count(*) from review_reminder where placement_id = ? and due_on = ?")
                .params(UUID.fromString(id), LocalDate.of(2026, 11, 30)).query(Long.class).single()).isEqualTo(1);
        assertThat(db.sql("select count(*) from notice where user_id = (select id from app_user where email = ?) "
                + "and link = ?").params("school-commissioner@eastmoor.example", "/placements/" + id + "/reviews")
                .query(Long.class).single()).isEqualTo(1);

        reminders.remind(la);
        assertThat(db.sql("select count(*) from notice where user_id = (select id from app_user where email = ?) "
                + "and link = ?").params("school-commissioner@eastmoor.example", "/placements/" + id + "/reviews")
                .query(Long.class).single()).as("reminded once").isEqualTo(1);
    }
}
