package org.waymark.directory;

import org.waymark.directory.internal.UkDates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.organisation.UserAccount;
import org.waymark.organisation.Users;
import org.waymark.shared.ConflictException;
import org.waymark.shared.ForbiddenException;
import org.waymark.shared.MailMessage;
import org.waymark.shared.NotFoundException;
import org.waymark.shared.Problems;
import org.waymark.shared.Timestamps;
import org.waymark.shared.WaymarkSettings;

/** A provider's insurances and policies with their expiry dates, and the reminders before they expire. */
@Service
public class Documents {

    private static final Logger log = LoggerFactory.getLogger(Documents.class);

    public enum Kind {
        INSURANCE("Insurance"), POLICY("Policy");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record Document(UUID id, UUID providerId, String providerName, Kind kind, String name, String reference,
            LocalDate expiresOn, LocalDate reminderSentOn, int version) {
        public DocumentExpiry expiry(LocalDate today) {
            return DocumentExpiry.of(expiresOn, today);
        }
    }

    private static final String SELECT = """
            select d.id, d.provider_id, p.name as provider_name, d.kind, d.name, d.reference, d.expires_on,
                   d.reminder_sent_on, d.version
            from provider_document d join provider p on p.id = d.provider_id""";

    private final JdbcClient db;
    private final Clock clock;
    private final ProviderDirectory directory;
    private final Users users;
    private final ApplicationEventPublisher events;
    private final WaymarkSettings settings;

    Documents(JdbcClient db, Clock clock, ProviderDirectory directory, Users users, ApplicationEventPublisher events,
            WaymarkSettings settings) {
        this.db = db;
        this.clock = clock;
        this.directory = directory;
        this.users = users;
        this.events = events;
        this.settings = settings;
    }

    public List<Document> of(UUID providerId) {
        return db.sql(SELECT + " where d.provider_id = ? order by d.kind, d.name").param(providerId)
                .query(Document.class).list();
    }

    /** Documents of the caller's LA's providers (or the caller's own provider) expiring within 30 days or expired. */
    public List<Document> dueFor(SignedInUser user) {
        LocalDate horizon = LocalDate.now(clock).plusDays(DocumentExpiry.WARNING_DAYS);
        if (user.role() == Role.PROVIDER_STAFF) {
            return db.sql(SELECT + " where d.provider_id = ? and d.expires_on <= ? order by d.expires_on")
                    .params(user.organisationId(), horizon).query(Document.class).list();
        }
        if (!user.is(Role.LA_ADMIN, Role.LA_OFFICER)) {
            return List.of();
        }
        return db.sql(SELECT + """
                 join provider_local_authority pla on pla.provider_id = d.provider_id
                where pla.local_authority_id = ? and d.expires_on <= ?
                  and p.directory_status in ('APPROVED', 'SUSPENDED', 'UNDER_CHECK', 'APPLIED')
                order by d.expires_on""")
                .params(user.localAuthorityId(), horizon).query(Document.class).list();
    }

    @Transactional
    public UUID add(SignedInUser user, UUID providerId, String kind, String name, String reference,
            LocalDate expiresOn, Problems p) {
        requireEditor(user, providerId);
        Kind k = parseKind(kind, p);
        checkText(name, reference, expiresOn, p);
        p.throwIfAny();
        UUID id = UUID.randomUUID();
        db.sql("""
                insert into provider_document (id, provider_id, kind, name, reference, expires_on, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, providerId, k.name(), name.trim(), blank(reference), expiresOn, Timestamps.now(clock))
                .update();
        return id;
    }

    /** A renewed document: its new expiry date (and reference); a new reminder will be sent before it. */
    @Transactional
    public void renew(SignedInUser user, UUID providerId, UUID documentId, int version, String reference,
            LocalDate expiresOn, Problems p) {
        requireEditor(user, providerId);
        Document d = of(providerId).stream().filter(x -> x.id().equals(documentId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Document"));
        checkText(d.name(), reference, expiresOn, p);
        p.throwIfAny();
        int n = db.sql("""
                update provider_document set reference = ?, expires_on = ?, reminder_sent_on = null, version = version + 1
                where id = ? and provider_id = ? and version = ?""")
                .params(blank(reference), expiresOn, documentId, providerId, version).update();
        if (n == 0) {
            throw ConflictException.staleEdit("The document");
        }
    }

    /** Used by the demo and imports: a document with no checks of who asks. */
    @Transactional
    public UUID record(UUID providerId, Kind kind, String name, String reference, LocalDate expiresOn) {
        UUID id = UUID.randomUUID();
        db.sql("""
                insert into provider_document (id, provider_id, kind, name, reference, expires_on, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, providerId, kind.name(), name, reference, expiresOn, Timestamps.now(clock)).update();
        return id;
    }

    @Scheduled(cron = "${waymark.document-reminders-cron:0 15 7 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "directory-document-reminders", lockAtMostFor = "PT10M")
    void remindDaily() {
        int sent = sendReminders();
        if (sent > 0) {
            log.info("Sent {} expiring-document reminders", sent);
        }
    }

    /**
     * One reminder per document, 30 days (or less) before it expires, by e-mail through the outbox to the
     * provider's staff and the LA's AP team; returns how many documents were reminded of.
     */
    @Transactional
    public int sendReminders() {
        LocalDate today = LocalDate.now(clock);
        List<Document> due = db.sql(SELECT + """
                 where d.reminder_sent_on is null and d.expires_on <= ?
                   and p.directory_status in ('APPROVED', 'SUSPENDED', 'UNDER_CHECK', 'APPLIED')
                order by d.expires_on""")
                .param(today.plusDays(DocumentExpiry.WARNING_DAYS)).query(Document.class).list();
        for (Document d : due) {
            DocumentExpiry e = d.expiry(today);
            String when = e == DocumentExpiry.EXPIRED ? "expired on " + UkDates.format(d.expiresOn())
                    : "expires on " + UkDates.format(d.expiresOn());
            String subject = d.providerName() + ": " + d.kind().label().toLowerCase() + " "
                    + (e == DocumentExpiry.EXPIRED ? "expired" : "expiring soon");
            String body = d.providerName() + "'s " + d.name() + " " + when + ".\n\n"
                    + "Send the renewed document to the local authority and record its new expiry date on the "
                    + "provider's directory page:\n" + settings.baseUrl() + "/directory/providers/" + d.providerId()
                    + "\n\nAn expired insurance or policy shows on the provider's page to every commissioner.";
            for (UserAccount u : users.activeUsersOf(d.providerId(), Role.PROVIDER_STAFF)) {
                events.publishEvent(new MailMessage(u.email(), subject, body));
            }
            for (UUID la : directory.localAuthorityIds(d.providerId())) {
                for (UserAccount u : users.activeUsersOf(la, Role.LA_OFFICER)) {
                    events.publishEvent(new MailMessage(u.email(), subject, body));
                }
            }
            db.sql("update provider_document set reminder_sent_on = ? where id = ?").params(today, d.id()).update();
        }
        return due.size();
    }

    private void requireEditor(SignedInUser user, UUID providerId) {
        if (!directory.visibleTo(user, providerId)) {
            throw new NotFoundException("Provider");
        }
        boolean la = user.is(Role.LA_ADMIN, Role.LA_OFFICER);
        boolean own = user.role() == Role.PROVIDER_STAFF && user.belongsTo(providerId);
        if (!la && !own) {
            throw new ForbiddenException("Only the local authority's AP team and the provider's staff record documents");
        }
    }

    private static Kind parseKind(String kind, Problems p) {
        try {
            return Kind.valueOf(kind == null ? "" : kind);
        } catch (IllegalArgumentException e) {
            p.add("kind", "Choose insurance or policy");
            return null;
        }
    }

    private void checkText(String name, String reference, LocalDate expiresOn, Problems p) {
        if (name == null || name.isBlank()) {
            p.add("docName", "Enter the document's name, like Public liability insurance");
        } else if (name.length() > 200) {
            p.add("docName", "Name must be 200 characters or fewer");
        }
        if (reference != null && reference.length() > 200) {
            p.add("reference", "Reference must be 200 characters or fewer");
        }
        if (expiresOn != null && expiresOn.isBefore(LocalDate.now(clock).minusYears(1))) {
            p.add("expires-day", "The expiry date must be within the last year or in the future");
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
