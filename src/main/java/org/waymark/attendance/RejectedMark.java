package org.waymark.attendance;

import java.util.UUID;

/** A mark the register refused, and why (the rest of the register is kept). */
public record RejectedMark(UUID placementId, String reason) {
}
