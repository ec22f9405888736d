package org.waymark.shared;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class GuardConfiguration {
    @Bean
    static ProductionGuard productionGuard() {
        return new ProductionGuard();
    }
}
