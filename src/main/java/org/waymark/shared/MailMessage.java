package org.waymark.shared;

/**
 * An e-mail to send, published as an application event inside the transaction that causes it;
 * the notification module puts it in its outbox in that same transaction, so nothing is lost.
 * Never put a child's name or date of birth in a subject line.
 */
public record MailMessage(String to, String subject, String body) {
}
