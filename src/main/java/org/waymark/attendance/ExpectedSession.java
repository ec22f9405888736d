package org.waymark.attendance;

import java.time.LocalDate;

/** A session for which the provider must record a mark: a date and morning or afternoon. */
public record ExpectedSession(LocalDate date, Session session) {
}
