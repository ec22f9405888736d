package org.waymark.scale;

import java.util.List;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.WaymarkApplication;
import org.waymark.compliance.ComplianceEngine;

/**
 * Benchmark 3 (issue 10; scripts/measure-compliance.sh): every flag of a generated dataset re-evaluated by the
 * compliance engine, beside one SQL scan of the placements table on the same database in the same run; then
 * the re-evaluation after one change to one placement of the largest LA. Not a test: it never fails a build.
 * The service starts (on a free port) against the database named by WAYMARK_DB_URL (its start-up sweep
 * is timed too: the flags table is emptied by the script before, so that sweep opens every flag).
 */
public final class ComplianceSweepBenchmark {

    public static void main(String[] args) {
        long booting = System.nanoTime();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(WaymarkApplication.class)
                .properties("waymark.demo=false", "spring.main.banner-mode=off", "server.port=0")
                .run(args)) {
            double startup = seconds(System.nanoTime() - booting);
            ComplianceEngine engine = context.getBean(ComplianceEngine.class);
            JdbcClient db = context.getBean(JdbcClient.class);
            long placements = db.sql("select count(*) from placement").query(Long.class).single();
            long openFlags = db.sql("select count(*) from flag where closed_on is null").query(Long.class).single();
            List<UUID> las = db.sql("select id from local_authority").query(UUID.class).list();

            long t0 = System.nanoTime();
            long scanned = db.sql("select id, pupil_id, provider_id, status, start_date, planned_end_date, tier, route from placement")
                    .query((rs, n) -> rs.getObject(1)).list().size();
            double scan = seconds(System.nanoTime() - t0);

            t0 = System.nanoTime();
            engine.reevaluateAll();
            double sweep = seconds(System.nanoTime() - t0);

            UUID largest = db.sql("select local_authority_id from placement group by 1 order by count(*) desc limit 1")
                    .query(UUID.class).single();
            UUID changed = db.sql("select id from placement where local_authority_id = ? and status = 'ACTIVE' "
                    + "order by id limit 1").param(largest).query(UUID.class).single();
            db.sql("update placement set next_review_date = next_review_date - 70 where id = ?").param(changed).update();
            double[] one = new double[3];
            for (int i = 0; i < one.length; i++) {
                t0 = System.nanoTime();
                engine.reevaluate(largest);
                one[i] = seconds(System.nanoTime() - t0);
            }
            db.sql("update placement set next_review_date = next_review_date + 70 where id = ?").param(changed).update();
            engine.reevaluate(largest);

            System.out.printf("dataset:                 %d LAs, %d placements, %d open flags after the start-up sweep%n",
                    las.size(), placements, openFlags);
            System.out.printf("start-up incl. sweep:    %.1f s (the whole service on a free port; the flags table was "
                    + "emptied first, so this sweep opened every flag)%n", startup);
            System.out.printf("baseline: one SQL scan of placement (%d rows): %.3f s%n", scanned, scan);
            System.out.printf("full sweep, every LA:    %.1f s (%.0fx the scan); target < 60 s for the nation%n", sweep,
                    sweep / scan);
            System.out.printf("after one change (largest LA re-evaluated, 3 runs): %.0f / %.0f / %.0f ms; target < 50 ms%n",
                    one[0] * 1000, one[1] * 1000, one[2] * 1000);
        }
        System.exit(0);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
