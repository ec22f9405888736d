package org.waymark.compliance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Rule 5: a pupil of compulsory school age must receive full-time education in total across the home school
 * and every active placement, equal to the home school's normal week, unless a reduced timetable is recorded
 * with a reason, the parent's agreement, an end date and a review date, and is in date.
 */
public final class FullTimeEntitlement {

    /** NOT_FULL_TIME and REDUCED_TIMETABLE_EXPIRED for the pupil on {@code today}, whichever hold. */
    public List<Flag> evaluate(PupilFacts pupil, HomeSchoolWeek week, Collection<PlacementFacts> placements,
            Collection<ReducedTimetable> reducedTimetables, LocalDate today) {
        var mine = placements.stream().filter(p -> p.pupilId().equals(pupil.pupilId())).toList();
        List<Flag> flags = new ArrayList<>();
        notFullTime(pupil, week, mine, reducedTimetables, today).ifPresent(flags::add);
        reducedTimetableExpired(pupil, week, mine, reducedTimetables, today).ifPresent(flags::add);
        return flags;
    }

    /** Hours a week across the home school and every placement the pupil attends on {@code date}. */
    public BigDecimal totalHoursOn(LocalDate date, HomeSchoolWeek week, Collection<PlacementFacts> placements,
            LocalDate today) {
        BigDecimal home = week.pupilHours().stream().filter(h -> h.covers(date)).map(DatedHours::weeklyHours)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return placements.stream().filter(p -> p.tookPlaceOn(date, today)).map(PlacementFacts::weeklyHours)
                .reduce(home, BigDecimal::add);
    }

    private boolean shortOn(LocalDate date, PupilFacts pupil, HomeSchoolWeek week, List<PlacementFacts> placements,
            LocalDate today) {
        return pupil.compulsorySchoolAgeOn(date)
                && totalHoursOn(date, week, placements, today).compareTo(week.normalWeeklyHours()) < 0;
    }

    private Optional<Flag> notFullTime(PupilFacts pupil, HomeSchoolWeek week, List<PlacementFacts> placements,
            Collection<ReducedTimetable> reducedTimetables, LocalDate today) {
        List<LocalDate> changes = new ArrayList<>();
        changes.add(pupil.csaStart());
        changes.add(pupil.csaEnd().plusDays(1));
        for (DatedHours h : week.pupilHours()) {
            changes.add(h.from());
            if (h.to() != null) {
                changes.add(h.to().plusDays(1));
            }
        }
        for (PlacementFacts p : placements) {
            changes.add(p.start());
            if (!p.lastDay(today).equals(LocalDate.MAX)) {
                changes.add(p.lastDay(today).plusDays(1));
            }
        }
        for (ReducedTimetable r : reducedTimetables) {
            changes.add(r.start());
            if (r.end() != null) {
                changes.add(r.end().plusDays(1));
            }
            if (r.reviewOn() != null) {
                changes.add(r.reviewOn().plusDays(1));
            }
        }
        LocalDate firstRecorded = recordedFrom(pupil, week, placements);
        return Runs.firstDayOfRunEndingOn(today,
                d -> shortOn(d, pupil, week, placements, today)
                        && reducedTimetables.stream().noneMatch(r -> r.excuses(d)),
                changes).map(run -> run.isBefore(firstRecorded) ? firstRecorded : run).map(since -> {
                    List<String> evidence = hoursEvidence(pupil, week, placements, today);
                    evidence.add(reducedTimetableEvidence(reducedTimetables, today));
                    return new Flag(FlagCode.NOT_FULL_TIME, Severity.CRITICAL, SubjectType.PUPIL, pupil.pupilId(),
                            since, Owners.homeSchoolOf(pupil), evidence);
                });
    }

    /**
     * The first day anything is recorded of the pupil's week: a shortfall is not dated before what Waymark knows
     * (a pupil whose records start this September was not short of education for years before).
     */
    private static LocalDate recordedFrom(PupilFacts pupil, HomeSchoolWeek week, List<PlacementFacts> placements) {
        return java.util.stream.Stream.concat(week.pupilHours().stream().map(DatedHours::from),
                        placements.stream().map(PlacementFacts::start))
                .min(Comparator.naturalOrder()).orElse(pupil.csaStart());
    }

    private Optional<Flag> reducedTimetableExpired(PupilFacts pupil, HomeSchoolWeek week,
            List<PlacementFacts> placements, Collection<ReducedTimetable> reducedTimetables, LocalDate today) {
        Optional<ReducedTimetable> latest = reducedTimetables.stream().filter(r -> !r.start().isAfter(today))
                .max(Comparator.comparing(ReducedTimetable::start));
        if (latest.isEmpty() || !shortOn(today, pupil, week, placements, today)) {
            return Optional.empty();
        }
        ReducedTimetable r = latest.get();
        List<LocalDate> lapses = new ArrayList<>();
        List<String> evidence = new ArrayList<>();
        if (r.end() != null && today.isAfter(r.end())) {
            lapses.add(r.end().plusDays(1));
            evidence.add("Reduced timetable " + r.id() + " for pupil " + pupil.pupilId() + " ended on "
                    + Words.date(r.end()) + ".");
        }
        if (r.reviewOn() != null && today.isAfter(r.reviewOn())) {
            lapses.add(r.reviewOn().plusDays(1));
            evidence.add("Reduced timetable " + r.id() + " for pupil " + pupil.pupilId() + " was due for review on "
                    + Words.date(r.reviewOn()) + " and no later review date is recorded.");
        }
        if (lapses.isEmpty()) {
            return Optional.empty();
        }
        evidence.addAll(hoursEvidence(pupil, week, placements, today));
        return Optional.of(new Flag(FlagCode.REDUCED_TIMETABLE_EXPIRED, Severity.WARNING, SubjectType.PUPIL,
                pupil.pupilId(), lapses.stream().min(Comparator.naturalOrder()).orElseThrow(),
                Owners.homeSchoolOf(pupil), evidence));
    }

    private List<String> hoursEvidence(PupilFacts pupil, HomeSchoolWeek week, List<PlacementFacts> placements,
            LocalDate today) {
        List<String> evidence = new ArrayList<>();
        BigDecimal home = week.pupilHours().stream().filter(h -> h.covers(today)).map(DatedHours::weeklyHours)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        evidence.add((week.schoolId() == null ? "No home school" : "Home school " + week.schoolId()) + ": "
                + Words.hours(home) + " a week.");
        placements.stream().filter(p -> p.tookPlaceOn(today, today))
                .sorted(Comparator.comparing(PlacementFacts::start))
                .forEach(p -> evidence.add("Placement " + p.placementId() + " at provider " + p.providerId() + ": "
                        + Words.hours(p.weeklyHours()) + " a week."));
        BigDecimal total = totalHoursOn(today, week, placements, today);
        evidence.add("In total " + Words.hours(total) + " a week against the "
                + (week.schoolId() == null ? "expected" : "home school's normal") + " week of "
                + Words.hours(week.normalWeeklyHours()) + ": " + Words.hours(week.normalWeeklyHours().subtract(total))
                + " short (pupil " + pupil.pupilId() + " is of compulsory school age until "
                + Words.date(pupil.csaEnd()) + ").");
        return evidence;
    }

    private String reducedTimetableEvidence(Collection<ReducedTimetable> reducedTimetables, LocalDate today) {
        Optional<ReducedTimetable> latest = reducedTimetables.stream().filter(r -> !r.start().isAfter(today))
                .max(Comparator.comparing(ReducedTimetable::start));
        if (latest.isEmpty()) {
            return "No reduced timetable is recorded.";
        }
        ReducedTimetable r = latest.get();
        if (!r.missing().isEmpty()) {
            return "Reduced timetable " + r.id() + " does not count: it lacks " + String.join(", ", r.missing()) + ".";
        }
        return "Reduced timetable " + r.id() + " is out of date: end date " + Words.date(r.end()) + ", review date "
                + Words.date(r.reviewOn()) + ".";
    }
}
