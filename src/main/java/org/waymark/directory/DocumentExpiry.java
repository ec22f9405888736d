package org.waymark.directory;

import java.time.LocalDate;

/** Whether an insurance or policy is current, due for renewal (within 30 days of expiry) or expired; plain Java. */
public enum DocumentExpiry {
    CURRENT, EXPIRING_SOON, EXPIRED;

    public static final int WARNING_DAYS = 30;

    /** A document is expired from the day after its expiry date, and expiring soon from 30 days before it. */
    public static DocumentExpiry of(LocalDate expiresOn, LocalDate today) {
        if (today.isAfter(expiresOn)) {
            return EXPIRED;
        }
        return today.plusDays(WARNING_DAYS).isBefore(expiresOn) ? CURRENT : EXPIRING_SOON;
    }

    public String label() {
        return switch (this) {
            case CURRENT -> "Current";
            case EXPIRING_SOON -> "Expires soon";
            case EXPIRED -> "Expired";
        };
    }

    public String tagClass() {
        return switch (this) {
            case CURRENT -> "govuk-tag--green";
            case EXPIRING_SOON -> "govuk-tag--yellow";
            case EXPIRED -> "govuk-tag--red";
        };
    }
}
