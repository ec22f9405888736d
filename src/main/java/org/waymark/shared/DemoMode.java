package org.waymark.shared;

import org.springframework.core.env.Environment;

/** Demo data is on when WAYMARK_DEMO says so; left empty, it is on only with the embedded database. */
public final class DemoMode {
    private DemoMode() {
    }

    public static boolean isOn(Environment env) {
        String demo = env.getProperty("waymark.demo", "").trim();
        if (!demo.isEmpty()) {
            return Boolean.parseBoolean(demo);
        }
        return env.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:");
    }
}
