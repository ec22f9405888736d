package org.waymark.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.pupil.Exclusions;

/**
 * Exclusions and suspensions recorded by the demo schools, consistent with the story the LA's impact measures
 * tell (001_, Tier 1: "reduction in permanent exclusions"): most placed pupils were suspended in the months before
 * their placement, one was permanently excluded, and fewer were suspended once the placement had started.
 */
@Component
class ExclusionDemo implements DemoStory {

    private final Exclusions exclusions;
    private final JdbcClient db;
    private final Clock clock;

    ExclusionDemo(Exclusions exclusions, JdbcClient db, Clock clock) {
        this.exclusions = exclusions;
        this.db = db;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 600;
    }

    private record Placed(UUID pupilId, UUID schoolId, LocalDate startDate) {
    }

    @Override
    public void load(DemoFoundation f) {
        LocalDate today = LocalDate.now(clock);
        Map<UUID, SignedInUser> schoolUsers = new HashMap<>();
        f.usersByToken().values().stream().filter(u -> u.role() == Role.SCHOOL_COMMISSIONER)
                .forEach(u -> schoolUsers.putIfAbsent(u.organisationId(), u));
        // each placed pupil once, at their first placement
        List<Placed> placed = db.sql("""
                select p.pupil_id, pu.home_school_id as school_id, min(p.start_date) as start_date
                from placement p join pupil pu on pu.id = p.pupil_id
                where p.local_authority_id = ? and p.status in ('ACTIVE', 'ENDED') and pu.home_school_id is not null
                group by p.pupil_id, pu.home_school_id order by min(p.start_date), p.pupil_id""")
                .param(f.localAuthorityId()).query(Placed.class).list();
        int n = 0;
        for (Placed p : placed) {
            SignedInUser school = schoolUsers.get(p.schoolId());
            if (school == null) {
                continue;
            }
            LocalDate before = p.startDate().minusWeeks(6 + n % 5);
            if (n == 2) {
                // the pupil the LA placed after a permanent exclusion
                record(school, p.pupilId(), "PERMANENT", p.startDate().minusWeeks(3), null, List.of("PA", "PD"),
                        "Permanently excluded; the LA arranged education from the sixth day.");
            } else if (n % 4 != 3) {
                record(school, p.pupilId(), "SUSPENSION", before, 2 + 2 * (n % 3), List.of("PD"),
                        "Suspended after repeated disruption in lessons.");
                if (n % 2 == 0) {
                    record(school, p.pupilId(), "SUSPENSION", before.minusWeeks(5), 4, List.of("VA", "PD"),
                            "Suspended after verbal abuse of a member of staff.");
                }
            }
            LocalDate after = p.startDate().plusWeeks(4);
            if (n % 5 == 1 && !after.isAfter(today)) {
                record(school, p.pupilId(), "SUSPENSION", after, 2, List.of("PD"), "One day at home after a fixed "
                        + "term incident at the home school.");
            }
            n++;
        }
    }

    private void record(SignedInUser school, UUID pupilId, String kind, LocalDate date, Integer sessions,
            List<String> reasons, String note) {
        exclusions.record(school, pupilId, new Exclusions.Input(kind, date, sessions, reasons, note));
    }
}
