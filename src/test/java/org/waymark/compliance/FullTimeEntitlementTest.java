package org.waymark.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.compliance.Fixtures.date;
import static org.waymark.compliance.Fixtures.id;
import static org.waymark.compliance.Fixtures.placement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FullTimeEntitlementTest {

    static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    final FullTimeEntitlement rule = new FullTimeEntitlement();
    final PupilFacts pupil = Fixtures.pupil("p");

    static HomeSchoolWeek week(String hoursAtSchool) {
        return new HomeSchoolWeek(Fixtures.SCHOOL, HomeSchoolWeek.DEFAULT_NORMAL_WEEK,
                List.of(new DatedHours(date("2026-09-03"), date("2026-09-13"), HomeSchoolWeek.DEFAULT_NORMAL_WEEK),
                        new DatedHours(date("2026-09-14"), null, new BigDecimal(hoursAtSchool))));
    }

    PlacementFacts placementOf(String hours) {
        return placement("pl", "p", "2026-09-14").weeklyHours(new BigDecimal(hours)).build();
    }

    @ParameterizedTest(name = "{0} h at school + {1} h in AP against 32.5 -> short: {2}")
    @CsvSource({
            "20,   12.5, false",  // exactly the normal week
            "20,   12,   true",   // half an hour short
            "20,   12.75, false",
            "0,    32.5, false",
            "32.5, 0,    false",
            "15,   9,    true",
    })
    void totalAcrossSettingsAgainstTheNormalWeek(String atSchool, String inAp, boolean flagged) {
        List<Flag> flags = rule.evaluate(pupil, week(atSchool), List.of(placementOf(inAp)), List.of(), TODAY);

        assertThat(flags.stream().anyMatch(f -> f.code() == FlagCode.NOT_FULL_TIME)).isEqualTo(flagged);
        flags.forEach(f -> {
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(f.subjectType()).isEqualTo(SubjectType.PUPIL);
            assertThat(f.owner()).isEqualTo(Owner.school(Fixtures.SCHOOL));
            assertThat(f.since()).isEqualTo(date("2026-09-14"));  // short since the placement replaced school hours
        });
    }

    @ParameterizedTest(name = "of compulsory school age until {0}, today {1} -> flagged {2}")
    @CsvSource({
            "2026-11-23, 2026-11-23, true",   // the leaving date itself is still of compulsory school age
            "2026-11-22, 2026-11-23, false",  // turned out of compulsory school age
    })
    void onlyPupilsOfCompulsorySchoolAge(String csaEnd, String today, boolean flagged) {
        PupilFacts p = Fixtures.pupil("p", date("2015-12-31"), date(csaEnd), false, false);
        assertThat(rule.evaluate(p, week("15"), List.of(placementOf("9")), List.of(), date(today))).hasSize(flagged ? 1 : 0);
    }

    @Test
    void sinceIsTheFirstDayOfTheUnbrokenShortfall() {
        var hours = new HomeSchoolWeek(Fixtures.SCHOOL, HomeSchoolWeek.DEFAULT_NORMAL_WEEK, List.of(
                new DatedHours(date("2026-09-03"), date("2026-10-04"), new BigDecimal("32.5")),
                new DatedHours(date("2026-10-05"), null, new BigDecimal("20"))));
        var ap = placement("pl", "p", "2026-10-12").weeklyHours(new BigDecimal("9")).build();

        Flag flag = rule.evaluate(pupil, hours, List.of(ap), List.of(), TODAY).get(0);

        assertThat(flag.since()).isEqualTo(date("2026-10-05"));
        assertThat(flag.evidence()).containsExactly(
                "Home school " + Fixtures.SCHOOL + ": 20 hours a week.",
                "Placement " + ap.placementId() + " at provider " + Fixtures.PROVIDER + ": 9 hours a week.",
                "In total 29 hours a week against the home school's normal week of 32.5 hours: 3.5 hours short (pupil "
                        + pupil.pupilId() + " is of compulsory school age until 29 June 2029).",
                "No reduced timetable is recorded.");
    }

    @ParameterizedTest(name = "reduced timetable {0}/{1}/end {2}/review {3}, {5} h, today {4} -> {6}")
    @CsvSource({
            // reason, agreed, end, review, today, school hours, expected codes (code@since)
            "MEDICAL,          true,  2026-12-18, 2026-11-30, 2026-11-23, 15, ",
            "AGREED_PART_TIME, true,  2026-12-18, 2026-11-23, 2026-11-23, 15, ",  // in date on its review date
            "MEDICAL,          false, 2026-12-18, 2026-11-30, 2026-11-23, 15, NOT_FULL_TIME@2026-09-14",
            ",                 true,  2026-12-18, 2026-11-30, 2026-11-23, 15, NOT_FULL_TIME@2026-09-14",
            "MEDICAL,          true,  ,           2026-11-30, 2026-11-23, 15, NOT_FULL_TIME@2026-09-14",
            "MEDICAL,          true,  2026-12-18, ,           2026-11-23, 15, NOT_FULL_TIME@2026-09-14",
            "MEDICAL,          true,  2026-12-18, 2026-11-20, 2026-11-23, 15, NOT_FULL_TIME@2026-11-21 REDUCED_TIMETABLE_EXPIRED@2026-11-21",
            "MEDICAL,          true,  2026-11-20, 2026-11-30, 2026-11-23, 15, NOT_FULL_TIME@2026-11-21 REDUCED_TIMETABLE_EXPIRED@2026-11-21",
            "MEDICAL,          true,  2026-11-23, 2026-11-30, 2026-11-23, 15, ",  // in date on its end date
            "MEDICAL,          true,  2026-11-20, 2026-11-18, 2026-11-23, 15, NOT_FULL_TIME@2026-11-19 REDUCED_TIMETABLE_EXPIRED@2026-11-19",
            "MEDICAL,          true,  2026-11-20, 2026-11-30, 2026-11-23, 23.5, ",  // ended, and back to full time
    })
    void reducedTimetable(String reason, boolean agreed, String end, String review, String today, String atSchool,
            String expected) {
        var rt = new ReducedTimetable(id("rt"), reason == null ? null : ReducedTimetableReason.valueOf(reason), agreed,
                date("2026-09-14"), date(end), date(review));

        List<Flag> flags = rule.evaluate(pupil, week(atSchool), List.of(placementOf("9")), List.of(rt), date(today));

        Map<String, Flag> byCode = flags.stream().collect(Collectors.toMap(f -> f.code().name(), Function.identity()));
        String actual = flags.stream().map(f -> f.code() + "@" + f.since()).collect(Collectors.joining(" "));
        assertThat(actual).isEqualTo(expected == null ? "" : expected);
        if (byCode.containsKey("REDUCED_TIMETABLE_EXPIRED")) {
            assertThat(byCode.get("REDUCED_TIMETABLE_EXPIRED").severity()).isEqualTo(Severity.WARNING);
        }
        if (!agreed) {
            assertThat(byCode.get("NOT_FULL_TIME").evidence()).contains(
                    "Reduced timetable " + rt.id() + " does not count: it lacks the parent's agreement.");
        }
    }

    @Test
    void noHomeSchoolMeansTheLaOwnsIt() {
        var p = new PupilFacts(id("p"), Fixtures.LA, null, date("2017-12-31"), date("2029-06-29"), false, false, false, false);
        var week = new HomeSchoolWeek(null, HomeSchoolWeek.DEFAULT_NORMAL_WEEK, List.of());

        Flag flag = rule.evaluate(p, week, List.of(placementOf("25")), List.of(), TODAY).get(0);

        assertThat(flag.owner()).isEqualTo(Owner.localAuthority(Fixtures.LA));
        assertThat(flag.since()).isEqualTo(date("2026-09-14"));  // nothing is recorded of the pupil's week before
    }
}
