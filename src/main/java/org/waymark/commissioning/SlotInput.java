package org.waymark.commissioning;

/** A timetable session as typed (day MONDAY…FRIDAY, times HH:MM); checked by {@link Timetables#parse}. */
public record SlotInput(String day, String start, String end, String settingName) {

    public SlotInput(String day, String start, String end) {
        this(day, start, end, null);
    }

    public boolean isBlank() {
        return blank(day) && blank(start) && blank(end) && blank(settingName);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
