package org.waymark.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Instants as the database stores them (timestamp with time zone, written in UTC) on H2 and PostgreSQL alike. */
public final class Timestamps {
    private Timestamps() {
    }

    public static OffsetDateTime now(Clock clock) {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    public static OffsetDateTime of(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
