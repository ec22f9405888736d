package org.waymark.commissioning;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.School;
import org.waymark.organisation.SignedInUser;
import org.waymark.pupil.Pupil;
import org.waymark.pupil.Pupils;

/** The pupil's whole week across settings (rule 5). */
@Service
public class Provision {

    public static final BigDecimal DEFAULT_NORMAL_WEEK = new BigDecimal("32.5");
    private static final LocalTime NINE = LocalTime.of(9, 0);
    private static final LocalTime THREE = LocalTime.of(15, 0);

    private final Pupils pupils;
    private final Placements placements;
    private final Organisations organisations;

    Provision(Pupils pupils, Placements placements, Organisations organisations) {
        this.pupils = pupils;
        this.placements = placements;
        this.organisations = organisations;
    }

    /** The week for a pupil the caller may see (the view is audited). */
    public PupilWeek week(SignedInUser user, UUID pupilId, LocalDate date) {
        Pupil pupil = pupils.pupil(user, pupilId);
        return week(pupil, placements.allForPupil(pupilId), date);
    }

    /** Unscoped, for a pupil already read. */
    public PupilWeek week(Pupil pupil, List<PlacementSummary> all, LocalDate date) {
        List<PlacementSummary> running = all.stream().filter(p -> p.runsOn(date))
                .sorted(Comparator.comparing(PlacementSummary::startDate).reversed()).toList();
        School school = pupil.homeSchoolId() == null ? null : organisations.findSchool(pupil.homeSchoolId()).orElse(null);
        BigDecimal expected = school == null ? DEFAULT_NORMAL_WEEK : school.normalWeeklyHours();
        List<PupilWeek.SettingHours> settings = new ArrayList<>();
        List<TimetableSlot> sessions = new ArrayList<>();
        boolean assumed = false;
        BigDecimal total = BigDecimal.ZERO;
        if (running.isEmpty()) {
            if (school != null) {
                assumed = true;
                settings.add(new PupilWeek.SettingHours(null, school.name(), Setting.HOME_SCHOOL, expected));
                total = expected;
            }
        } else {
            List<TimetableSlot> home = running.get(0).homeSchoolTimetable();
            if (school != null || !home.isEmpty()) {
                BigDecimal h = Timetables.weeklyHours(home);
                settings.add(new PupilWeek.SettingHours(null, school == null ? "Home school" : school.name(),
                        Setting.HOME_SCHOOL, h));
                sessions.addAll(home);
                total = total.add(h);
            }
            for (PlacementSummary p : running) {
                settings.add(new PupilWeek.SettingHours(p.id(), p.providerName(), Setting.PROVIDER, p.weeklyHours()));
                sessions.addAll(p.timetable());
                total = total.add(p.weeklyHours());
            }
            Map<String, List<TimetableSlot>> others = new LinkedHashMap<>();
            for (PlacementSummary p : running) {
                for (TimetableSlot s : p.otherTimetable()) {
                    List<TimetableSlot> list = others.computeIfAbsent(s.settingName(), k -> new ArrayList<>());
                    if (!list.contains(s)) {
                        list.add(s);
                    }
                }
            }
            for (var e : others.entrySet()) {
                BigDecimal h = Timetables.weeklyHours(e.getValue());
                settings.add(new PupilWeek.SettingHours(null, e.getKey(), Setting.OTHER, h));
                sessions.addAll(e.getValue());
                total = total.add(h);
            }
        }
        sessions.sort(Comparator.comparing(TimetableSlot::day).thenComparing(TimetableSlot::start));
        ReducedTimetableTerms reduced = running.stream().map(PlacementSummary::reducedTimetable)
                .filter(r -> r != null && r.endDate() != null && !date.isAfter(r.endDate())).findFirst().orElse(null);
        boolean csa = pupil.ofCompulsorySchoolAgeOn(date);
        boolean fullTime = !csa || total.compareTo(expected) >= 0;
        List<DayOfWeek> shortDays = new ArrayList<>();
        if (!assumed) {
            for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                    DayOfWeek.FRIDAY)) {
                if (!coversNineToThree(sessions.stream().filter(s -> s.day() == d).toList())) {
                    shortDays.add(d);
                }
            }
        }
        return new PupilWeek(pupil.id(), date, expected, total.stripTrailingZeros(), settings, fullTime, csa, assumed,
                reduced, sessions, shortDays);
    }

    /** Sessions that together run from 9:00 or earlier to 15:00 or later, allowing a lunch gap of up to an hour. */
    static boolean coversNineToThree(List<TimetableSlot> day) {
        if (day.isEmpty()) {
            return false;
        }
        List<TimetableSlot> sorted = day.stream().sorted(Comparator.comparing(TimetableSlot::start)).toList();
        if (sorted.get(0).start().isAfter(NINE)) {
            return false;
        }
        LocalTime reach = sorted.get(0).end();
        for (TimetableSlot s : sorted.subList(1, sorted.size())) {
            if (s.start().isAfter(reach.plusHours(1))) {
                break;
            }
            if (s.end().isAfter(reach)) {
                reach = s.end();
            }
        }
        return !reach.isBefore(THREE);
    }
}
