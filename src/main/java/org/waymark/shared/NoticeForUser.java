package org.waymark.shared;

import java.util.UUID;

/** An in-app notice for one user, published as an event like {@link MailMessage}. */
public record NoticeForUser(UUID userId, String title, String body, String link) {
}
