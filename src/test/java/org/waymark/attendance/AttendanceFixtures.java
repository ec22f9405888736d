package org.waymark.attendance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.organisation.ApiTokens;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.Role;
import org.waymark.organisation.Users;
import org.waymark.pupil.PupilApiTest;
import org.waymark.pupil.TestUpns;
import org.waymark.support.Api;

/**
 * What attendance tests change: pupils of the demo school and ACTIVE placements written straight into the
 * placements table (the lifecycle to reach ACTIVE is the placements module's, tested there), at the demo provider
 * or at a provider of the test's own.
 */
public final class AttendanceFixtures {

    public record TestProvider(UUID id, String token, String email) {
    }

    public record Placed(UUID placementId, UUID pupilId, UUID providerId, UUID localAuthorityId) {
    }

    private final Api api;
    private final JdbcClient db;

    public AttendanceFixtures(Api api, JdbcClient db) {
        this.api = api;
        this.db = db;
    }

    public UUID organisationOf(String token) {
        return UUID.fromString(api.get("/api/v1/me", token).json().get("organisation").get("id").asString());
    }

    public UUID userOf(String token) {
        return UUID.fromString(api.get("/api/v1/me", token).json().get("id").asString());
    }

    public UUID eastmoor() {
        return db.sql("select id from local_authority where code = '999'").query(UUID.class).single();
    }

    public static TestProvider provider(Organisations organisations, Users users, ApiTokens tokens) {
        UUID la = organisations.findLocalAuthorityByCode("999").orElseThrow().id();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID provider = organisations.createProviderOrganisation("Register Test Provider " + tag, "UNREGISTERED", la);
        String email = "staff-" + tag + "@register.example";
        var user = users.createWithPassword(la, email, "Staff " + tag, Role.PROVIDER_STAFF, provider,
                "Eastmoor-demo-2026");
        String token = "test-register-" + tag;
        tokens.createWithSecret(user.id(), "Test token", token);
        return new TestProvider(provider, token, email);
    }

    public UUID pupil(String firstName) {
        Map<String, Object> body = PupilApiTest.pupil(TestUpns.next(), "2012-03-14");
        body.put("firstName", firstName);
        var r = api.post("/api/v1/pupils", "demo-school-commissioner", body);
        if (r.status() != 201) {
            throw new IllegalStateException(r.body());
        }
        return UUID.fromString(r.json().get("id").asString());
    }

    /**
     * An ACTIVE placement commissioned by the demo school (its commissioner as key contact), with the given
     * weekly slots at the provider ({@code "MONDAY 09:00 15:00"}).
     */
    public Placed activePlacement(UUID pupilId, UUID providerId, LocalDate start, String... slots) {
        return activePlacement(false, pupilId, providerId, start, slots);
    }

    /** The same, commissioned by the LA (no school contact) when {@code byLa}. */
    public Placed activePlacement(boolean byLa, UUID pupilId, UUID providerId, LocalDate start, String... slots) {
        UUID id = UUID.randomUUID();
        UUID la = eastmoor();
        UUID school = byLa ? la : organisationOf("demo-school-commissioner");
        UUID contact = byLa ? null : userOf("demo-school-commissioner");
        db.sql("""
                insert into placement (id, pupil_id, provider_id, commissioner_type, commissioner_id, local_authority_id,
                    status, start_date, planned_end_date, tier, route, registration_arrangement, school_contact_user_id,
                    activated_on, due_diligence_complete, created_at)
                values (?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, 2, 'AT_RISK_OF_EXCLUSION', 'OFF_SITE_DIRECTION', ?, ?, true, ?)""")
                .params(id, pupilId, providerId, byLa ? "LOCAL_AUTHORITY" : "SCHOOL", school, la, start, start.plusMonths(4), contact, start,
                        OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        for (String slot : slots) {
            String[] s = slot.split(" ");
            db.sql("""
                    insert into placement_slot (id, placement_id, setting, day_of_week, start_time, end_time)
                    values (?, ?, 'PROVIDER', ?, ?, ?)""")
                    .params(UUID.randomUUID(), id, s[0], java.time.LocalTime.parse(s[1]), java.time.LocalTime.parse(s[2]))
                    .update();
        }
        return new Placed(id, pupilId, providerId, la);
    }

    public static Map<String, Object> mark(UUID placementId, String code) {
        return new java.util.HashMap<>(Map.of("placementId", placementId.toString(), "code", code));
    }

    public static Map<String, Object> register(UUID providerId, String date, String session, Object... marks) {
        return Map.of("providerId", providerId.toString(), "date", date, "session", session,
                "marks", java.util.List.of(marks));
    }
}
