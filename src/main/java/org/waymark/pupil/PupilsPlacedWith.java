package org.waymark.pupil;

import java.util.List;
import java.util.UUID;

/**
 * The pupils a provider has been offered or has (proposed, active or ended placements), answered by the module
 * that owns placements. The pupil module scopes provider staff with it without depending on that module.
 */
public interface PupilsPlacedWith {

    List<UUID> pupilsPlacedWith(UUID providerId);
}
