package org.waymark.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A stored flag as users see it (api.md {@code /flags} items plus its id, audience, closing date
 * and whether anyone has acknowledged it). */
public record FlagRecord(UUID id, FlagCode code, Severity severity, SubjectType subjectType, UUID subjectId,
        LocalDate since, Owner owner, List<String> evidence, LocalDate closedOn, UUID schoolId, UUID providerId,
        UUID pupilId, boolean acknowledged) {

    public boolean open() {
        return closedOn == null;
    }
}
