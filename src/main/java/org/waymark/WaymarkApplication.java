package org.waymark;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Waymark: commissioning, attendance, review and quality assurance of alternative provision. */
@SpringBootApplication
@EnableScheduling
public class WaymarkApplication {

    public static void main(String[] args) {
        SpringApplication.run(WaymarkApplication.class, args);
    }
}
