package org.waymark;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Fails when a module reaches into another's internals (sub-packages) or modules depend in a cycle. */
class ModuleBoundariesTest {

    @Test
    void modulesRespectTheirBoundaries() {
        ApplicationModules.of(WaymarkApplication.class).verify();
    }
}
