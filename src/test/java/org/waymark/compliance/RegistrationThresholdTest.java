package org.waymark.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.compliance.Fixtures.date;
import static org.waymark.compliance.Fixtures.fullTime;
import static org.waymark.compliance.Fixtures.id;
import static org.waymark.compliance.Fixtures.placement;
import static org.waymark.compliance.Fixtures.pupil;
import static org.waymark.compliance.Fixtures.unregistered;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waymark.directory.DirectoryStatus;

class RegistrationThresholdTest {

    static final LocalDate START = LocalDate.parse("2026-09-07");
    static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    final RegistrationThreshold rule = new RegistrationThreshold();
    final List<PlacementFacts> placements = new ArrayList<>();
    final List<PupilFacts> pupils = new ArrayList<>();

    @ParameterizedTest(name = "{0} full-time, {1} looked after, {2} EHCP, {3} part-time, {4} part-time looked after -> {5}")
    @CsvSource({
            "4, 0, 0, 0, 0, false",  // four is below five
            "5, 0, 0, 0, 0, true",   // the fifth pupil reaches it
            "6, 0, 0, 0, 0, true",
            "4, 0, 0, 3, 0, false",  // part-time pupils do not count
            "0, 0, 0, 9, 0, false",
            "1, 0, 0, 0, 0, false",  // one pupil who is neither looked after nor has an EHCP
            "0, 1, 0, 0, 0, true",   // a single looked-after pupil alone
            "0, 0, 1, 0, 0, true",   // a single EHCP pupil alone
            "0, 0, 0, 0, 1, false",  // a looked-after pupil part-time does not count
            "3, 1, 0, 0, 0, true",
    })
    void threshold(int fullTime, int lookedAfter, int ehcp, int partTime, int partTimeLookedAfter, boolean flagged) {
        add("full", fullTime, true, false, false);
        add("lac", lookedAfter, true, true, false);
        add("ehcp", ehcp, true, false, true);
        add("part", partTime, false, false, false);
        add("partlac", partTimeLookedAfter, false, true, false);

        Optional<Flag> flag = rule.evaluate(unregistered(), placements, pupils, TODAY);

        assertThat(flag.isPresent()).isEqualTo(flagged);
        flag.ifPresent(f -> {
            assertThat(f.since()).isEqualTo(START);
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(f.subjectType()).isEqualTo(SubjectType.PROVIDER);
            assertThat(f.subjectId()).isEqualTo(Fixtures.PROVIDER);
            assertThat(f.owner()).isEqualTo(Owner.localAuthority(Fixtures.LA));
        });
    }

    @ParameterizedTest(name = "{0}: flagged {1}")
    @CsvSource({
            "UNREGISTERED, true",
            "REGISTERED_INDEPENDENT_SCHOOL, false",
            "PUPIL_REFERRAL_UNIT, false",
            "AP_ACADEMY_OR_FREE_SCHOOL, false",
    })
    void onlyUnregisteredProviders(ProviderRegistration registration, boolean flagged) {
        add("full", 5, true, false, false);
        assertThat(rule.evaluate(Fixtures.provider(registration, DirectoryStatus.APPROVED), placements, pupils, TODAY)
                .isPresent()).isEqualTo(flagged);
    }

    @ParameterizedTest(name = "first pupil of CSA until {0}, fifth starts {1} -> since {2}")
    @CsvSource({
            "2027-01-03, 2027-01-04, ",            // the first pupil is out of compulsory school age the day before
            "2027-01-04, 2027-01-04, 2027-01-04",  // CSA ends at the end of the leaving date: still counts that day
            "2029-06-29, 2027-01-04, 2027-01-04",
    })
    void aPupilTurningOutOfCompulsorySchoolAge(String firstCsaEnd, String fifthStarts, String since) {
        pupils.add(pupil("p1", date("2015-12-31"), date(firstCsaEnd), false, false));
        placements.add(fullTime("pl1", "p1", "2026-09-07").build());
        for (int i = 2; i <= 4; i++) {
            pupils.add(pupil("p" + i));
            placements.add(fullTime("pl" + i, "p" + i, "2026-09-07").build());
        }
        pupils.add(pupil("p5"));
        placements.add(fullTime("pl5", "p5", fifthStarts).build());

        Optional<Flag> flag = rule.evaluate(unregistered(), placements, pupils, date("2027-03-01"));

        assertThat(flag.map(Flag::since)).isEqualTo(Optional.ofNullable(date(since)));
    }

    @ParameterizedTest(name = "looked-after pupil of CSA {0} to {1}, placed {2} to {3} -> since {4}")
    @CsvSource({
            "2021-12-31, 2032-06-25, 2026-09-07, 2027-07-16, 2026-09-07",
            "2016-03-31, 2026-06-26, 2026-09-07, 2027-07-16, ",            // left compulsory school age in June
            "2027-03-31, 2038-06-25, 2026-09-07, 2027-07-16, 2027-03-31",  // reaches CSA during the placement
            "2027-03-31, 2038-06-25, 2026-09-07, 2027-03-30, ",            // placement ends the day before
    })
    void aSingleLookedAfterPupilOfCompulsorySchoolAge(String csaStart, String csaEnd, String from, String to,
            String since) {
        pupils.add(pupil("lac", date(csaStart), date(csaEnd), true, false));
        placements.add(fullTime("pl", "lac", from).status(PlacementStatus.ENDED).endedOn(date(to)).build());

        Optional<Flag> flag = rule.evaluate(unregistered(), placements, pupils, date("2027-07-20"));

        assertThat(flag.map(Flag::since)).isEqualTo(Optional.ofNullable(date(since)));
    }

    @ParameterizedTest(name = "first pupil ends {0} (status {1}), fifth starts 2026-10-05, today {2} -> since {3}")
    @CsvSource({
            "2026-10-04, ENDED, 2026-11-23, ",            // never five on the same date
            "2026-10-05, ENDED, 2026-11-23, 2026-10-05",  // five on 5 October
            "2026-12-18, ACTIVE, 2026-10-04, ",           // today is before the fifth pupil starts
            "2026-12-18, ACTIVE, 2026-10-05, 2026-10-05",
            "2026-12-18, PROPOSED, 2026-11-23, ",         // a proposed placement has not taken place
            "2026-12-18, CANCELLED, 2026-11-23, ",
    })
    void placementsCountOnTheSameDatesOnly(String firstEnds, PlacementStatus firstStatus, String today, String since) {
        pupils.add(pupil("p1"));
        var first = fullTime("pl1", "p1", "2026-09-07").status(firstStatus);
        placements.add(firstStatus == PlacementStatus.ENDED ? first.endedOn(date(firstEnds)).build()
                : first.dates(date("2026-09-07"), date(firstEnds)).build());
        for (int i = 2; i <= 4; i++) {
            pupils.add(pupil("p" + i));
            placements.add(fullTime("pl" + i, "p" + i, "2026-09-07").build());
        }
        pupils.add(pupil("p5"));
        placements.add(fullTime("pl5", "p5", "2026-10-05").build());

        assertThat(rule.evaluate(unregistered(), placements, pupils, date(today)).map(Flag::since))
                .isEqualTo(Optional.ofNullable(date(since)));
    }

    @Test
    void aPupilWithTwoPlacementsAtTheProviderCountsOnce() {
        for (int i = 1; i <= 4; i++) {
            pupils.add(pupil("p" + i));
            placements.add(fullTime("pl" + i, "p" + i, "2026-09-07").build());
        }
        placements.add(fullTime("pl1-second", "p1", "2026-10-05").build());

        assertThat(rule.evaluate(unregistered(), placements, pupils, TODAY)).isEmpty();
    }

    @Test
    void twoSchoolsEachPlaceThreeFullTimePupils() {
        UUID schoolA = id("school A");
        UUID schoolB = id("school B");
        UUID otherLa = id("neighbouring LA");
        String[][] rows = {
                {"a1", "2026-09-07"}, {"a2", "2026-09-07"}, {"a3", "2026-09-14"},
                {"b1", "2026-09-21"}, {"b2", "2026-10-05"}, {"b3", "2026-11-02"},
        };
        for (String[] row : rows) {
            boolean a = row[0].startsWith("a");
            pupils.add(pupil("pupil " + row[0]));
            placements.add(fullTime("placement " + row[0], "pupil " + row[0], row[1])
                    .commissioner(Commissioner.school(a ? schoolA : schoolB), a ? Fixtures.LA : otherLa).build());
        }

        Flag flag = rule.evaluate(unregistered(), placements, pupils, TODAY).orElseThrow();

        assertThat(flag.code()).isEqualTo(FlagCode.PROVIDER_MUST_REGISTER);
        assertThat(flag.since()).isEqualTo(LocalDate.parse("2026-10-05"));
        String evidence = String.join("\n", flag.evidence());
        assertThat(evidence).contains("On 5 October 2026 it gave full-time education to 5 pupils");
        for (String made : List.of("a1", "a2", "a3", "b1", "b2")) {
            assertThat(evidence).contains("Placement " + id("placement " + made));
        }
        assertThat(evidence).doesNotContain(id("placement b3").toString())
                .contains("school " + schoolA, "school " + schoolB, "LA " + otherLa)
                .contains("The threshold still holds on 23 November 2026 with 6 pupils.");
    }

    @Test
    void registrationTimelineMarksLookedAfterAndProposedPupils() {
        pupils.add(pupil("p1"));
        placements.add(fullTime("pl1", "p1", "2026-09-07").dates(date("2026-09-07"), date("2026-12-18")).build());
        pupils.add(pupil("lac", date("2017-12-31"), date("2029-06-29"), true, false));
        placements.add(fullTime("pl2", "lac", "2026-10-05").status(PlacementStatus.PROPOSED).build());
        pupils.add(pupil("part"));
        placements.add(placement("pl3", "part", "2026-09-14").build());

        List<RegistrationPoint> timeline = rule.registrationTimeline(unregistered(), placements, pupils,
                date("2026-09-01"), date("2027-01-31"));

        assertThat(timeline).extracting(RegistrationPoint::date, RegistrationPoint::count,
                        RegistrationPoint::lookedAfterOrEhcp, RegistrationPoint::thresholdReached)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(date("2026-09-01"), 0, 0L, false),
                        org.assertj.core.groups.Tuple.tuple(date("2026-09-07"), 1, 0L, false),
                        org.assertj.core.groups.Tuple.tuple(date("2026-10-05"), 2, 1L, true),
                        org.assertj.core.groups.Tuple.tuple(date("2026-12-19"), 1, 1L, true));
        assertThat(timeline.get(2).pupils()).filteredOn(CountedPupil::lookedAfter).singleElement()
                .satisfies(p -> assertThat(p.proposedOnly()).isTrue());
    }

    private void add(String prefix, int n, boolean fullTime, boolean lookedAfter, boolean ehcp) {
        for (int i = 0; i < n; i++) {
            String name = prefix + i;
            pupils.add(pupil(name, date("2017-12-31"), date("2029-06-29"), lookedAfter, ehcp));
            placements.add((fullTime ? fullTime("pl-" + name, name, "2026-09-07")
                    : placement("pl-" + name, name, "2026-09-07")).build());
        }
    }
}
