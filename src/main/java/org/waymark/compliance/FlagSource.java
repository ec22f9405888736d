package org.waymark.compliance;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Feeds the engine the flags that hold now for one local authority's records. Each source gathers the facts
 * its rules need from the owning modules' public services and runs the plain rules of this package.
 */
public interface FlagSource {

    /** The codes this source decides: an open flag of these codes that the source no longer raises closes. */
    java.util.Set<FlagCode> codes();

    List<RaisedFlag> raise(UUID localAuthorityId, LocalDateTime now);

    /** Whether this source reads attendance marks, so must run again when only marks changed. */
    default boolean readsAttendanceMarks() {
        return false;
    }
}
