package org.waymark.directory.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as GOV.UK writes them: 23 November 2026. */
public final class UkDates {
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private UkDates() {
    }

    public static String format(LocalDate d) {
        return d == null ? "" : LONG.format(d);
    }
}
