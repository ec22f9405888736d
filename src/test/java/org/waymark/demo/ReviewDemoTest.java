package org.waymark.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.commissioning.Placements;
import org.waymark.support.WaymarkTest;

/**
 * The review story of the demo: ended placements with each of the nine outcomes and their final reports, destination
 * checks both done and due, survey answers, reviews and termly progress reports. Tests only add records, so the
 * assertions are "present", never counts.
 */
@WaymarkTest
class ReviewDemoTest {

    @Autowired
    JdbcClient db;

    @Autowired
    Clock clock;

    @Test
    void everyOutcomeOfAnEndedPlacementIsInTheDemoWithItsFinalReport() {
        List<String> reported = db.sql("""
                select distinct e.outcome from placement_ending e join placement p on p.id = e.placement_id
                where p.status = 'ENDED' and e.report_recorded_at is not null and e.attainment is not null
                    and e.pupil_assessment is not null""").query(String.class).list();
        assertThat(reported).containsAll(Placements.OUTCOMES.keySet());
    }

    @Test
    void year11LeaversHaveDestinationChecksDoneAndDue() {
        LocalDate today = LocalDate.now(clock);
        long done = db.sql("""
                select count(*) from destination_check c join placement_ending e on e.placement_id = c.placement_id
                where e.year11_leaver and c.checked_on is not null and c.destination is not null""")
                .query(Long.class).single();
        long overdue = db.sql("select count(*) from destination_check where checked_on is null and due_on < ?")
                .param(today).query(Long.class).single();
        assertThat(done).isGreaterThanOrEqualTo(4);
        assertThat(overdue).isGreaterThanOrEqualTo(2);
        List<String> leaverOutcomes = db.sql("select distinct outcome from placement_ending where year11_leaver")
                .query(String.class).list();
        assertThat(leaverOutcomes).contains("TRAINING", "POST_16_EDUCATION", "EMPLOYMENT", "NEET");
    }

    @Test
    void pupilsAndParentsAnsweredTheSurveyAndPlacementsWereReviewedAndReportedOn() {
        List<String> respondents = db.sql("select distinct respondent from feedback_answer").query(String.class)
                .list();
        assertThat(respondents).contains("PUPIL", "PARENT");
        assertThat(db.sql("select count(*) from feedback_link where used_at is null").query(Long.class).single())
                .as("a link sent and not yet answered").isPositive();
        assertThat(db.sql("select count(*) from review_progress").query(Long.class).single()).isPositive();
        assertThat(db.sql("select count(*) from progress_report").query(Long.class).single()).isPositive();
        assertThat(db.sql("""
                select count(*) from review r join placement p on p.id = r.placement_id
                where p.provider_contact = 'Key worker: Sam Patel' and r.attendance_from_registers""")
                .query(Long.class).single()).as("reviews filled in from the provider's registers").isPositive();
    }

    @Test
    void theDemoPlacementsWereActivatedThroughTheLifecycle() {
        // every placement of the review story (its key worker names it) went through activation: a confirmed
        // decision, a support plan with outcomes, complete due diligence and the ACTIVE step in its history
        long story = db.sql("select count(*) from placement where provider_contact = 'Key worker: Sam Patel'")
                .query(Long.class).single();
        assertThat(story).isGreaterThanOrEqualTo(12);
        List<Long> unmet = db.sql("""
                select count(*) from placement p
                where p.provider_contact = 'Key worker: Sam Patel' and (p.activated_on is null or not p.due_diligence_complete
                    or not exists (select 1 from commissioning_decision d where d.placement_id = p.id
                        and d.confirmed_at is not null)
                    or not exists (select 1 from support_plan_outcome o where o.placement_id = p.id)
                    or not exists (select 1 from placement_history h where h.placement_id = p.id
                        and h.status = 'ACTIVE'))""").query(Long.class).list();
        assertThat(unmet).containsExactly(0L);
    }
}
