package org.waymark.attendance;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code waymark.attendance.*} settings (README, "Attendance").
 *
 * @param registerDeadlineMinutes minutes after a session starts by which its register must be in, else the
 *                                provider and the school are told it is missing (default 60)
 * @param pastDays                how many days back provider staff may take or amend a register (default 7);
 *                                beyond that only an LA officer or admin, with a reason
 * @param lateAlertMinutes        a late mark ({@code L}) of at least this many minutes alerts the school like an
 *                                absence (default 30)
 */
@ConfigurationProperties("waymark.attendance")
public record AttendanceSettings(Integer registerDeadlineMinutes, Integer pastDays, Integer lateAlertMinutes) {

    public int deadlineMinutes() {
        return registerDeadlineMinutes == null ? 60 : registerDeadlineMinutes;
    }

    public int pastDaysWindow() {
        return pastDays == null ? 7 : pastDays;
    }

    public int lateAlertAfter() {
        return lateAlertMinutes == null ? 30 : lateAlertMinutes;
    }
}
