package org.waymark.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.support.WaymarkTest;

/** The demo tells its whole story: registers for the demo placements, and flags arising from the records. */
@WaymarkTest
class DemoStoryTest {

    @Autowired
    JdbcClient db;

    @Autowired
    org.waymark.compliance.ComplianceEngine engine;

    @Autowired
    org.waymark.organisation.Organisations organisations;

    @Test
    void theDemoPlacementsHaveRegisters() {
        long active = db.sql("select count(*) from placement where status = 'ACTIVE'").query(Long.class).single();
        long marks = db.sql("select count(*) from attendance_mark").query(Long.class).single();
        assertThat(active).isPositive();
        assertThat(marks).as("marks for %s active placements", active).isPositive();
    }

    @Test
    void theDemoRecordsRaiseAnOpenFlagOfEveryCode() {
        engine.reevaluate(organisations.findLocalAuthorityByCode("999").orElseThrow().id());
        java.util.List<String> open = db.sql("select distinct code from flag where closed_on is null")
                .query(String.class).list();
        assertThat(open).containsExactlyInAnyOrder(java.util.Arrays.stream(org.waymark.compliance.FlagCode.values())
                .map(Enum::name).toArray(String[]::new));
    }
}
