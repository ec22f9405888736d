package org.waymark.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;

/**
 * The access test harness: a route is tried by every demo account (every role, and the second school
 * and provider accounts for "other organisation"), and each answer must be the expected one: allowed
 * (2xx/3xx), 403 for a role that may not act, 404 for a record outside the caller's scope. Modules add
 * their routes in their own tests: {@code AccessMatrix.api(port).route(...).expect(...).verify()}.
 */
public final class AccessMatrix {

    /** Every demo account's API token; the "-2" ones belong to another school and another provider. */
    public static final List<String> TOKENS = List.of("demo-la-admin", "demo-la-officer", "demo-qa-professional",
            "demo-school-commissioner", "demo-school-commissioner-2", "demo-provider-staff", "demo-provider-staff-2",
            "demo-parent-commissioner", "demo-partner");

    public static final Map<String, String> EMAILS = Map.of(
            "demo-la-admin", "la-admin@eastmoor.example", "demo-la-officer", "la-officer@eastmoor.example",
            "demo-qa-professional", "qa-professional@eastmoor.example",
            "demo-school-commissioner", "school-commissioner@eastmoor.example",
            "demo-school-commissioner-2", "school-commissioner-2@eastmoor.example",
            "demo-provider-staff", "provider-staff@eastmoor.example",
            "demo-provider-staff-2", "provider-staff-2@eastmoor.example",
            "demo-parent-commissioner", "parent-commissioner@eastmoor.example",
            "demo-partner", "partner@eastmoor.example");

    public enum Outcome { ALLOWED, FORBIDDEN, NOT_FOUND }

    private record Row(String method, String path, Object body, Map<String, Outcome> expected) {
    }

    private final int port;
    private final boolean pages;
    private final List<Row> rows = new ArrayList<>();

    private AccessMatrix(int port, boolean pages) {
        this.port = port;
        this.pages = pages;
    }

    /** Routes under /api/v1, called with each account's bearer token. */
    public static AccessMatrix api(int port) {
        return new AccessMatrix(port, false);
    }

    /** Page routes, visited by each account signed in with a session. */
    public static AccessMatrix pages(int port) {
        return new AccessMatrix(port, true);
    }

    /**
     * A route: every token in {@code allowed} may use it, those in {@code notFound} get 404 (out of
     * scope), every other account gets 403.
     */
    public AccessMatrix route(String method, String path, Object body, Set<String> allowed, Set<String> notFound) {
        Map<String, Outcome> expected = new java.util.LinkedHashMap<>();
        for (String t : TOKENS) {
            expected.put(t, allowed.contains(t) ? Outcome.ALLOWED : notFound.contains(t) ? Outcome.NOT_FOUND
                    : Outcome.FORBIDDEN);
        }
        rows.add(new Row(method, path, body, expected));
        return this;
    }

    public AccessMatrix get(String path, Set<String> allowed, Set<String> notFound) {
        return route("GET", path, null, allowed, notFound);
    }

    public void verify() {
        SoftAssertions soft = new SoftAssertions();
        Map<String, WebSession> sessions = new java.util.HashMap<>();
        Api api = new Api(port);
        for (Row row : rows) {
            for (var e : row.expected().entrySet()) {
                int status;
                if (pages) {
                    WebSession s = sessions.computeIfAbsent(e.getKey(), t -> WebSession.signedIn(port, EMAILS.get(t)));
                    status = row.method().equals("GET") ? s.get(row.path()).status()
                            : s.post(row.path(), row.body() == null ? Map.of() : castForm(row.body())).status();
                } else {
                    status = switch (row.method()) {
                        case "GET" -> api.get(row.path(), e.getKey()).status();
                        case "POST" -> api.post(row.path(), e.getKey(), row.body() == null ? "{}" : row.body()).status();
                        case "PUT" -> api.put(row.path(), e.getKey(), row.body() == null ? "{}" : row.body()).status();
                        case "PATCH" -> api.patch(row.path(), e.getKey(), row.body() == null ? "{}" : row.body()).status();
                        default -> throw new IllegalArgumentException(row.method());
                    };
                }
                Outcome actual = status == 404 ? Outcome.NOT_FOUND : status == 403 ? Outcome.FORBIDDEN
                        : status < 400 || status == 409 || status == 422 || status == 400 ? Outcome.ALLOWED : null;
                soft.assertThat(actual).as(row.method() + " " + row.path() + " as " + e.getKey() + " (status " + status + ")")
                        .isEqualTo(e.getValue());
            }
        }
        soft.assertAll();
        assertThat(rows).isNotEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> castForm(Object body) {
        return (Map<String, String>) body;
    }
}
