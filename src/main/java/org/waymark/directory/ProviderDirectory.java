package org.waymark.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.shared.NotFoundException;
import org.waymark.shared.Timestamps;

/** What other modules ask of the directory: a provider's status, and changes to it kept as history. */
@Service
public class ProviderDirectory {

    private final JdbcClient db;
    private final Clock clock;

    ProviderDirectory(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The provider's directory status, or empty when there is no such provider. */
    public Optional<DirectoryStatus> status(UUID providerId) {
        return db.sql("select directory_status from provider where id = ?").param(providerId).query(String.class)
                .optional().map(DirectoryStatus::valueOf);
    }

    public boolean isApproved(UUID providerId) {
        return status(providerId).orElse(DirectoryStatus.NOT_LISTED) == DirectoryStatus.APPROVED;
    }

    /** Every provider on the LA's directory (any status), with the date it took its current status. */
    public java.util.List<DirectoryListing> listedIn(UUID localAuthorityId) {
        return db.sql("""
                select p.id, p.registration, p.directory_status,
                       (select max(c.effective_on) from provider_status_change c
                         where c.provider_id = p.id and c.to_status = p.directory_status) as since
                from provider p join provider_local_authority pla on pla.provider_id = p.id
                where pla.local_authority_id = ? order by p.id""")
                .param(localAuthorityId)
                .query((rs, n) -> new DirectoryListing(rs.getObject("id", UUID.class), rs.getString("registration"),
                        DirectoryStatus.valueOf(rs.getString("directory_status")),
                        rs.getObject("since", LocalDate.class)))
                .list();
    }

    /** The date the provider took its current status, or empty when it never changed. */
    public Optional<LocalDate> statusSince(UUID providerId) {
        return db.sql("""
                select effective_on from provider_status_change where provider_id = ?
                order by effective_on desc, changed_at desc fetch first 1 rows only""")
                .param(providerId).query(LocalDate.class).optional();
    }

    /**
     * Moves a provider to {@code to} from {@code on}, keeping the change as history. Callers check who may do
     * this (the LA lead approves; quality recommends suspension); a change to the same status is ignored.
     */
    @Transactional
    public void changeStatus(UUID providerId, DirectoryStatus to, LocalDate on, String reason, UUID byUserId) {
        DirectoryStatus from = status(providerId).orElseThrow(() -> new NotFoundException("provider"));
        if (from == to) {
            return;
        }
        db.sql("update provider set directory_status = ?, version = version + 1 where id = ?")
                .params(to.name(), providerId).update();
        db.sql("""
                insert into provider_status_change
                    (id, provider_id, from_status, to_status, effective_on, reason, changed_by, changed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), providerId, from.name(), to.name(), on, reason, byUserId,
                        Timestamps.now(clock))
                .update();
    }
}
