package org.waymark.organisation;

import java.util.UUID;

/** A user as an administrator sees them (no password hash). */
public record UserAccount(UUID id, String email, String name, Role role, OrganisationType organisationType,
        UUID organisationId, UUID localAuthorityId, boolean active, int version) {
}
