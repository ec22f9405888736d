package org.waymark.compliance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and hours written for evidence sentences (GOV.UK style: 20 October 2026, 32.5 hours). */
final class Words {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Words() {
    }

    static String date(LocalDate date) {
        return date == null ? "none" : DATE.format(date);
    }

    static String hours(BigDecimal hours) {
        String n = hours.stripTrailingZeros().toPlainString();
        return n + (hours.compareTo(BigDecimal.ONE) == 0 ? " hour" : " hours");
    }

    static String number(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    static String commissioner(Commissioner c) {
        return switch (c.type()) {
            case SCHOOL -> "school " + c.id();
            case LOCAL_AUTHORITY -> "LA service " + c.id();
            case PARENT -> "parent (personal budget) " + c.id();
        };
    }

    static String lowerWords(Enum<?> e) {
        return e.name().toLowerCase(Locale.UK).replace('_', ' ');
    }
}
