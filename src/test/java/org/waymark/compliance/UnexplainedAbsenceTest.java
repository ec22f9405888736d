package org.waymark.compliance;

import org.waymark.attendance.Session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.compliance.Fixtures.date;
import static org.waymark.compliance.Fixtures.id;
import static org.waymark.compliance.Fixtures.placement;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnexplainedAbsenceTest {

    final UnexplainedAbsence rule = new UnexplainedAbsence();
    final PlacementFacts placement = placement("pl", "p", "2026-09-07").build();

    @ParameterizedTest(name = "absence on {0}, followed up {1}, social worker {2}, today {3} -> {4} since {5}")
    @CsvSource({
            "2026-11-23, ,           false, 2026-11-23, , ",                    // the school day is not over
            "2026-11-23, ,           false, 2026-11-24, WARNING,  2026-11-24",
            "2026-11-23, 2026-11-23, false, 2026-11-24, , ",                    // followed up the same day
            "2026-11-23, 2026-11-25, false, 2026-11-26, , ",                    // followed up late: no longer open
            "2026-11-20, ,           false, 2026-11-23, WARNING,  2026-11-21",  // a Friday's absence
            "2026-11-23, ,           true,  2026-11-24, CRITICAL, 2026-11-24",  // a child with a social worker
    })
    void followUpWithinTheSchoolDay(String on, String followedUp, boolean socialWorker, String today, Severity severity,
            String since) {
        var pupil = new PupilFacts(id("p"), Fixtures.LA, Fixtures.SCHOOL, date("2017-12-31"), date("2029-06-29"), false,
                false, socialWorker, false);
        var mark = new AbsenceMark(date(on), Session.PM, "O", date(followedUp));

        Optional<Flag> flag = rule.evaluate(placement, pupil, List.of(mark), date(today));

        assertThat(flag.map(Flag::severity)).isEqualTo(Optional.ofNullable(severity));
        assertThat(flag.map(Flag::since)).isEqualTo(Optional.ofNullable(date(since)));
        flag.ifPresent(f -> assertThat(f.owner()).isEqualTo(Owner.school(Fixtures.SCHOOL)));
    }
}
