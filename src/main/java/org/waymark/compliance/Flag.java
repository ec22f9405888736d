package org.waymark.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A rule that holds: its code, severity, the record it is about, since when (the first day on which the
 * condition held, computed from the data), who must act, and the evidence as plain English sentences that
 * name ids, dates and hours, never a child's name. The shape of the {@code /flags} items of api.md.
 */
public record Flag(FlagCode code, Severity severity, SubjectType subjectType, UUID subjectId, LocalDate since,
        Owner owner, List<String> evidence) {

    public Flag {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(owner, "owner");
        evidence = List.copyOf(evidence);
    }
}
