package org.waymark.directory;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.waymark.support.AccessMatrix;
import org.waymark.support.Api;
import org.waymark.support.WaymarkTest;

/** Every directory route × every demo account: a provider edits only its own entry; only LA roles decide. */
@WaymarkTest
class DirectoryAccessTest {

    static final Set<String> ALL = Set.copyOf(AccessMatrix.TOKENS);
    static final Set<String> LA = Set.of("demo-la-admin", "demo-la-officer", "demo-qa-professional", "demo-partner");
    static final Set<String> LA_WIDE = Set.of("demo-la-admin", "demo-la-officer");
    static final Set<String> ADMIN = Set.of("demo-la-admin");

    @LocalServerPort
    int port;

    String org(String token) {
        return new Api(port).get("/api/v1/me", token).json().get("organisation").get("id").asString();
    }

    static Set<String> except(Set<String> all, String... out) {
        Set<String> s = new HashSet<>(all);
        s.removeAll(Set.of(out));
        return s;
    }

    static Set<String> plus(Set<String> a, String... more) {
        Set<String> s = new HashSet<>(a);
        s.addAll(Set.of(more));
        return s;
    }

    @Test
    void apiRoutes() {
        String moorside = org("demo-provider-staff");
        String elc = org("demo-provider-staff-2");
        AccessMatrix.api(port)
                .get("/api/v1/providers", ALL, Set.of())
                .get("/api/v1/providers/" + moorside, except(ALL, "demo-provider-staff-2"), Set.of("demo-provider-staff-2"))
                .get("/api/v1/providers/" + elc, except(ALL, "demo-provider-staff"), Set.of("demo-provider-staff"))
                .route("POST", "/api/v1/providers", Map.of("name", ""), LA_WIDE, Set.of())
                .route("PATCH", "/api/v1/providers/" + moorside, Map.of("capacity", "many"),
                        plus(LA_WIDE, "demo-provider-staff"), Set.of("demo-provider-staff-2"))
                .verify();
    }

    @Test
    void pageRoutes() {
        String moorside = org("demo-provider-staff");
        AccessMatrix.pages(port)
                .get("/directory", ALL, Set.of())
                .get("/directory/providers/" + moorside, except(ALL, "demo-provider-staff-2"), Set.of("demo-provider-staff-2"))
                .get("/directory/providers/" + moorside + "/edit", plus(LA_WIDE, "demo-provider-staff"),
                        Set.of("demo-provider-staff-2"))
                .get("/directory/providers/" + moorside + "/apply", plus(LA_WIDE, "demo-provider-staff"),
                        Set.of("demo-provider-staff-2"))
                .get("/directory/providers/new", LA_WIDE, Set.of())
                .get("/directory/applications", LA_WIDE, Set.of())
                .get("/directory/desk-top-reviews", plus(LA_WIDE, "demo-school-commissioner", "demo-school-commissioner-2",
                        "demo-parent-commissioner"), Set.of())
                .get("/directory/desk-top-reviews/new", plus(LA_WIDE, "demo-school-commissioner",
                        "demo-school-commissioner-2", "demo-parent-commissioner"), Set.of())
                .get("/directory/lots", LA, Set.of())
                .get("/directory/editions", ALL, Set.of())
                .get("/directory/imports", ADMIN, Set.of())
                .get("/directory/documents", plus(LA_WIDE, "demo-provider-staff", "demo-provider-staff-2"), Set.of())
                .route("POST", "/directory/lots", Map.of("number", "", "name", ""), LA_WIDE, Set.of())
                .route("POST", "/directory/editions", Map.of("academicYear", "1999/00"), ADMIN, Set.of())
                .route("POST", "/directory/providers/" + moorside + "/status", Map.of("to", ""), LA_WIDE,
                        Set.of())
                .verify();
    }
}
