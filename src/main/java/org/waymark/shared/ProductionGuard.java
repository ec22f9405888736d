package org.waymark.shared;

import java.util.Arrays;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Refuses to start the production profile on the embedded database or with demo data, before any
 * connection is opened: other products have run production on an embedded database unnoticed.
 */
public class ProductionGuard implements BeanFactoryPostProcessor, EnvironmentAware {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(org.springframework.beans.factory.config.ConfigurableListableBeanFactory f) {
        check(environment);
    }

    static void check(Environment env) {
        if (!Arrays.asList(env.getActiveProfiles()).contains("production")) {
            return;
        }
        String url = env.getProperty("spring.datasource.url", "");
        boolean allowEmbedded = env.getProperty("waymark.allow-embedded-in-production", Boolean.class, false);
        if (url.startsWith("jdbc:h2:") && !allowEmbedded) {
            throw new IllegalStateException("Waymark will not start in production on the embedded H2 database: "
                    + "set WAYMARK_DB_URL (and WAYMARK_DB_USER, WAYMARK_DB_PASSWORD) to the PostgreSQL database. "
                    + "To run production on H2 deliberately, set WAYMARK_ALLOW_EMBEDDED_IN_PRODUCTION=true.");
        }
        if (DemoMode.isOn(env)) {
            throw new IllegalStateException("Waymark will not start in production with demo data: "
                    + "demo accounts have published passwords. Unset WAYMARK_DEMO or set it to false.");
        }
    }
}
