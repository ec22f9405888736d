package org.waymark.attendance;

import java.util.UUID;

/** One pupil expected on a register, with the mark already recorded for the session (or null). */
public record RegisterLine(UUID placementId, UUID pupilId, String pupilName, RecordedMark mark) {
}
