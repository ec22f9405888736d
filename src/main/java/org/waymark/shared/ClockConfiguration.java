package org.waymark.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock every rule reads. WAYMARK_CLOCK sets the instant at which the service's clock starts
 * (for demos and acceptance tests); it then runs on in real time, so sign-in locks, session timeouts and
 * outbox retries still expire. Otherwise it is the system clock. English schools keep UK time.
 */
@Configuration
@EnableConfigurationProperties(WaymarkSettings.class)
public class ClockConfiguration {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    @Bean
    Clock clock(WaymarkSettings settings) {
        String fixed = settings.clock();
        if (fixed == null || fixed.isBlank()) {
            return Clock.system(UK);
        }
        try {
            Instant start = Instant.parse(fixed.trim());
            return Clock.offset(Clock.system(UK), Duration.between(Instant.now(), start));
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("WAYMARK_CLOCK must be an ISO-8601 instant such as "
                    + "2026-11-23T09:30:00Z, not '" + fixed + "'", e);
        }
    }
}
