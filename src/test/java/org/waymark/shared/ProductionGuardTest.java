package org.waymark.shared;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;

/** Production must refuse the embedded database and demo data, and say why. */
class ProductionGuardTest {

    private static void check(MockEnvironment env) {
        ProductionGuard guard = new ProductionGuard();
        guard.setEnvironment(env);
        guard.postProcessBeanFactory(new DefaultListableBeanFactory());
    }

    @Test
    void refusesH2InProduction() {
        MockEnvironment env = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:file:./data/waymark")
                .withProperty("waymark.demo", "false");
        env.setActiveProfiles("production");
        assertThatThrownBy(() -> check(env)).hasMessageContaining("embedded H2 database")
                .hasMessageContaining("WAYMARK_DB_URL");
    }

    @Test
    void refusesDemoDataInProduction() {
        MockEnvironment env = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/waymark")
                .withProperty("waymark.demo", "true");
        env.setActiveProfiles("production");
        assertThatThrownBy(() -> check(env)).hasMessageContaining("demo data");
    }

    @Test
    void startsInProductionOnPostgresWithoutDemo() {
        MockEnvironment env = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/waymark");
        env.setActiveProfiles("production");
        assertThatCode(() -> check(env)).doesNotThrowAnyException();
    }

    @Test
    void embeddedDatabaseMeansDemoByDefaultOutsideProduction() {
        MockEnvironment env = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:file:./data/waymark");
        assertThatCode(() -> check(env)).doesNotThrowAnyException();
        org.assertj.core.api.Assertions.assertThat(DemoMode.isOn(env)).isTrue();
        org.assertj.core.api.Assertions.assertThat(DemoMode.isOn(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/waymark"))).isFalse();
    }
}
