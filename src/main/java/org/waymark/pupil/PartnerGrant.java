package org.waymark.pupil;

import java.time.Instant;
import java.util.UUID;

/** A partner user's read access to a named pupil, granted by the LA with a reason. */
public record PartnerGrant(UUID id, UUID pupilId, UUID partnerUserId, String partnerName, String reason,
        Instant grantedAt) {
}
