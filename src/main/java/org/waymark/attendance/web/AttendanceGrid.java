package org.waymark.attendance.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import org.waymark.attendance.AttendanceRegisters;
import org.waymark.attendance.RecordedMark;
import org.waymark.attendance.SessionTimes;
import org.waymark.calendar.SchoolCalendar;
import org.waymark.commissioning.PlacementSummary;

/**
 * A placement's marks as a calendar-style grid: one row a week (newest first), a cell a school day holding the morning
 * and afternoon codes, each code's meaning in the cell for screen readers and in a key below the table, so nothing
 * rests on colour or on a hover title. Used on the placement's attendance page and on the pupil's page.
 */
@Component
class AttendanceGrid {

    /** One day: the morning and afternoon code ("" no session, "–" expected and not marked) and their meanings. */
    record DayCell(LocalDate date, String am, String pm, String amTitle, String pmTitle) {
    }

    record WeekRow(LocalDate monday, List<DayCell> days) {
    }

    /** A code that appears in the grid and what it means. */
    record KeyEntry(String code, String meaning) {
    }

    /** The weeks and the key of the codes they use. */
    record Grid(List<WeekRow> weeks, List<KeyEntry> key) {
    }

    private final SchoolCalendar calendar;

    AttendanceGrid(SchoolCalendar calendar) {
        this.calendar = calendar;
    }

    Grid of(PlacementSummary p, List<RecordedMark> marks, LocalDate to) {
        Map<String, RecordedMark> byKey = new HashMap<>();
        marks.forEach(m -> byKey.put(m.markDate() + m.sessionHalf(), m));
        Set<String> expected = new HashSet<>();
        var cal = calendar.forLocalAuthority(p.localAuthorityId());
        if (!to.isBefore(p.startDate())) {
            SessionTimes.between(AttendanceRegisters.providerSlots(p.timetable()), p.startDate(), to, cal::isSchoolDay)
                    .forEach(t -> expected.add(t.date() + t.session().name()));
        }
        Map<String, String> key = new TreeMap<>();
        List<WeekRow> weeks = new ArrayList<>();
        LocalDate monday = p.startDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (; !monday.isAfter(to); monday = monday.plusWeeks(1)) {
            List<DayCell> days = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                LocalDate d = monday.plusDays(i);
                String[] am = cell(byKey.get(d + "AM"), expected.contains(d + "AM"), key);
                String[] pm = cell(byKey.get(d + "PM"), expected.contains(d + "PM"), key);
                days.add(new DayCell(d, am[0], pm[0], am[1], pm[1]));
            }
            weeks.add(new WeekRow(monday, days));
        }
        Collections.reverse(weeks);
        return new Grid(weeks, key.entrySet().stream().map(e -> new KeyEntry(e.getKey(), e.getValue())).toList());
    }

    private static String[] cell(RecordedMark m, boolean expected, Map<String, String> key) {
        if (m != null) {
            key.put(m.effective().code(), m.effective().meaning());
            return new String[] {m.effective().code(), m.effective().meaning()
                    + (m.awaitingFollowUp() ? " (not yet followed up)" : "")};
        }
        if (expected) {
            key.put("–", "No mark recorded for a session the timetable expects");
            return new String[] {"–", "No mark recorded"};
        }
        return new String[] {"", "No session"};
    }
}
