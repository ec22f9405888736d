package org.waymark.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.support.WaymarkTest;

/** The demo story leaves the directory as the README describes it. */
@WaymarkTest
class DirectoryDemoTest {

    @Autowired
    JdbcClient db;

    @Autowired
    ProviderDirectory directory;

    @Autowired
    Applications applications;

    @Autowired
    DeskTopReviews reviews;

    @Autowired
    FrameworkLots lots;

    @Autowired
    Clock clock;

    UUID provider(String name) {
        return db.sql("select id from provider where name = ?").param(name).query(UUID.class).single();
    }

    @Test
    void elevenProvidersApprovedWithADatedHistoryOneUnderCheckOneAwaitingADeskTopReview() {
        for (String name : List.of("Canal Side Construction Skills", "Eastmoor Hospital School", "Green Acres Animal Care")) {
            UUID id = provider(name);
            assertThat(directory.status(id)).contains(DirectoryStatus.APPROVED);
            assertThat(directory.history(id)).extracting(StatusChange::toStatus)
                    .containsExactly(DirectoryStatus.APPLIED, DirectoryStatus.UNDER_CHECK, DirectoryStatus.APPROVED);
            UUID app = applications.of(id).get(0).id();
            assertThat(applications.checks(app)).hasSize(6).allSatisfy(c -> {
                assertThat(c.evidence()).isNotBlank();
                assertThat(c.checkedOn()).isBefore(LocalDate.now(clock));
            });
        }
        UUID pathways = provider("Pathways Mentoring and Coaching");
        assertThat(directory.status(pathways)).contains(DirectoryStatus.UNDER_CHECK);
        assertThat(applications.checks(applications.of(pathways).get(0).id())).hasSize(3);
        UUID westbrook = provider("Westbrook Independent School");
        assertThat(directory.status(westbrook)).contains(DirectoryStatus.NOT_LISTED);
        assertThat(reviews.of(westbrook)).singleElement().satisfies(r -> assertThat(r.isOpen()).isTrue());
        UUID la = db.sql("select id from local_authority where code = '999'").query(UUID.class).single();
        assertThat(lots.of(la)).extracting(FrameworkLot::number).startsWith(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(lots.of(la).get(9).name()).isEqualTo("Mentoring and coaching");
    }
}
