package org.waymark.calendar;

import java.time.LocalDate;
import java.util.UUID;

/** A weekday inside a term on which schools are closed: half term, bank holiday, training day. */
public record ClosureDay(UUID id, LocalDate closedOn, String reason) {
}
