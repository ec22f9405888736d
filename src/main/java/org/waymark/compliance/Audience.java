package org.waymark.compliance;

import java.util.Objects;
import java.util.UUID;

/**
 * Who may see a flag: always its LA, and the school, provider and family the record belongs to (each null when
 * none). Stored with the flag so that every read is scoped in SQL.
 */
public record Audience(UUID localAuthorityId, UUID schoolId, UUID providerId, UUID familyId, UUID pupilId) {
    public Audience {
        Objects.requireNonNull(localAuthorityId, "localAuthorityId");
    }

    public static Audience provider(UUID localAuthorityId, UUID providerId) {
        return new Audience(localAuthorityId, null, providerId, null, null);
    }
}
