package org.waymark.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.support.Api;
import org.waymark.support.WaymarkTest;

/**
 * Every impact, benchmark and sufficiency figure against a fixture built by hand in a fresh LA (so the demo and
 * other tests do not move the counts). Today is 2026-11-23; the default range is 2024-09-01 to today. The
 * expected figures are worked out in the comments.
 */
@WaymarkTest
class ImpactTest {

    @LocalServerPort
    int port;

    @Autowired
    Impact impact;

    @Autowired
    Benchmarks benchmarks;

    @Autowired
    Sufficiency sufficiency;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient db;

    private UUID la;
    private UUID schoolA;
    private UUID schoolB;
    private UUID schoolC;
    private UUID p1;
    private UUID p2;
    private UUID p3;

    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    private final Period period = Period.standard(TODAY);

    private SignedInUser officer() {
        return new SignedInUser(UUID.randomUUID(), "officer@impactshire.example", "Impact Officer", Role.LA_OFFICER,
                org.waymark.organisation.OrganisationType.LOCAL_AUTHORITY, la, la, java.time.Instant.now());
    }

    private SignedInUser school(UUID id) {
        return new SignedInUser(UUID.randomUUID(), "school@impactshire.example", "School User",
                Role.SCHOOL_COMMISSIONER, org.waymark.organisation.OrganisationType.SCHOOL, id, la,
                java.time.Instant.now());
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private synchronized void fixture() {
        var existing = organisations.findLocalAuthorityByCode("994");
        if (existing.isPresent()) {
            la = existing.get().id();
            schoolA = id("select id from school where urn = '9940001'");
            schoolB = id("select id from school where urn = '9940002'");
            schoolC = id("select id from school where urn = '9940003'");
            p1 = id("select id from provider where name = 'Impactshire Provider One'");
            p2 = id("select id from provider where name = 'Impactshire Provider Two'");
            p3 = id("select id from provider where name = 'Impactshire Provider Three'");
            return;
        }
        la = organisations.createLocalAuthority("994", "Impactshire Council").id();
        schoolA = organisations.createSchool("9940001", "Impactshire School A", la, "SECONDARY", null, 1000).id();
        schoolB = organisations.createSchool("9940002", "Impactshire School B", la, "SECONDARY", null, 500).id();
        schoolC = organisations.createSchool("9940003", "Impactshire School C", la, "SECONDARY", null, null).id();
        p1 = provider("Impactshire Provider One", "APPROVED", 10, "North", 1, 2);
        p2 = provider("Impactshire Provider Two", "APPROVED", null, "South", 2);
        p3 = provider("Impactshire Provider Three", "SUSPENDED", 5, "North", 1);
        status(p1, "UNDER_CHECK", "APPROVED", "2024-10-01");
        status(p2, "UNDER_CHECK", "APPROVED", "2025-10-01");
        status(p3, "UNDER_CHECK", "APPROVED", "2024-11-01");
        status(p3, "APPROVED", "SUSPENDED", "2026-10-01");

        UUID x1 = pupil(schoolA, "X1");
        UUID x2 = pupil(schoolA, "X2");
        UUID x3 = pupil(schoolA, "X3");
        UUID x4 = pupil(schoolB, "X4");
        UUID x5 = pupil(schoolB, "X5");
        UUID x6 = pupil(schoolC, "X6");
        UUID x7 = pupil(schoolA, "X7");

        UUID pl1 = placement(x1, p1, "SCHOOL", schoolA, "ENDED", "2024-11-04", "2025-03-28", "2025-02-14", 2);
        UUID pl2 = placement(x2, p1, "SCHOOL", schoolA, "ENDED", "2025-01-13", "2025-07-18", "2025-06-20", 3);
        UUID pl3 = placement(x3, p2, "SCHOOL", schoolA, "ENDED", "2025-10-06", "2026-04-01", "2026-03-27", 2);
        UUID pl4 = placement(x4, p2, "SCHOOL", schoolB, "ACTIVE", "2026-09-14", "2026-10-23", null, 1);
        UUID pl5 = placement(x5, p3, "LOCAL_AUTHORITY", la, "ENDED", "2025-11-10", "2026-02-13", "2026-01-30", 3);
        UUID pl6 = placement(x6, p1, "SCHOOL", schoolC, "ACTIVE", "2026-10-05", "2027-03-26", null, 3);
        placement(x4, p1, "SCHOOL", schoolB, "PROPOSED", "2026-12-07", "2027-02-12", null, 2);

        ending(pl1, x1, p1, "2025-02-14", "REINTEGRATED_TO_MAINSTREAM");
        ending(pl2, x2, p1, "2025-06-20", "MOVED_TO_SPECIALIST_SETTING");
        ending(pl3, x3, p2, "2026-03-27", "REINTEGRATED_TO_MAINSTREAM");
        ending(pl5, x5, p3, "2026-01-30", "REINTEGRATED_TO_MAINSTREAM");

        exclusion(x1, schoolA, "SUSPENSION", "2024-10-07", 4);
        exclusion(x2, schoolA, "SUSPENSION", "2024-12-02", 6);
        exclusion(x1, schoolA, "SUSPENSION", "2025-03-03", 2);
        exclusion(x7, schoolA, "SUSPENSION", "2025-05-12", 2);
        exclusion(x3, schoolA, "PERMANENT", "2025-09-22", null);
        exclusion(x4, schoolB, "SUSPENSION", "2026-06-15", 2);
        exclusion(x6, schoolC, "SUSPENSION", "2026-09-21", 4);
        exclusion(x7, schoolA, "PERMANENT", "2026-10-12", null);
        exclusion(x6, schoolC, "SUSPENSION", "2026-11-02", 2);

        baseline(pl1, 100, 80);
        baseline(pl3, 50, 35);
        baseline(pl6, 60, 45);
        marks(pl1, x1, p1, "2024-11-05", "/", "/", "/", "/", "/", "/", "/", "/", "/", "O");
        marks(pl3, x3, p2, "2025-10-07", "/", "/", "/", "I");
        marks(pl6, x6, p1, "2026-10-06", "/", "/", "O", "O");

        visit(p1, "2025-01-20", "EFFECTIVE", true);
        visit(p3, "2025-06-10", "REQUIRES_IMPROVEMENT", true);
        visit(p2, "2025-11-15", "EFFECTIVE", true);
        visit(p3, "2026-09-30", "SIGNIFICANT_CONCERNS", true);
        visit(p1, "2026-10-20", "EFFECTIVE", false);

        decision(pl1, "2024-10-21");
        decision(pl3, "2025-09-22");
        decision(pl5, "2025-10-20");
        decision(pl6, "2026-09-07");
        decision(pl4, "2026-09-01");
    }

    private UUID id(String sql) {
        return db.sql(sql).query(UUID.class).single();
    }

    private UUID provider(String name, String status, Integer capacity, String area, int... lots) {
        UUID id = organisations.createProviderOrganisation(name, "REGISTERED_INDEPENDENT_SCHOOL", la);
        db.sql("update provider set directory_status = ? where id = ?").params(status, id).update();
        db.sql("insert into provider_offer (provider_id, capacity, area) values (?, ?, ?)").params(id, capacity, area)
                .update();
        for (int n : lots) {
            db.sql("insert into provider_lot (provider_id, lot_id) select ?, id from framework_lot "
                    + "where local_authority_id = ? and number = ?").params(id, la, n).update();
        }
        return id;
    }

    private void status(UUID provider, String from, String to, String on) {
        db.sql("insert into provider_status_change (id, provider_id, from_status, to_status, effective_on, changed_at) "
                + "values (?, ?, ?, ?, ?, ?)").params(UUID.randomUUID(), provider, from, to, LocalDate.parse(on), now())
                .update();
    }

    private UUID pupil(UUID school, String name) {
        UUID id = UUID.randomUUID();
        db.sql("insert into pupil (id, upn, first_name, last_name, date_of_birth, home_school_id, local_authority_id, "
                + "sen_status, created_at) values (?, ?, 'Fixture', ?, ?, ?, ?, 'NONE', ?)")
                .params(id, "T" + id.toString().replace("-", "").substring(0, 12).toUpperCase(), name,
                        LocalDate.parse("2011-05-01"), school, la, now()).update();
        return id;
    }

    private UUID placement(UUID pupil, UUID provider, String commissioner, UUID commissionerId, String status,
            String start, String plannedEnd, String endedOn, int tier) {
        UUID id = UUID.randomUUID();
        db.sql("""
                insert into placement (id, pupil_id, provider_id, commissioner_type, commissioner_id, local_authority_id,
                    status, start_date, planned_end_date, ended_on, tier, route, registration_arrangement, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'AT_RISK_OF_EXCLUSION', 'OFF_SITE_DIRECTION', ?)""")
                .params(id, pupil, provider, commissioner, commissionerId, la, status, LocalDate.parse(start),
                        LocalDate.parse(plannedEnd), endedOn == null ? null : LocalDate.parse(endedOn), tier, now())
                .update();
        return id;
    }

    private void ending(UUID placement, UUID pupil, UUID provider, String on, String outcome) {
        db.sql("insert into placement_ending (placement_id, local_authority_id, pupil_id, provider_id, ended_on, outcome, "
                + "year11_leaver) values (?, ?, ?, ?, ?, ?, false)").params(placement, la, pupil, provider,
                        LocalDate.parse(on), outcome).update();
    }

    private void exclusion(UUID pupil, UUID school, String kind, String on, Integer sessions) {
        db.sql("insert into exclusion (id, pupil_id, local_authority_id, school_id, kind, start_date, sessions, reasons, "
                + "recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, 'PD', ?, ?)").params(UUID.randomUUID(), pupil,
                        la, school, kind, LocalDate.parse(on), sessions, UUID.randomUUID(), now()).update();
    }

    private void baseline(UUID placement, int possible, int attended) {
        db.sql("insert into attendance_baseline (placement_id, possible_sessions, attended_sessions, recorded_at) "
                + "values (?, ?, ?, ?)").params(placement, possible, attended, now()).update();
    }

    /** One mark a session from {@code from}: AM, PM, next day AM … */
    private void marks(UUID placement, UUID pupil, UUID provider, String from, String... codes) {
        LocalDate day = LocalDate.parse(from);
        for (int i = 0; i < codes.length; i++) {
            db.sql("insert into attendance_mark (id, placement_id, pupil_id, provider_id, local_authority_id, mark_date, "
                    + "session_half, code, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID(), placement, pupil, provider, la, day.plusDays(i / 2),
                            i % 2 == 0 ? "AM" : "PM", codes[i], now()).update();
        }
    }

    private void visit(UUID provider, String on, String outcome, boolean signedOff) {
        LocalDate d = LocalDate.parse(on);
        db.sql("insert into qa_visit (id, local_authority_id, provider_id, visit_type, status, planned_on, visited_on, "
                + "overall_outcome, signed_off_at, created_by, created_at) values (?, ?, ?, 'ANNUAL', ?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), la, provider, signedOff ? "SIGNED_OFF" : "RECORDED", d, d, outcome,
                        signedOff ? now() : null, UUID.randomUUID(), now()).update();
    }

    private void decision(UUID placement, String on) {
        db.sql("insert into commissioning_decision (placement_id, decided_on, updated_at) values (?, ?, ?)")
                .params(placement, LocalDate.parse(on), now()).update();
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void impactMeasuresMatchTheHandWorkedFixture() {
        fixture();
        Impact.Measures m = impact.measures(officer(), period);
        // exclusions by the academic year they started
        assertThat(m.exclusionsByYear()).containsExactly(
                new Impact.ExclusionFigures("2024/25", "2024", 0, 4, 14, 3),
                new Impact.ExclusionFigures("2025/26", "2025", 1, 1, 2, 1),
                new Impact.ExclusionFigures("2026/27", "2026", 1, 2, 6, 1));
        assertThat(m.exclusionsByTerm()).extracting(Impact.ExclusionFigures::key,
                Impact.ExclusionFigures::permanent, Impact.ExclusionFigures::suspensions)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2024-1", 0L, 2L),
                        org.assertj.core.groups.Tuple.tuple("2024-2", 0L, 1L),
                        org.assertj.core.groups.Tuple.tuple("2024-3", 0L, 1L),
                        org.assertj.core.groups.Tuple.tuple("2025-1", 1L, 0L),
                        org.assertj.core.groups.Tuple.tuple("2025-3", 0L, 1L),
                        org.assertj.core.groups.Tuple.tuple("2026-1", 1L, 2L));
        assertThat(m.exclusionsByTerm().get(0).period()).isEqualTo("Autumn 2024/25");
        // six pupils began a first placement; five exclusions in the year before it, two since
        assertThat(m.placedPupils()).isEqualTo(new Impact.BeforeAndAfter(6, 5, 2));
        // baselines 80/100, 70/50*…: 2024/25 PL1 80.0 → 90.0; 2025/26 PL3 70.0 → 75.0; 2026/27 PL6 75.0 → 50.0
        assertThat(m.attendance()).containsExactly(
                new Impact.AttendanceFigures("2024/25", "2024", 1, d("80.0"), d("90.0"), 1),
                new Impact.AttendanceFigures("2025/26", "2025", 1, d("70.0"), d("75.0"), 1),
                new Impact.AttendanceFigures("2026/27", "2026", 1, d("75.0"), d("50.0"), 0));
        // P1 and P3 approved by 31 Aug 2025; P2 joins 2025/26; P3 suspended in October 2026
        assertThat(m.framework()).containsExactly(
                new Impact.FrameworkFigures("2024/25", LocalDate.parse("2025-08-31"), 2, 2),
                new Impact.FrameworkFigures("2025/26", LocalDate.parse("2026-08-31"), 3, 1),
                new Impact.FrameworkFigures("2026/27", TODAY, 2, 0));
        assertThat(m.oversight()).containsExactly(
                new Impact.OversightFigures("2024/25", "2024", 3, 1, d("33.3"), 2),
                new Impact.OversightFigures("2025/26", "2025", 3, 1, d("33.3"), 1),
                new Impact.OversightFigures("2026/27", "2026", 3, 2, d("66.7"), 2));
        assertThat(m.reintegration()).containsExactly(
                new Impact.ReintegrationFigures("2024/25", "2024", 2, 1, d("50.0"), null),
                new Impact.ReintegrationFigures("2025/26", "2025", 2, 2, d("100.0"), d("100")),
                new Impact.ReintegrationFigures("2026/27", "2026", 0, 0, null, null));
        assertThat(m.qa()).containsExactly(new Impact.QaFigures("2024/25", "2024", 2, 1, 1, 0),
                new Impact.QaFigures("2025/26", "2025", 1, 1, 0, 0),
                new Impact.QaFigures("2026/27", "2026", 1, 0, 0, 1));

        // the lists behind the figures hold exactly the records counted
        assertThat(impact.list(officer(), "exclusions", "2024", "SUSPENSION", period).rows()).hasSize(4);
        assertThat(impact.list(officer(), "exclusions", "2026-1", "PERMANENT", period).rows()).hasSize(1);
        assertThat(impact.list(officer(), "placed-pupils", null, null, period).rows()).hasSize(6);
        assertThat(impact.list(officer(), "framework", "2026-08-31", null, period).rows()).hasSize(3);
        assertThat(impact.list(officer(), "schools-seen", "2026", null, period).rows())
                .extracting(FigureList.Row::name).containsExactly("Impactshire School B", "Impactshire School C");
        assertThat(impact.list(officer(), "endings", "2025", "REINTEGRATED_TO_MAINSTREAM", period).rows()).hasSize(2);
        assertThat(impact.list(officer(), "qa", "2024", null, period).rows()).hasSize(2);
        assertThat(impact.list(officer(), "attendance", "2026", null, period).rows().get(0).cells())
                .containsExactly("Impactshire Provider One", "2026-10-05", "75.0%", "50.0%");
    }

    @Test
    void benchmarksMatchTheFixtureAndASchoolSeesOnlyItsOwnRowBesideSuppressedAggregates() {
        fixture();
        var all = benchmarks.schools(officer(), period);
        // A: PL1 t2, PL2 t3, PL3 t2 (all > 12 weeks) = 3 per 1,000 on 1,000; B: PL4 t1 (40 days), PL5 t3 (82 days)
        // = 4.0 per 1,000 on 500; C: PL6 t3, roll not known
        assertThat(all.schools()).containsExactly(
                new Benchmarks.SchoolUse(schoolB, "Impactshire School B", 500, 2, List.of(1L, 0L, 1L),
                        List.of(1L, 1L, 0L), d("4.0")),
                new Benchmarks.SchoolUse(schoolA, "Impactshire School A", 1000, 3, List.of(0L, 2L, 1L),
                        List.of(0L, 0L, 3L), d("3.0")),
                new Benchmarks.SchoolUse(schoolC, "Impactshire School C", null, 1, List.of(0L, 0L, 1L),
                        List.of(0L, 0L, 1L), null));
        // 5 placements over 1,500 on roll = 3.3; median of 3.0 and 4.0 = 3.5
        assertThat(all.localAuthority()).isEqualTo(new Benchmarks.Aggregate("6", List.of("1", "2", "3"),
                List.of("1", "1", "4"), "3.3", "3.5", ""));

        var own = benchmarks.schools(school(schoolA), period);
        assertThat(own.schools()).extracting(Benchmarks.SchoolUse::schoolId).containsExactly(schoolA);
        // every LA count is 1–4 or differs from A's by 1–4: nothing about B and C can be worked out
        assertThat(own.localAuthority()).isEqualTo(new Benchmarks.Aggregate(Suppression.SUPPRESSED,
                List.of("fewer than 5", "fewer than 5", "fewer than 5"),
                List.of("fewer than 5", "fewer than 5", "fewer than 5"), Suppression.SUPPRESSED,
                Suppression.SUPPRESSED, "Below the middle school in the local authority"));

        assertThat(benchmarks.providers(officer(), period)).containsExactlyInAnyOrder(
                new Benchmarks.ProviderComparison(p1, "Impactshire Provider One", 3, d("78.6"), 2, 1, d("50.0"),
                        "Effective", 0, null),
                new Benchmarks.ProviderComparison(p2, "Impactshire Provider Two", 2, d("75.0"), 1, 1, d("100.0"),
                        "Effective", 0, null),
                new Benchmarks.ProviderComparison(p3, "Impactshire Provider Three", 1, null, 1, 1, d("100.0"),
                        "Significant concerns", 0, null));
        assertThat(benchmarks.trends(officer(), period).byYear()).containsExactly(
                new Benchmarks.Trend("2024/25", "2024", 2, List.of(0L, 1L, 1L)),
                new Benchmarks.Trend("2025/26", "2025", 2, List.of(0L, 1L, 1L)),
                new Benchmarks.Trend("2026/27", "2026", 2, List.of(1L, 0L, 1L)));
    }

    @Test
    void sufficiencyMatchesTheFixture() {
        fixture();
        var report = sufficiency.report(officer(), period);
        // lot 1: P1 only (P3 is suspended): 10 places, PL6 in use, PL7 requested;
        // lot 2: P1 and P2 (no capacity declared): PL6 and PL4 in use
        assertThat(report.byLot()).filteredOn(p -> p.key().equals("1")).singleElement().satisfies(p -> {
            assertThat(p.providers()).isEqualTo(1);
            assertThat(p.places()).isEqualTo(10);
            assertThat(p.inUse()).isEqualTo(1);
            assertThat(p.requests()).isEqualTo(1);
        });
        assertThat(report.byLot()).filteredOn(p -> p.key().equals("2")).singleElement()
                .satisfies(p -> assertThat(List.of(p.providers(), p.places(), p.providersWithoutCapacity(), p.inUse(),
                        p.requests())).containsExactly(2L, 10L, 1L, 2L, 1L));
        assertThat(report.byArea()).containsExactly(new Sufficiency.Places("North", "North", 1, 10, 0, 1, 1),
                new Sufficiency.Places("South", "South", 1, 0, 1, 1, 0));
        assertThat(report.waiting()).containsExactly(new Sufficiency.Waiting("2024/25", "2024", 1, 14L, d("14.0")),
                new Sufficiency.Waiting("2025/26", "2025", 2, 18L, d("17.5")),
                new Sufficiency.Waiting("2026/27", "2026", 2, 21L, d("20.5")));
        // windows ending today: 1, 3 and 2 placements started; the line through them gives 3
        assertThat(report.forecast().windows()).extracting(Sufficiency.Window::started).containsExactly(1L, 3L, 2L);
        assertThat(report.forecast().nextYear()).isEqualTo(3L);
    }

    @Test
    void theOverviewsRemainingFiguresMatchTheFixture() {
        fixture();
        // P1 and P2 last judged effective, P3 significant concerns (its visit of 2026-10-20 is not signed off)
        assertThat(impact.providersByQaOutcome(officer())).containsExactly(java.util.Map.entry("EFFECTIVE", 2L),
                java.util.Map.entry("REQUIRES_IMPROVEMENT", 0L), java.util.Map.entry("SIGNIFICANT_CONCERNS", 1L),
                java.util.Map.entry("NONE", 0L));
        assertThat(impact.list(officer(), "qa-status", null, "SIGNIFICANT_CONCERNS", period).rows())
                .extracting(FigureList.Row::name).containsExactly("Impactshire Provider Three");
        // this half-term (after the October break) has no marks yet; last half-term PL6's 2 of 4 sessions
        var h = impact.attendanceByHalfTerm(officer());
        assertThat(h.thisHalfTerm()).isNull();
        assertThat(h.thisFrom()).isAfter(LocalDate.parse("2026-10-09"));
        assertThat(h.lastHalfTerm()).isEqualByComparingTo("50.0");
        assertThat(h.lastFrom().getMonthValue()).isEqualTo(9);
    }

    @Test
    void onlyTheLasOfficersSeeImpactAndSufficiencyAndSchoolsSeeBenchmarking() {
        java.util.Set<String> la = java.util.Set.of("demo-la-admin", "demo-la-officer");
        java.util.Set<String> laAndSchools = java.util.Set.of("demo-la-admin", "demo-la-officer",
                "demo-school-commissioner", "demo-school-commissioner-2");
        org.waymark.support.AccessMatrix.pages(port)
                .get("/oversight/impact", la, java.util.Set.of())
                .get("/oversight/impact/list?measure=exclusions", la, java.util.Set.of())
                .get("/oversight/sufficiency", la, java.util.Set.of())
                .get("/oversight/benchmark", laAndSchools, java.util.Set.of())
                .verify();
        org.waymark.support.AccessMatrix.api(port)
                .get("/api/v1/oversight/impact/list?measure=placed-pupils", la, java.util.Set.of())
                .get("/api/v1/oversight/benchmark/trends", la, java.util.Set.of())
                .get("/api/v1/oversight/benchmark/schools", laAndSchools, java.util.Set.of())
                .verify();
    }

    @Test
    void theApiAnswersBadRangesWithA400AndKeepsEachRoleToItsOwn() {
        Api api = new Api(port);
        Api.Response bad = api.get("/api/v1/oversight/impact?from=2026-13-01", "demo-la-officer");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).contains("application/problem+json");
        assertThat(bad.body()).contains("must be a real date written as YYYY-MM-DD");
        assertThat(api.get("/api/v1/oversight/sufficiency?from=2026-11-01&to=2026-10-01", "demo-la-officer").body())
                .contains("must be on or before its end");
        assertThat(api.get("/api/v1/oversight/benchmark/schools?from=2010-09-01", "demo-la-officer").status())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/oversight/impact/list?measure=nonsense", "demo-la-officer").status())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/oversight/impact", "demo-la-officer").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/oversight/impact", "demo-school-commissioner").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/oversight/benchmark/providers", "demo-school-commissioner").status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/oversight/sufficiency", "demo-provider-staff").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/oversight/benchmark/schools", "demo-provider-staff").status()).isEqualTo(403);
        // a school sees its own row only
        var mine = api.get("/api/v1/oversight/benchmark/schools", "demo-school-commissioner").json();
        String myId = api.get("/api/v1/me", "demo-school-commissioner").json().get("organisation").get("id")
                .asString();
        assertThat(mine.get("schools").size()).isEqualTo(1);
        assertThat(mine.get("schools").get(0).get("schoolId").asString()).isEqualTo(myId);
        assertThat(api.get("/api/v1/oversight/benchmark/schools", "demo-la-officer").json().get("schools").size())
                .isGreaterThan(1);
    }
}
