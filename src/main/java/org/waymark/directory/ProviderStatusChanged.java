package org.waymark.directory;

import java.time.LocalDate;
import java.util.UUID;

/** Published in the transaction that changes a provider's directory status (compliance re-evaluates flags). */
public record ProviderStatusChanged(UUID providerId, DirectoryStatus from, DirectoryStatus to, LocalDate on) {
}
