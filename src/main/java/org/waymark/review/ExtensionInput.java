package org.waymark.review;

import java.time.LocalDate;

/** An extension agreed at a review: the placement's new planned end and why. */
public record ExtensionInput(LocalDate newEndDate, String reason) {
}
