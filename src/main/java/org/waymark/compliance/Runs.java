package org.waymark.compliance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Predicate;

/** The first day of the unbroken run of days, ending on a given day, on which a condition holds. */
final class Runs {

    private Runs() {
    }

    /**
     * @param holds        the condition, piecewise constant between change points
     * @param changePoints every date on which the condition may differ from the day before (include a date that
     *                     bounds the run, such as the start of compulsory school age)
     * @return the first day of the run that contains {@code day}, or empty when the condition does not hold then
     */
    static Optional<LocalDate> firstDayOfRunEndingOn(LocalDate day, Predicate<LocalDate> holds,
            Collection<LocalDate> changePoints) {
        if (!holds.test(day)) {
            return Optional.empty();
        }
        var points = changePoints.stream().filter(d -> !d.isAfter(day)).distinct()
                .sorted(Comparator.reverseOrder()).toList();
        LocalDate current = day;
        for (LocalDate point : points) {
            LocalDate before = point.minusDays(1);
            if (!holds.test(before)) {
                return Optional.of(point);
            }
            current = before;
        }
        return Optional.of(current);
    }
}
