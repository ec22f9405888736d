package org.waymark.compliance;

import java.util.Objects;
import java.util.UUID;

/** The commissioner of a placement: its type and the id of the school, LA service or family. */
public record Commissioner(CommissionerType type, UUID id) {

    public Commissioner {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    public static Commissioner school(UUID schoolId) {
        return new Commissioner(CommissionerType.SCHOOL, schoolId);
    }
}
