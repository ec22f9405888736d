package org.waymark.organisation;

import java.util.UUID;

/** An organisation named by type and id, as {@code /me} shows it. */
public record OrganisationRef(UUID id, OrganisationType type, String name) {
}
