package org.waymark.scale;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark 2 (issue 10; scripts/measure-pages.sh): the ten most used pages at N concurrent signed-in users
 * against a running service on a generated dataset, p50/p95 beside the sign-in page of the same service (the
 * floor). Not a test: it never fails a build. Picks the largest LA and real ids of its records from the database.
 *
 * <p>Arguments: base URL, JDBC URL of the service's database, users (50), seconds (60), think time ms (500).
 */
public final class PageLatencyBenchmark {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private record Page(String name, String role, List<String> paths) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String jdbc = args[1];
        int users = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        int thinkMs = args.length > 4 ? Integer.parseInt(args[4]) : 500;

        Map<String, List<String>> ids = new LinkedHashMap<>();
        String laCode;
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "")) {
            String la = one(c, "select local_authority_id from placement group by 1 order by count(*) desc limit 1");
            laCode = one(c, "select code from local_authority where id = '" + la + "'");
            ids.put("pupil", list(c, "select pupil_id from placement where local_authority_id = '" + la
                    + "' and status = 'ACTIVE' order by id limit 200"));
            ids.put("placement", list(c, "select id from placement where local_authority_id = '" + la
                    + "' and status = 'ACTIVE' order by pupil_id limit 200"));
            ids.put("visit", list(c, "select id from qa_visit where local_authority_id = '" + la + "' order by id limit 200"));
            ids.put("schoolUser", list(c, "select u.email from app_user u join school s on s.id = u.organisation_id "
                    + "where s.local_authority_id = '" + la + "' and exists (select 1 from pupil p join placement pl on "
                    + "pl.pupil_id = p.id where p.home_school_id = s.id and pl.status = 'ACTIVE') order by u.email limit 100"));
            ids.put("providerUser", list(c, "select u.email from app_user u where u.role = 'PROVIDER_STAFF' and "
                    + "u.local_authority_id = '" + la + "' and exists (select 1 from placement pl where pl.provider_id = "
                    + "u.organisation_id and pl.status = 'ACTIVE') order by u.email limit 100"));
        }
        List<Page> pages = List.of(
                new Page("LA overview", "la", List.of("/")),
                new Page("Flags", "la", List.of("/flags")),
                new Page("Pupil record", "la", prefix("/pupils/", ids.get("pupil"))),
                new Page("Placement", "la", prefix("/placements/", ids.get("placement"))),
                new Page("Register", "provider", List.of("/register")),
                new Page("Directory search", "la", List.of("/directory?need=SEMH", "/directory?lot=2", "/directory?q=Academy")),
                new Page("Review form", "la", ids.get("placement").stream().map(p -> "/placements/" + p + "/reviews/new").toList()),
                new Page("QA visit", "la", prefix("/qa/visits/", ids.get("visit"))),
                new Page("School home", "school", List.of("/")),
                new Page("Provider home", "provider", List.of("/")),
                new Page("Floor: accessibility", "any", List.of("/accessibility")));

        Map<String, List<Long>> times = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
        pages.forEach(p -> {
            times.put(p.name(), Collections.synchronizedList(new ArrayList<>()));
            errors.put(p.name(), new AtomicInteger());
        });
        long warmupEnds = System.nanoTime() + Duration.ofSeconds(Math.min(15, seconds / 4)).toNanos();
        long ends = warmupEnds + Duration.ofSeconds(seconds).toNanos();
        CountDownLatch done = new CountDownLatch(users);
        AtomicInteger signInFailures = new AtomicInteger();
        for (int u = 0; u < users; u++) {
            int index = u;
            Thread t = new Thread(() -> {
                try {
                    // three in five users are LA officers, one a school commissioner, one provider staff
                    String role = index % 5 < 3 ? "la" : index % 5 == 3 ? "school" : "provider";
                    String email = switch (role) {
                        case "la" -> index % 2 == 0 ? "la-officer@la" + laCode + SyntheticData.DOMAIN
                                : "la-officer-2@la" + laCode + SyntheticData.DOMAIN;
                        case "school" -> ids.get("schoolUser").get(index % ids.get("schoolUser").size());
                        default -> ids.get("providerUser").get(index % ids.get("providerUser").size());
                    };
                    HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
                    if (!signIn(client, base, email)) {
                        signInFailures.incrementAndGet();
                        return;
                    }
                    List<Page> mine = pages.stream().filter(p -> p.role().equals(role) || p.role().equals("any")).toList();
                    Random random = new Random(index);
                    int n = 0;
                    while (System.nanoTime() < ends) {
                        Page page = mine.get(n++ % mine.size());
                        String path = page.paths().get(random.nextInt(page.paths().size()));
                        long start = System.nanoTime();
                        HttpResponse<byte[]> r;
                        try {
                            r = client.send(HttpRequest.newBuilder(URI.create(base + path))
                                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                        } catch (java.io.IOException e) { // a time-out counts as an error; the user goes on
                            errors.get(page.name()).incrementAndGet();
                            continue;
                        }
                        long took = System.nanoTime() - start;
                        if (r.statusCode() != 200) {
                            errors.get(page.name()).incrementAndGet();
                        } else if (start > warmupEnds) {
                            times.get(page.name()).add(took);
                        }
                        if (thinkMs > 0) {
                            Thread.sleep(random.nextInt(2 * thinkMs + 1));
                        }
                    }
                } catch (Exception e) {
                    System.err.println("user " + index + ": " + e);
                } finally {
                    done.countDown();
                }
            });
            t.start();
        }
        done.await();
        System.out.printf("users: %d concurrent (3/5 LA officers, 1/5 school, 1/5 provider), think time 0-%d ms, "
                + "%d s measured after warm-up, largest LA %s%n", users, 2 * thinkMs, seconds, laCode);
        System.out.println("* errors: answers other than 200, and requests that took over 30 s (not in p50/p95)");
        if (signInFailures.get() > 0) {
            System.out.println("sign-in failures: " + signInFailures.get());
        }
        double floor95 = percentile(times.get("Floor: accessibility"), 95);
        System.out.printf("%-22s %8s %8s %8s %8s %7s  %s%n", "page", "requests", "p50 ms", "p95 ms", "errors*", "x floor",
                "target p95<300 ms and <=5x floor");
        for (Page p : pages) {
            List<Long> t = times.get(p.name());
            double p95 = percentile(t, 95);
            boolean met = p95 < 300 && p95 <= 5 * floor95;
            System.out.printf("%-22s %8d %8.0f %8.0f %8d %7.1f  %s%n", p.name(), t.size(), percentile(t, 50), p95,
                    errors.get(p.name()).get(), p95 / floor95, p.name().startsWith("Floor") ? "(floor)" : met ? "met" : "NOT met");
        }
    }

    private static boolean signIn(HttpClient client, String base, String email) throws Exception {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + "/sign-in")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = CSRF.matcher(page.body());
        String csrf = m.find() ? m.group(1) : "";
        String form = "email=" + enc(email) + "&password=" + enc(SyntheticData.PASSWORD) + "&_csrf=" + enc(csrf);
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode() == 302 && !r.headers().firstValue("Location").orElse("").contains("error");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static List<String> prefix(String prefix, List<String> ids) {
        return ids.stream().map(id -> prefix + id).toList();
    }

    private static String one(Connection c, String sql) throws Exception {
        List<String> l = list(c, sql);
        return l.isEmpty() ? null : l.get(0);
    }

    private static List<String> list(Connection c, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    static double percentile(List<Long> nanos, int p) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, i)) / 1_000_000.0;
    }
}
