package org.waymark.support;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the test SMTP server before the application, so no test mail waits for a retry. */
public class StartTestMail implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestMail.server();
    }
}
