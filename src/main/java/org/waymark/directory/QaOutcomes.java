package org.waymark.directory;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The latest signed-off QA outcome of providers, answered by the quality module (which depends on the
 * directory, so the directory asks through this interface). When no bean implements it the directory page
 * says no QA outcome is recorded.
 */
public interface QaOutcomes {

    Optional<QaSummary> latest(UUID providerId);

    /** The latest outcome of each provider that has one. */
    Map<UUID, QaSummary> latest(Collection<UUID> providerIds);
}
