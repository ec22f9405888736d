package org.waymark.shared.web;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.waymark.shared.ClockConfiguration;

/** Instants shown as UK local time on pages: {@code ${@ukTime.dateTime(x)}}. */
@Component("ukTime")
public class UkTime {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** A date as GOV.UK writes it: 1 December 2026. */
    public String date(java.time.LocalDate date) {
        return date == null ? "" : date.format(DATE);
    }

    public String dateTime(OffsetDateTime instant) {
        return instant == null ? "" : instant.atZoneSameInstant(ClockConfiguration.UK).format(DATE_TIME);
    }
}
