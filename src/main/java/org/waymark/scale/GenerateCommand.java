package org.waymark.scale;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * {@code scripts/generate.sh}: checks the options, then fills an empty database with a synthetic dataset
 * (see {@link Generation#USAGE}). A bad option or a database holding data ends with a message and exit code 2,
 * before anything is written.
 */
public final class GenerateCommand {

    private GenerateCommand() {
    }

    public static void main(String[] args) throws Exception {
        List<String> list = Arrays.asList(args);
        String url = option(list, "--db");
        String user = option(list, "--user");
        String password = option(list, "--password");
        Generation generation;
        try {
            if (list.contains("--help") || list.isEmpty()) {
                System.out.println(Generation.USAGE);
                return;
            }
            generation = Generation.fromArguments(list, LocalDate.now());
            if (url == null || url.isBlank()) {
                throw new IllegalArgumentException("Name the target database with --db, e.g. "
                        + "--db jdbc:postgresql://127.0.0.1:5432/waymark_bench");
            }
            if (!url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:h2:")) {
                throw new IllegalArgumentException("--db must be a jdbc:postgresql: or jdbc:h2: URL, not " + url);
            }
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(Generation.USAGE);
            System.exit(2);
            return;
        }
        if (url.startsWith("jdbc:postgresql:") && !url.contains("reWriteBatchedInserts")) {
            url += (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
        }
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url, user == null ? (url.startsWith("jdbc:h2:")
                ? "sa" : "postgres") : user, password == null ? "" : password);
        System.out.printf("Generating %s: %d LAs, %d schools, %d providers, %d placements a year, %d year(s) to %s, seed %d%n",
                generation.scale().name().toLowerCase(), generation.localAuthorities(), generation.schools(),
                generation.providers(), generation.placementsPerYear(), generation.years(), generation.today(),
                generation.seed());
        try {
            SyntheticData.Generated done = SyntheticData.generate(dataSource, generation);
            System.out.printf("Done in %.1f s: %d LAs, %d schools, %d providers, %d users, %d pupils, %d placements, "
                            + "%d attendance marks, %d reviews, %d QA visits, %d concerns%n",
                    done.took().toMillis() / 1000.0, done.localAuthorities(), done.schools(), done.providers(),
                    done.users(), done.pupils(), done.placements(), done.marks(), done.reviews(), done.qaVisits(),
                    done.concerns());
            System.out.println("Sign in as la-officer@la201" + SyntheticData.DOMAIN + " (password "
                    + SyntheticData.PASSWORD + "), API token scale-<e-mail>.");
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        } catch (java.sql.SQLException e) {
            String message = String.valueOf(e.getNextException() != null ? e.getNextException().getMessage() : e.getMessage());
            System.err.println("The database refused the data: " + message.substring(0, Math.min(600, message.length())));
            System.exit(1);
        }
    }

    private static String option(List<String> args, String name) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : null;
    }
}
