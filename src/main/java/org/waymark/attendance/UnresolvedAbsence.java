package org.waymark.attendance;

/** An absence the school has not yet followed up, with the names a list shows. */
public record UnresolvedAbsence(RecordedMark mark, String pupilName, String providerName) {
}
