package org.waymark.shared;

import java.util.UUID;

/**
 * Published (inside the transaction) when records that the compliance rules read change — a placement, a
 * register, a review, a provider's status, a concern — so that the LA's flags are re-evaluated once it commits.
 */
public record RecordsChanged(UUID localAuthorityId) {
}
