package org.waymark.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.attendance.AttendanceFixtures;
import org.waymark.calendar.SchoolCalendar;
import org.waymark.organisation.ApiTokens;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.Users;
import org.waymark.support.Api;
import org.waymark.support.WaymarkTest;
import tools.jackson.databind.ObjectMapper;

/**
 * Benchmark 1 (issues 5 and 10): registers submitted through the API the way providers do at 09:30 — 50 providers
 * at once, registers of 5 to 60 pupils — beside plain JDBC batch inserts of the same rows on the same database in
 * the same run. Not a test: it asserts only that the registers were accepted, never a time. Run it with
 * {@code scripts/measure-registers.sh} (PostgreSQL) — see the README, "Measure".
 */
@WaymarkTest
@Tag("benchmark")
class RegisterIngestionBenchmark {

    private static final int PROVIDERS = Integer.getInteger("bench.providers", 50);
    private static final int SMALLEST = 5;
    private static final int LARGEST = 60;
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient db;
    @Autowired
    DataSource dataSource;
    @Autowired
    Organisations organisations;
    @Autowired
    Users users;
    @Autowired
    ApiTokens tokens;
    @Autowired
    SchoolCalendar calendar;
    @Autowired
    Clock clock;

    record Provider(UUID id, String token, List<AttendanceFixtures.Placed> placements) {
    }

    record Session(LocalDate date, String half) {
    }

    record Mark(AttendanceFixtures.Placed placed, String code, Integer minutesLate) {
    }

    /** One timed submission: its latency and the size of its register. */
    record Timing(long nanos, int marks) {
    }

    @Test
    void registersAtHalfPastNine() throws Exception {
        Api api = new Api(port);
        AttendanceFixtures fixtures = new AttendanceFixtures(api, db);
        UUID la = fixtures.eastmoor();
        LocalDate today = LocalDate.now(clock);
        List<LocalDate> days = calendar.forLocalAuthority(la).schoolDays(today.minusDays(7), today);
        List<Session> sessions = new ArrayList<>();
        for (LocalDate d : days) {
            sessions.add(new Session(d, "AM"));
            if (d.isBefore(today)) {
                sessions.add(new Session(d, "PM"));
            }
        }
        LocalDate start = days.get(0).minusWeeks(2);

        long setupStart = System.nanoTime();
        List<Provider> providers = providers(fixtures, api, start);
        int marksPerRound = providers.stream().mapToInt(p -> p.placements().size()).sum();
        double setupSeconds = (System.nanoTime() - setupStart) / 1e9;

        Random random = new Random(42);
        Map<Session, Map<Provider, List<Mark>>> registers = new HashMap<>();
        for (Session s : sessions) {
            Map<Provider, List<Mark>> round = new HashMap<>();
            for (Provider p : providers) {
                round.put(p, p.placements().stream().map(pl -> mark(pl, random)).toList());
            }
            registers.put(s, round);
        }

        // Baseline: the same rows inserted with plain JDBC batches, one transaction per register, 50 at once
        Phase jdbc = new Phase();
        for (int i = 0; i < sessions.size(); i++) {
            Session s = sessions.get(i);
            jdbc.round(i == 0, providers, p -> () -> insertPlainly(registers.get(s).get(p), s));
        }
        deleteMarks(providers);

        // The service: POST /api/v1/registers, 50 providers at once
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(PROVIDERS)).build();
        Phase service = new Phase();
        for (int i = 0; i < sessions.size(); i++) {
            Session s = sessions.get(i);
            service.round(i == 0, providers, p -> () -> submit(http, p, s, registers.get(s).get(p)));
        }
        int stored = db.sql("select count(*) from attendance_mark where provider_id in (:ids)")
                .param("ids", providers.stream().map(Provider::id).toList()).query(Integer.class).single();
        assertThat(stored).as("every mark submitted is stored").isEqualTo(marksPerRound * sessions.size());

        String report = report(providers, sessions.size(), marksPerRound, setupSeconds, jdbc, service);
        System.out.println(report);
        Path out = Path.of("target", "benchmark", "register-ingestion.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private List<Provider> providers(AttendanceFixtures fixtures, Api api, LocalDate start) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Provider>> made = new ArrayList<>();
            for (int i = 0; i < PROVIDERS; i++) {
                int size = PROVIDERS == 1 ? LARGEST : SMALLEST + (LARGEST - SMALLEST) * i / (PROVIDERS - 1);
                made.add(pool.submit(() -> {
                    var tp = AttendanceFixtures.provider(organisations, users, tokens);
                    List<AttendanceFixtures.Placed> placed = new ArrayList<>();
                    for (int n = 0; n < size; n++) {
                        UUID pupil = fixtures.pupil("Bench");
                        placed.add(fixtures.activePlacement(pupil, tp.id(), start, "MONDAY 09:00 15:00",
                                "TUESDAY 09:00 15:00", "WEDNESDAY 09:00 15:00", "THURSDAY 09:00 15:00",
                                "FRIDAY 09:00 15:00"));
                    }
                    return new Provider(tp.id(), tp.token(), placed);
                }));
            }
            List<Provider> providers = new ArrayList<>();
            for (Future<Provider> f : made) {
                providers.add(f.get());
            }
            return providers;
        } finally {
            pool.shutdown();
        }
    }

    /** A realistic mix: mostly present, some late, some absent (which alerts the school). */
    private static Mark mark(AttendanceFixtures.Placed placed, Random random) {
        int r = random.nextInt(100);
        if (r < 88) {
            return new Mark(placed, "/", null);
        } else if (r < 91) {
            return new Mark(placed, "L", 10);
        } else if (r < 95) {
            return new Mark(placed, "N", null);
        } else if (r < 98) {
            return new Mark(placed, "I", null);
        }
        return new Mark(placed, "O", null);
    }

    private Timing submit(HttpClient http, Provider p, Session s, List<Mark> marks) throws Exception {
        List<Map<String, Object>> body = new ArrayList<>();
        for (Mark m : marks) {
            Map<String, Object> line = new HashMap<>();
            line.put("placementId", m.placed().placementId().toString());
            line.put("code", m.code());
            line.put("minutesLate", m.minutesLate());
            body.add(line);
        }
        String json = JSON.writeValueAsString(Map.of("providerId", p.id().toString(), "date", s.date().toString(),
                "session", s.half(), "marks", body));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/registers"))
                .header("Authorization", "Bearer " + p.token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        long took = System.nanoTime() - t0;
        if (r.statusCode() != 200 || JSON.readTree(r.body()).get("accepted").asInt() != marks.size()) {
            throw new IllegalStateException("register refused: " + r.statusCode() + " " + r.body());
        }
        return new Timing(took, marks.size());
    }

    private Timing insertPlainly(List<Mark> marks, Session s) throws Exception {
        long t0 = System.nanoTime();
        Timestamp now = Timestamp.from(clock.instant());
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into attendance_mark (id, placement_id, pupil_id, provider_id, local_authority_id, mark_date,
                        session_half, code, minutes_late, recorded_at, version)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")) {
                for (Mark m : marks) {
                    ps.setObject(1, UUID.randomUUID());
                    ps.setObject(2, m.placed().placementId());
                    ps.setObject(3, m.placed().pupilId());
                    ps.setObject(4, m.placed().providerId());
                    ps.setObject(5, m.placed().localAuthorityId());
                    ps.setObject(6, s.date());
                    ps.setString(7, s.half());
                    ps.setString(8, m.code());
                    ps.setObject(9, m.minutesLate());
                    ps.setTimestamp(10, now);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
        }
        return new Timing(System.nanoTime() - t0, marks.size());
    }

    private void deleteMarks(List<Provider> providers) {
        db.sql("delete from attendance_mark where provider_id in (:ids)")
                .param("ids", providers.stream().map(Provider::id).toList()).update();
    }

    /** Timings of one way of storing registers: rounds of every provider at once, the first round a warm-up. */
    static final class Phase {
        final List<Timing> timings = Collections.synchronizedList(new ArrayList<>());
        long wallNanos;
        long marks;
        long processCpuNanos;
        long machineBusy;
        long machineTotal;

        void round(boolean warmUp, List<Provider> providers,
                java.util.function.Function<Provider, Callable<Timing>> work) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(providers.size());
            try {
                List<Callable<Timing>> tasks = providers.stream().map(work).toList();
                long[] cpu0 = machineCpu();
                long process0 = processCpu();
                long t0 = System.nanoTime();
                List<Future<Timing>> done = pool.invokeAll(tasks);
                long wall = System.nanoTime() - t0;
                long process = processCpu() - process0;
                long[] cpu1 = machineCpu();
                List<Timing> round = new ArrayList<>();
                for (Future<Timing> f : done) {
                    round.add(f.get());
                }
                if (!warmUp) {
                    timings.addAll(round);
                    wallNanos += wall;
                    marks += round.stream().mapToInt(Timing::marks).sum();
                    processCpuNanos += process;
                    machineBusy += cpu1[0] - cpu0[0];
                    machineTotal += cpu1[1] - cpu0[1];
                }
            } finally {
                pool.shutdown();
            }
        }

        double marksPerSecond() {
            return marks / (wallNanos / 1e9);
        }

        double percentile(double p, int minMarks) {
            List<Long> sorted = timings.stream().filter(t -> t.marks() >= minMarks).map(Timing::nanos).sorted().toList();
            if (sorted.isEmpty()) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, i)) / 1e6;
        }

        String cpu() {
            double busy = machineTotal == 0 ? Double.NaN : 100.0 * machineBusy / machineTotal;
            return String.format(Locale.ROOT, "machine CPU busy %.0f%% of %d cores; this JVM (service and client) %.1f core-seconds",
                    busy, Runtime.getRuntime().availableProcessors(), processCpuNanos / 1e9);
        }

        private static long processCpu() {
            return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        }

        /** {busy, total} jiffies of every CPU from /proc/stat (the database server included); zeros elsewhere. */
        private static long[] machineCpu() {
            try {
                String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long total = 0;
                for (int i = 1; i < f.length; i++) {
                    total += Long.parseLong(f[i]);
                }
                long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
                return new long[] {total - idle, total};
            } catch (IOException | RuntimeException e) {
                return new long[] {0, 0};
            }
        }
    }

    private String report(List<Provider> providers, int rounds, int marksPerRound, double setupSeconds, Phase jdbc,
            Phase service) {
        String database = db.sql("select 1").query(Integer.class).single() == 1 ? databaseName() : "?";
        double ratio = service.marksPerSecond() / jdbc.marksPerSecond();
        StringBuilder b = new StringBuilder();
        b.append("Register ingestion at 09:30 (benchmark 1)\n");
        b.append(String.format(Locale.ROOT, "database: %s; %d providers submitting at once, registers of %d to %d pupils "
                + "(%d marks a round); %d rounds, the first a warm-up; set-up %.0f s%n", database, providers.size(),
                SMALLEST, LARGEST, marksPerRound, rounds, setupSeconds));
        b.append(String.format(Locale.ROOT, "plain JDBC batches: %.0f marks/s; per register p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; %s%n",
                jdbc.marksPerSecond(), jdbc.percentile(50, 0), jdbc.percentile(95, 0), jdbc.percentile(99, 0), jdbc.cpu()));
        b.append(String.format(Locale.ROOT, "POST /api/v1/registers: %.0f marks/s; per register p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; %s%n",
                service.marksPerSecond(), service.percentile(50, 0), service.percentile(95, 0),
                service.percentile(99, 0), service.cpu()));
        b.append(String.format(Locale.ROOT, "60-pupil registers through the API: p50 %.1f ms, p95 %.1f ms (goal: p95 < 100 ms)%n",
                service.percentile(50, LARGEST), service.percentile(95, LARGEST)));
        b.append(String.format(Locale.ROOT, "API rate / JDBC rate: %.0f%% (goal: at least 50%%)%n", 100 * ratio));
        return b.toString();
    }

    private String databaseName() {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
        } catch (Exception e) {
            return "?";
        }
    }
}
