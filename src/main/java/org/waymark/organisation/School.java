package org.waymark.organisation;

import java.math.BigDecimal;
import java.util.UUID;

/** A home school: where a pupil is on roll. */
public record School(UUID id, String urn, String name, UUID localAuthorityId, String phase,
        BigDecimal normalWeeklyHours, Integer numberOnRoll, int version) {
}
