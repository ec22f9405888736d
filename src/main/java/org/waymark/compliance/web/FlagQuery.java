package org.waymark.compliance.web;

import java.util.Locale;
import java.util.UUID;
import org.waymark.compliance.FlagCode;
import org.waymark.compliance.Flags;
import org.waymark.compliance.SubjectType;
import org.waymark.shared.Problems;

/** The filters of the flags list as typed in a URL, checked: an unknown code is a 422, not an empty list. */
final class FlagQuery {

    private FlagQuery() {
    }

    static Flags.Filter parse(String code, String subjectType, String subjectId, Boolean openOnly) {
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
        problems.throwIfAny();
        return new Flags.Filter(c, t, id, openOnly == null || openOnly);
    }
}
