package org.waymark.pupil;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A permanent exclusion or a suspension recorded by the pupil's school.
 *
 * @param sessions the sessions of a suspension (one school day is two sessions); null for a permanent exclusion
 * @param reasons  one to three DfE reason codes, in the order the school gave them
 */
public record Exclusion(UUID id, UUID pupilId, UUID localAuthorityId, UUID schoolId, ExclusionKind kind,
        LocalDate startDate, Integer sessions, List<ExclusionReason> reasons, String note, int version) {

    public String reasonLabels() {
        return String.join("; ", reasons.stream().map(r -> r.code() + " " + r.label()).toList());
    }
}
