package org.waymark.directory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Places a provider has in use on a date (proposed or active placements), answered by the module that owns
 * placements. The directory depends on this interface, not on that module, so that placements can read the
 * directory without a cycle. When no bean implements it the directory shows capacity without places in use.
 */
public interface PlacesInUse {

    /** Places in use at each provider on {@code on}; providers with none may be absent from the map. */
    Map<UUID, Integer> placesInUse(Collection<UUID> providerIds, LocalDate on);
}
