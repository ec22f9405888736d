package org.waymark.shared;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The waymark.* settings (README, "Configuration"). */
@ConfigurationProperties("waymark")
public record WaymarkSettings(
        String dataDir,
        String clock,
        String demo,
        String baseUrl,
        String mailFrom,
        boolean allowEmbeddedInProduction) {

    public Path dataPath() {
        return Path.of(dataDir == null || dataDir.isBlank() ? "./data" : dataDir);
    }
}
