package org.waymark.commissioning;

import java.util.Optional;
import java.util.UUID;
import org.waymark.organisation.SignedInUser;

/**
 * A part of the pupil's page that another module draws (attendance draws its grid), so the pupil's page shows it
 * without depending on that module. The part is read in the viewer's scope; empty when there is nothing to show.
 */
public interface PupilPageSection {

    /** Where to draw: the fragment {@code fragment} of template {@code template}, given {@code data} as "section". */
    record Part(int order, String template, String fragment, Object data) {
    }

    Optional<Part> partFor(SignedInUser user, UUID pupilId);
}
