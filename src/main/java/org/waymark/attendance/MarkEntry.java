package org.waymark.attendance;

import java.util.UUID;

/** One pupil's mark as a provider submits it: the placement, the code as written, minutes late and a note. */
public record MarkEntry(UUID placementId, String code, Integer minutesLate, String note) {
}
