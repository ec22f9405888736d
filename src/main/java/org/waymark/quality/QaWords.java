package org.waymark.quality;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as GOV.UK writes them: 23 November 2026. */
public final class QaWords {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private QaWords() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : date.format(DATE);
    }
}
