package org.waymark.directory;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** What other modules ask of the directory: a provider's status. */
@Service
public class ProviderDirectory {

    private final JdbcClient db;

    ProviderDirectory(JdbcClient db) {
        this.db = db;
    }

    /** The provider's directory status, or empty when there is no such provider. */
    public Optional<DirectoryStatus> status(UUID providerId) {
        return db.sql("select directory_status from provider where id = ?").param(providerId).query(String.class)
                .optional().map(DirectoryStatus::valueOf);
    }

    public boolean isApproved(UUID providerId) {
        return status(providerId).orElse(DirectoryStatus.NOT_LISTED) == DirectoryStatus.APPROVED;
    }
}
