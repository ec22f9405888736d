package org.waymark.compliance;

import java.util.Objects;

/** A flag a rule raised today, with who may see it. */
public record RaisedFlag(Flag flag, Audience audience) {
    public RaisedFlag {
        Objects.requireNonNull(flag, "flag");
        Objects.requireNonNull(audience, "audience");
    }
}
