package org.waymark.scale;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The sizes of dataset the generator makes (issue 10): one LA, a region of ten, and England's 150 LAs with
 * about 25,000 schools, 3,000 providers and 100,000 placements a year. Counts are totals over every LA.
 */
public enum Scale {
    LA(1, 200, 60, 2_000),
    REGION(10, 2_000, 600, 20_000),
    NATIONAL(150, 25_000, 3_000, 100_000);

    private final int localAuthorities;
    private final int schools;
    private final int providers;
    private final int placementsPerYear;

    Scale(int localAuthorities, int schools, int providers, int placementsPerYear) {
        this.localAuthorities = localAuthorities;
        this.schools = schools;
        this.providers = providers;
        this.placementsPerYear = placementsPerYear;
    }

    public int localAuthorities() {
        return localAuthorities;
    }

    public int schools() {
        return schools;
    }

    public int providers() {
        return providers;
    }

    public int placementsPerYear() {
        return placementsPerYear;
    }

    /** How many of {@code total} fall to LA number {@code index} (0-based): an even share, the rest to the first. */
    static int shareOf(int total, int localAuthorities, int index) {
        return total / localAuthorities + (index < total % localAuthorities ? 1 : 0);
    }

    /** The scale named {@code name} ("la", "region", "national"), or a message naming the choices. */
    public static Scale named(String name) {
        if (name != null) {
            for (Scale s : values()) {
                if (s.name().equalsIgnoreCase(name.trim())) {
                    return s;
                }
            }
        }
        throw new IllegalArgumentException("Unknown scale \"" + name + "\": choose one of "
                + Arrays.stream(values()).map(s -> s.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    }
}
