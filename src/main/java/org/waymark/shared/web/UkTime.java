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

    public String dateTime(OffsetDateTime instant) {
        return instant == null ? "" : instant.atZoneSameInstant(ClockConfiguration.UK).format(DATE_TIME);
    }
}
