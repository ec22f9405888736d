package org.waymark.compliance.web;

import java.util.Locale;
import java.util.UUID;
import org.waymark.compliance.FlagCode;
import org.waymark.compliance.Flags;
import org.waymark.compliance.Severity;
import org.waymark.compliance.SubjectType;
import org.waymark.shared.BadQueryException;
import org.waymark.shared.Problems;

/** The filters of the flags list as typed in a URL, checked: an unknown code is a 400, not an empty list. */
final class FlagQuery {

    private FlagQuery() {
    }

    static Flags.Filter parse(String code, String subjectType, String subjectId, Boolean openOnly) {
        return parse(code, null, subjectType, subjectId, null, null, openOnly, null);
    }

    static Flags.Filter parse(String code, String severity, String subjectType, String subjectId, String school,
            String provider, Boolean openOnly, String sort) {
        Problems problems = new Problems();
        FlagCode c = null;
        SubjectType t = null;
        UUID id = null;
        if (code != null && !code.isBlank()) {
            try {
                c = FlagCode.valueOf(code.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add("code", "Choose a flag code from the list");
            }
        }
        Severity sev = null;
        if (severity != null && !severity.isBlank()) {
            try {
                sev = Severity.valueOf(severity.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add("severity", "Severity must be INFO, WARNING or CRITICAL");
            }
        }
        UUID schoolId = id(school, "school", "Choose a school from the list", problems);
        UUID providerId = id(provider, "provider", "Choose a provider from the list", problems);
        if (sort != null && !sort.isBlank() && !sort.equals("severity") && !sort.equals("longest-open")) {
            problems.add("sort", "Sort by severity or longest-open");
        }
        if (subjectType != null && !subjectType.isBlank()) {
            try {
                t = SubjectType.valueOf(subjectType.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add("subjectType", "Subject type must be PUPIL, PLACEMENT or PROVIDER");
            }
        }
        if (subjectId != null && !subjectId.isBlank()) {
            try {
                id = UUID.fromString(subjectId.trim());
            } catch (IllegalArgumentException e) {
                problems.add("subjectId", "Subject id must be a record's id");
            }
        }
        if (!problems.isEmpty()) {
            throw new BadQueryException(problems.list());
        }
        return new Flags.Filter(c, sev, t, id, schoolId, providerId, openOnly == null || openOnly,
                "longest-open".equals(sort));
    }

    private static UUID id(String value, String field, String message, Problems problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            problems.add(field, message);
            return null;
        }
    }
}
