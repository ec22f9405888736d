package org.waymark.quality;

import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.waymark.organisation.Role;
import org.waymark.organisation.Users;
import org.waymark.shared.MailMessage;
import org.waymark.shared.NoticeForUser;
import org.waymark.shared.WaymarkSettings;

/**
 * Tells people about QA events through the outbox: an e-mail and an in-app notice in the transaction of the
 * change. Never names a child; provider names and dates only.
 */
@Component
class QaNotifier {

    private final Users users;
    private final ApplicationEventPublisher events;
    private final WaymarkSettings settings;

    QaNotifier(Users users, ApplicationEventPublisher events, WaymarkSettings settings) {
        this.users = users;
        this.events = events;
        this.settings = settings;
    }

    void providerStaff(UUID providerId, String subject, String body, String link) {
        users.activeUsersOf(providerId, Role.PROVIDER_STAFF).forEach(u -> send(u.id(), u.email(), subject, body, link));
    }

    /** The LA AP lead and officers of one LA. */
    void laLeads(UUID localAuthorityId, String subject, String body, String link) {
        users.activeUsersOf(localAuthorityId, Role.LA_ADMIN, Role.LA_OFFICER)
                .forEach(u -> send(u.id(), u.email(), subject, body, link));
    }

    void user(UUID userId, String subject, String body, String link) {
        users.find(userId).filter(u -> u.active()).ifPresent(u -> send(u.id(), u.email(), subject, body, link));
    }

    void noticeOnly(UUID userId, String title, String body, String link) {
        events.publishEvent(new NoticeForUser(userId, title, body, link));
    }

    private void send(UUID userId, String email, String subject, String body, String link) {
        String base = settings.baseUrl() == null ? "" : settings.baseUrl();
        events.publishEvent(new MailMessage(email, subject, body + "\n\n" + base + link));
        events.publishEvent(new NoticeForUser(userId, subject, body, link));
    }
}
