package org.waymark.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * An integration test against the whole service on a random port, with demo data, a real SMTP server
 * (GreenMail on a free port, see {@link TestMail}) and the database of application-test.yml: in-memory
 * H2, or PostgreSQL when WAYMARK_TEST_DB_URL is set. Every such test shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public @interface WaymarkTest {
}
