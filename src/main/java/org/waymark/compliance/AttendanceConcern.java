package org.waymark.compliance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Attendance at an active placement over the last four weeks below 90% (a warning), severe below 50%
 * (critical). The attendance module computes the rolling four-week rate as of each school day; the flag runs
 * from the first day of the unbroken series of rates below 90% that ends with the latest rate.
 */
public final class AttendanceConcern {

    public static final BigDecimal CONCERN_BELOW = new BigDecimal("90");
    public static final BigDecimal SEVERE_BELOW = new BigDecimal("50");

    /** @param rates the placement's four-week rates as of each school day up to {@code today} (later ones ignored) */
    public Optional<Flag> evaluate(PlacementFacts p, Collection<AttendanceRate> rates, LocalDate today) {
        if (!p.activeOn(today)) {
            return Optional.empty();
        }
        List<AttendanceRate> known = rates.stream().filter(r -> !r.asOf().isAfter(today) && r.possibleSessions() > 0)
                .sorted(Comparator.comparing(AttendanceRate::asOf).reversed()).toList();
        if (known.isEmpty() || !below(known.get(0), CONCERN_BELOW)) {
            return Optional.empty();
        }
        AttendanceRate latest = known.get(0);
        LocalDate since = latest.asOf();
        for (AttendanceRate r : known) {
            if (!below(r, CONCERN_BELOW)) {
                break;
            }
            since = r.asOf();
        }
        boolean severe = below(latest, SEVERE_BELOW);
        return Optional.of(new Flag(FlagCode.ATTENDANCE_CONCERN, severe ? Severity.CRITICAL : Severity.WARNING,
                SubjectType.PLACEMENT, p.placementId(), since, Owners.commissionerOf(p), List.of(
                        "Attendance at placement " + p.placementId() + " over the four weeks to "
                                + Words.date(latest.asOf()) + " is " + Words.number(latest.percent()) + "% of "
                                + latest.possibleSessions() + " possible sessions, below "
                                + Words.number(severe ? SEVERE_BELOW : CONCERN_BELOW) + "%"
                                + (severe ? " (severe absence)." : "."),
                        "It has been below " + Words.number(CONCERN_BELOW) + "% since " + Words.date(since) + ".")));
    }

    private static boolean below(AttendanceRate r, BigDecimal threshold) {
        return r.percent().compareTo(threshold) < 0;
    }
}
