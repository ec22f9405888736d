package org.waymark.attendance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One placement's attendance in DfE terms (dfe-reference §1.2 statistics), as the API's {@code summary}
 * shows it. Rates are percentages rounded half-up to one decimal place, {@code null} when no session was
 * possible; persistent (≥ 10 %) and severe (≥ 50 %) absence compare the exact fraction, not the rounded
 * rate, as DfE does, so 9.95 % shows as {@code 10.0} but is not persistent absence.
 *
 * <p>Build it with {@link #of(Collection)} or {@link #ofCounts}; the constructor refuses figures that do not
 * add up, so a summary read back from anywhere is always consistent.
 */
public record AttendanceSummary(int possibleSessions, int present, int approvedEducationalActivity,
        int authorisedAbsence, int unauthorisedAbsence, int notPossible, BigDecimal attendanceRate,
        BigDecimal absenceRate, boolean persistentAbsence, boolean severeAbsence) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public AttendanceSummary {
        if (present < 0 || approvedEducationalActivity < 0 || authorisedAbsence < 0 || unauthorisedAbsence < 0
                || notPossible < 0) {
            throw new IllegalArgumentException("Session counts cannot be negative");
        }
        int attended = present + approvedEducationalActivity;
        int absent = authorisedAbsence + unauthorisedAbsence;
        if (possibleSessions != attended + absent
                || !Objects.equals(attendanceRate, percentage(attended, possibleSessions))
                || !Objects.equals(absenceRate, percentage(absent, possibleSessions))
                || persistentAbsence != atLeast(absent, possibleSessions, 10)
                || severeAbsence != atLeast(absent, possibleSessions, 50)) {
            throw new IllegalArgumentException("Attendance figures do not add up; use AttendanceSummary.ofCounts");
        }
    }

    /**
     * The summary of one placement's marks. Two marks for the same date and session are refused: the register
     * holds one mark a session (an amendment replaces the earlier mark), and counting both would skew the rate.
     */
    public static AttendanceSummary of(Collection<Mark> marks) {
        Set<String> seen = new HashSet<>();
        int[] count = new int[AttendanceCategory.values().length];
        for (Mark mark : marks) {
            if (!seen.add(mark.date() + " " + mark.session())) {
                throw new IllegalArgumentException("Two marks for " + mark.date() + " " + mark.session());
            }
            count[mark.code().category().ordinal()]++;
        }
        return ofCounts(count[AttendanceCategory.PRESENT.ordinal()],
                count[AttendanceCategory.APPROVED_EDUCATIONAL_ACTIVITY.ordinal()],
                count[AttendanceCategory.AUTHORISED_ABSENCE.ordinal()],
                count[AttendanceCategory.UNAUTHORISED_ABSENCE.ordinal()],
                count[AttendanceCategory.NOT_POSSIBLE.ordinal()]);
    }

    /** The summary of sessions already counted by category (e.g. by a {@code group by} in SQL). */
    public static AttendanceSummary ofCounts(int present, int approvedEducationalActivity, int authorisedAbsence,
            int unauthorisedAbsence, int notPossible) {
        int attended = present + approvedEducationalActivity;
        int absent = authorisedAbsence + unauthorisedAbsence;
        int possible = attended + absent;
        return new AttendanceSummary(possible, present, approvedEducationalActivity, authorisedAbsence,
                unauthorisedAbsence, notPossible, percentage(attended, possible), percentage(absent, possible),
                atLeast(absent, possible, 10), atLeast(absent, possible, 50));
    }

    /** Present plus approved educational activity: the sessions that count as attendance. */
    public int attended() {
        return present + approvedEducationalActivity;
    }

    /** Authorised plus unauthorised absence (DfE "overall absence"). */
    public int absent() {
        return authorisedAbsence + unauthorisedAbsence;
    }

    /** Whether attendance is strictly below {@code percent} % of possible sessions; false when none were possible. */
    public boolean attendanceBelow(int percent) {
        return possibleSessions > 0 && (long) attended() * 100 < (long) percent * possibleSessions;
    }

    static BigDecimal percentage(int part, int whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static boolean atLeast(int part, int whole, int percent) {
        return whole > 0 && (long) part * 100 >= (long) percent * whole;
    }
}
