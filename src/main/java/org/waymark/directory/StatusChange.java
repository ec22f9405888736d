package org.waymark.directory;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One entry in a provider's directory status history. {@code changedByName} is null for the system. */
public record StatusChange(UUID id, DirectoryStatus fromStatus, DirectoryStatus toStatus, LocalDate effectiveOn,
        String reason, UUID changedBy, String changedByName, OffsetDateTime changedAt) {
}
