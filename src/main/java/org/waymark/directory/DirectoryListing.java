package org.waymark.directory;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A provider on an LA's directory as other modules read it.
 *
 * @param registration the provider's registration (organisation module's words, e.g. UNREGISTERED)
 * @param statusSince  the date it took its current status, or null when it never changed
 */
public record DirectoryListing(UUID providerId, String registration, DirectoryStatus status, LocalDate statusSince) {
}
