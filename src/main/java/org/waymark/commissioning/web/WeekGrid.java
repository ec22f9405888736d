package org.waymark.commissioning.web;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import org.waymark.commissioning.Setting;
import org.waymark.commissioning.TimetableSlot;
import org.waymark.commissioning.Timetables;

/** A pupil's week as rows of weekdays, each with its sessions in time order, for a table. */
public record WeekGrid(List<Day> days) {

    public record Entry(String time, String where) {
    }

    public record Day(String name, List<Entry> entries) {
    }

    static WeekGrid of(List<TimetableSlot> sessions) {
        List<Day> days = new ArrayList<>();
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            List<Entry> entries = sessions.stream().filter(s -> s.day() == d)
                    .sorted(java.util.Comparator.comparing(TimetableSlot::start))
                    .map(s -> new Entry(s.start() + " to " + s.end(), where(s))).toList();
            days.add(new Day(Timetables.dayName(d), entries));
        }
        return new WeekGrid(days);
    }

    static String where(TimetableSlot s) {
        return s.setting() == Setting.PROVIDER ? "Provider" : s.setting() == Setting.HOME_SCHOOL ? "Home school"
                : s.settingName();
    }
}
