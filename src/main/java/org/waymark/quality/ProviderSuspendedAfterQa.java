package org.waymark.quality;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Published when the LA lead confirms a recommended suspension after an escalated action plan, in the same
 * transaction as the directory status change (ADR 0601).
 */
public record ProviderSuspendedAfterQa(UUID providerId, UUID visitId, UUID localAuthorityId, LocalDate effectiveOn) {
}
