package org.waymark.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.waymark.attendance.ExpectedSession;
import org.waymark.attendance.ExpectedSessions;
import org.waymark.attendance.Session;
import org.waymark.attendance.WeeklySlot;
import org.waymark.calendar.LaCalendar;
import org.waymark.calendar.Term;
import org.waymark.pupil.CompulsorySchoolAge;
import org.waymark.pupil.Upn;

/**
 * The generator at {@code la} scale, into a database of its own (a fresh in-memory H2 one, or a fresh PostgreSQL
 * database beside the one WAYMARK_TEST_DB_URL names), so the shared demo data of the other tests is untouched.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyntheticDataTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final List<String> POSTGRESQL_DATABASES = new ArrayList<>();

    private DataSource dataSource;
    private JdbcClient db;
    private SyntheticData.Generated generated;

    @BeforeAll
    void generate() throws Exception {
        dataSource = freshDatabase("scale_la");
        generated = SyntheticData.generate(dataSource, Generation.of(Scale.LA, 1, 42, TODAY));
        db = JdbcClient.create(dataSource);
    }

    @AfterAll
    void dropPostgreSqlDatabases() throws Exception {
        String testUrl = System.getenv("WAYMARK_TEST_DB_URL");
        if (POSTGRESQL_DATABASES.isEmpty()) {
            return;
        }
        try (Connection c = DriverManager.getConnection(testUrl, System.getenv().getOrDefault("WAYMARK_TEST_DB_USER",
                "postgres"), System.getenv().getOrDefault("WAYMARK_TEST_DB_PASSWORD", "")); Statement s = c.createStatement()) {
            for (String name : POSTGRESQL_DATABASES) {
                s.execute("drop database if exists " + name);
            }
        }
    }

    @Test
    void writesTheCountsOfTheScale() {
        assertThat(count("select count(*) from local_authority")).isEqualTo(1);
        assertThat(count("select count(*) from school")).isEqualTo(Scale.LA.schools());
        assertThat(count("select count(*) from provider")).isEqualTo(Scale.LA.providers());
        assertThat(count("select count(*) from placement")).isEqualTo(Scale.LA.placementsPerYear());
        assertThat(count("select count(*) from pupil")).isEqualTo(generated.pupils());
        assertThat(count("select count(*) from attendance_mark")).isEqualTo(generated.marks()).isGreaterThan(10_000);
        assertThat(count("select count(*) from review")).isEqualTo(generated.reviews()).isPositive();
        assertThat(count("select count(*) from qa_visit")).isEqualTo(generated.qaVisits()).isPositive();
        // every user can sign in with the one password; LA officers exist for the benchmarks
        assertThat(count("select count(*) from app_user where email = 'la-officer@la201.scale.example'")).isEqualTo(1);
        assertThat(count("select count(*) from api_token")).isEqualTo(generated.users());
    }

    @Test
    void everyPlacedPupilIsOfCompulsorySchoolAgeOnItsDatesAndHasAValidUpn() {
        record Row(String upn, LocalDate dateOfBirth, LocalDate startDate, LocalDate plannedEndDate, LocalDate endedOn) {
        }
        List<Row> rows = db.sql("""
                select p.upn, p.date_of_birth, pl.start_date, pl.planned_end_date, pl.ended_on
                from placement pl join pupil p on p.id = pl.pupil_id""").query(Row.class).list();
        assertThat(rows).hasSize(Scale.LA.placementsPerYear());
        for (Row r : rows) {
            CompulsorySchoolAge age = CompulsorySchoolAge.forBirthDate(r.dateOfBirth());
            assertThat(age.covers(r.startDate())).as("school age at the start").isTrue();
            assertThat(age.covers(r.plannedEndDate())).as("school age at the planned end").isTrue();
            if (r.endedOn() != null) {
                assertThat(age.covers(r.endedOn())).isTrue();
            }
            assertThat(Upn.problem(r.upn())).as(r.upn()).isEmpty();
        }
    }

    @Test
    void marksOnlyOnExpectedSessionsBeforeToday() {
        List<Term> terms = db.sql("""
                select t.id, y.label as academic_year, t.number, t.name, t.start_date, t.end_date, t.version
                from term t join academic_year y on y.id = t.academic_year_id""").query(Term.class).list();
        Set<LocalDate> closures = new HashSet<>(db.sql("select closed_on from closure_day").query(LocalDate.class).list());
        LaCalendar calendar = new LaCalendar(terms, closures);
        Map<UUID, List<WeeklySlot>> slots = new HashMap<>();
        db.sql("select placement_id, day_of_week, start_time, end_time from placement_slot where setting = 'PROVIDER'")
                .query((rs, n) -> slots.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(new WeeklySlot(DayOfWeek.valueOf(rs.getString(2)), rs.getObject(3, LocalTime.class),
                                rs.getObject(4, LocalTime.class))))
                .list();
        record Span(UUID id, LocalDate startDate, LocalDate plannedEndDate, LocalDate endedOn) {
        }
        Map<UUID, Set<ExpectedSession>> expected = new HashMap<>();
        for (Span p : db.sql("select id, start_date, planned_end_date, ended_on from placement").query(Span.class).list()) {
            LocalDate last = p.endedOn() != null ? p.endedOn() : p.plannedEndDate();
            expected.put(p.id(), new HashSet<>(ExpectedSessions.between(slots.getOrDefault(p.id(), List.of()),
                    p.startDate(), last, calendar::isSchoolDay)));
        }
        AtomicInteger checked = new AtomicInteger();
        db.sql("select placement_id, mark_date, session_half from attendance_mark").query(rs -> {
            UUID placement = rs.getObject(1, UUID.class);
            LocalDate date = rs.getObject(2, LocalDate.class);
            ExpectedSession session = new ExpectedSession(date, Session.valueOf(rs.getString(3)));
            assertThat(expected.get(placement)).as("mark %s on %s", placement, session).contains(session);
            assertThat(date).isBefore(TODAY);
            checked.incrementAndGet();
        });
        assertThat(checked.get()).isEqualTo(generated.marks());
    }

    @Test
    void someActivePupilsArePersistentlyAndSomeSeverelyAbsent() {
        List<Double> absence = db.sql("""
                select 1.0 * sum(case when code in ('/', '\\', 'L') then 0 else 1 end) / count(*)
                from attendance_mark group by placement_id having count(*) >= 20""").query(Double.class).list();
        long persistent = absence.stream().filter(a -> a >= 0.1 && a < 0.5).count();
        long severe = absence.stream().filter(a -> a >= 0.5).count();
        assertThat(persistent).isGreaterThan(absence.size() / 5);
        assertThat(severe).isGreaterThan(absence.size() / 20);
        assertThat(absence.size() - persistent - severe).isGreaterThan(absence.size() / 3);
    }

    @Test
    void refusesADatabaseThatAlreadyHoldsDataBeforeWritingAnything() {
        long before = count("select count(*) from placement");
        assertThatThrownBy(() -> SyntheticData.generate(dataSource, Generation.of(Scale.LA, 1, 7, TODAY)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already holds data");
        assertThat(count("select count(*) from placement")).isEqualTo(before);
    }

    @Test
    void theSameSeedWritesTheSameRows() throws Exception {
        Generation small = new Generation(Scale.LA, 1, 12, 4, 60, 1, 99, TODAY);
        String first = fingerprint(generateInto(small));
        String second = fingerprint(generateInto(small));
        String other = fingerprint(generateInto(new Generation(Scale.LA, 1, 12, 4, 60, 1, 100, TODAY)));
        assertThat(second).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            --scale county                      | Unknown scale "county": choose one of la, region, national
            --scale la --seed -1                | --seed must be 0 or more, not -1
            --scale la --placements -5          | --placements must be 0 or more, not -5
            --scale la --years 0                | --years must be from 1 to 10, not 0
            --scale la --schools -1             | --schools must be at least one a local authority (1), not -1
            --scale la --seed many              | --seed must be a whole number, not "many"
            --scale la --today 2026-13-01       | --today must be a date like 2026-12-01
            --years 2                           | Choose a scale with --scale la, region or national
            --scale la --colour blue            | Unknown option --colour
            """)
    void badOptionsAnswerAClearMessage(String arguments, String message) {
        assertThatThrownBy(() -> Generation.fromArguments(List.of(arguments.trim().split("\\s+")), TODAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    private DataSource generateInto(Generation generation) throws Exception {
        DataSource target = freshDatabase("scale_seed");
        SyntheticData.generate(target, generation);
        return target;
    }

    private static String fingerprint(DataSource target) {
        JdbcClient client = JdbcClient.create(target);
        return client.sql("select id, upn, date_of_birth from pupil order by upn").query().listOfRows().toString()
                + client.sql("select id, start_date, status from placement order by id").query().listOfRows()
                + client.sql("select count(*), min(mark_date), max(mark_date) from attendance_mark").query().listOfRows()
                + client.sql("select id, code from attendance_mark order by id").query().listOfRows().hashCode();
    }

    private long count(String sql) {
        return db.sql(sql).query(Long.class).single();
    }

    /** A fresh H2 in-memory database, or a fresh PostgreSQL database beside the test one. */
    private static DataSource freshDatabase(String name) throws Exception {
        String testUrl = System.getenv("WAYMARK_TEST_DB_URL");
        String unique = name + "_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        if (testUrl == null || !testUrl.startsWith("jdbc:postgresql:")) {
            return new DriverManagerDataSource("jdbc:h2:mem:" + unique
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
        }
        String user = System.getenv().getOrDefault("WAYMARK_TEST_DB_USER", "postgres");
        String password = System.getenv().getOrDefault("WAYMARK_TEST_DB_PASSWORD", "");
        try (Connection c = DriverManager.getConnection(testUrl, user, password); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + unique);
            s.execute("create database " + unique);
        }
        POSTGRESQL_DATABASES.add(unique);
        int slash = testUrl.lastIndexOf('/');
        int query = testUrl.indexOf('?', slash);
        String url = testUrl.substring(0, slash + 1) + unique + (query >= 0 ? testUrl.substring(query) : "");
        return new DriverManagerDataSource(url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true", user,
                password);
    }
}
