package org.waymark.compliance;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * What the rules need to know about a pupil, as the pupils module computes it (never a name).
 *
 * @param localAuthorityId the LA responsible for the pupil
 * @param homeSchoolId     the school the pupil is on roll at, or null (no school place, excluded)
 * @param csaStart         first day of compulsory school age (rule 1)
 * @param csaEnd           last day of compulsory school age: the school leaving date, inclusive (rule 1)
 */
public record PupilFacts(UUID pupilId, UUID localAuthorityId, UUID homeSchoolId, LocalDate csaStart,
        LocalDate csaEnd, boolean lookedAfter, boolean ehcp, boolean childProtectionPlan, boolean childInNeed) {

    public PupilFacts {
        Objects.requireNonNull(pupilId, "pupilId");
        Objects.requireNonNull(localAuthorityId, "localAuthorityId");
        Objects.requireNonNull(csaStart, "csaStart");
        Objects.requireNonNull(csaEnd, "csaEnd");
    }

    /** Whether the pupil is of compulsory school age on {@code date}. */
    public boolean compulsorySchoolAgeOn(LocalDate date) {
        return !date.isBefore(csaStart) && !date.isAfter(csaEnd);
    }

    /** Looked after or with an EHCP: one such full-time pupil is enough to require registration (rule 3). */
    public boolean lookedAfterOrEhcp() {
        return lookedAfter || ehcp;
    }

    /** Has a social worker (looked after, child protection plan or child in need). */
    public boolean hasSocialWorker() {
        return lookedAfter || childProtectionPlan || childInNeed;
    }
}
