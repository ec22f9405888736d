package org.waymark.scale;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What to generate: counts over every LA, how many academic years (the last one the year holding {@code today},
 * filled up to the day before), the seed. The same request always writes the same rows.
 */
public record Generation(Scale scale, int localAuthorities, int schools, int providers, int placementsPerYear,
        int years, long seed, LocalDate today) {

    public static final String USAGE = """
            Usage: scripts/generate.sh --scale la|region|national [--years N] [--seed N] [--today YYYY-MM-DD]
                   [--las N] [--schools N] [--providers N] [--placements N] --db JDBC-URL [--user U] [--password P]
              --years       academic years of history, the last one the year holding --today (default 1)
              --seed        any whole number from 0 (default 42); the same seed writes the same data
              --today       the date the data runs up to (default: today); registers end the day before
              --las, --schools, --providers, --placements (a year)   override the scale's counts (totals)
              --db          an empty database (the schema is created by the service's own migrations)""";

    public Generation {
        List<String> problems = new ArrayList<>();
        if (localAuthorities < 1) {
            problems.add("--las must be 1 or more, not " + localAuthorities);
        }
        if (schools < localAuthorities) {
            problems.add("--schools must be at least one a local authority (" + localAuthorities + "), not " + schools);
        }
        if (providers < localAuthorities) {
            problems.add("--providers must be at least one a local authority (" + localAuthorities + "), not " + providers);
        }
        if (placementsPerYear < 0) {
            problems.add("--placements must be 0 or more, not " + placementsPerYear);
        }
        if (years < 1 || years > 10) {
            problems.add("--years must be from 1 to 10, not " + years);
        }
        if (seed < 0) {
            problems.add("--seed must be 0 or more, not " + seed);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /** A scale's own counts. */
    public static Generation of(Scale scale, int years, long seed, LocalDate today) {
        return new Generation(scale, scale.localAuthorities(), scale.schools(), scale.providers(),
                scale.placementsPerYear(), years, seed, today);
    }

    /** Reads command-line options (see {@link #USAGE}); a bad one answers an IllegalArgumentException saying why. */
    public static Generation fromArguments(List<String> args, LocalDate defaultToday) {
        Scale scale = null;
        Integer las = null;
        Integer schools = null;
        Integer providers = null;
        Integer placements = null;
        int years = 1;
        long seed = 42;
        LocalDate today = defaultToday;
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (!option.startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument \"" + option + "\"");
            }
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args.get(++i);
            switch (option.toLowerCase(Locale.ROOT)) {
                case "--scale" -> scale = Scale.named(value);
                case "--years" -> years = whole(option, value);
                case "--seed" -> seed = wholeLong(option, value);
                case "--las" -> las = whole(option, value);
                case "--schools" -> schools = whole(option, value);
                case "--providers" -> providers = whole(option, value);
                case "--placements" -> placements = whole(option, value);
                case "--today" -> today = date(value);
                case "--db", "--user", "--password" -> {
                    // connection options: read by the command
                }
                default -> throw new IllegalArgumentException("Unknown option " + option);
            }
        }
        if (scale == null) {
            throw new IllegalArgumentException("Choose a scale with --scale la, region or national");
        }
        return new Generation(scale, las == null ? scale.localAuthorities() : las,
                schools == null ? scale.schools() : schools, providers == null ? scale.providers() : providers,
                placements == null ? scale.placementsPerYear() : placements, years, seed, today);
    }

    private static int whole(String option, String value) {
        long v = wholeLong(option, value);
        if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
            throw new IllegalArgumentException(option + " is too large: " + value);
        }
        return (int) v;
    }

    private static long wholeLong(String option, String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number, not \"" + value + "\"");
        }
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--today must be a date like 2026-12-01, not \"" + value + "\"");
        }
    }
}
