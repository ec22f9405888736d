package org.waymark.organisation;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.waymark.support.AccessMatrix;
import org.waymark.support.WaymarkTest;

/** Every foundation route × every demo account (each role; own and other organisation). */
@WaymarkTest
class FoundationAccessTest {

    static final Set<String> ALL = Set.copyOf(AccessMatrix.TOKENS);
    static final Set<String> LA = Set.of("demo-la-admin", "demo-la-officer", "demo-qa-professional", "demo-partner");
    static final Set<String> LA_WIDE = Set.of("demo-la-admin", "demo-la-officer");
    static final Set<String> ADMIN = Set.of("demo-la-admin");

    @LocalServerPort
    int port;

    @Autowired
    Organisations organisations;

    @Test
    void apiRoutes() {
        String school1 = organisations.findSchoolByUrn("1999001").orElseThrow().id().toString();
        String school2 = organisations.findSchoolByUrn("1999002").orElseThrow().id().toString();
        AccessMatrix.api(port)
                .get("/api/v1/me", ALL, Set.of())
                .get("/api/v1/local-authorities", ALL, Set.of())
                .get("/api/v1/schools", ALL, Set.of())
                .get("/api/v1/schools/" + school1, union(LA, Set.of("demo-school-commissioner")),
                        Set.of("demo-school-commissioner-2", "demo-provider-staff", "demo-provider-staff-2",
                                "demo-parent-commissioner"))
                .get("/api/v1/schools/" + school2, union(LA, Set.of("demo-school-commissioner-2")),
                        Set.of("demo-school-commissioner", "demo-provider-staff", "demo-provider-staff-2",
                                "demo-parent-commissioner"))
                // a body that fails validation: allowed roles get 422, the others 403 before any validation
                .route("POST", "/api/v1/schools", Map.of("urn", "x"), LA_WIDE, Set.of())
                .route("POST", "/api/v1/local-authorities", Map.of("code", "x"), ADMIN, Set.of())
                .verify();
    }

    @Test
    void pageRoutes() {
        AccessMatrix.pages(port)
                .get("/", ALL, Set.of())
                .get("/account", ALL, Set.of())
                .get("/notices", ALL, Set.of())
                .get("/users", ADMIN, Set.of())
                .get("/users/new", ADMIN, Set.of())
                .get("/users/" + java.util.UUID.randomUUID(), Set.of(), Set.of("demo-la-admin"))
                .get("/audit", ADMIN, Set.of())
                .get("/outbox", ADMIN, Set.of())
                .get("/calendar", LA, Set.of())
                .get("/organisations", LA_WIDE, Set.of())
                .route("POST", "/organisations/families", Map.of("familyName", ""), ADMIN, Set.of())
                .verify();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.Set<String> u = new java.util.HashSet<>(a);
        u.addAll(b);
        return u;
    }
}
