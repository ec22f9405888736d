package org.waymark.pupil;

import java.util.Arrays;
import java.util.Optional;

/**
 * The two census categories a school records (dfe-reference §4.3): a permanent exclusion, and a suspension
 * (called "fixed period exclusion" until 2021/22). Lunchtime suspensions are not collected as sessions.
 */
public enum ExclusionKind {
    PERMANENT("Permanent exclusion", "PERM"), SUSPENSION("Suspension", "FIXD");

    private final String label;
    private final String censusCode;

    ExclusionKind(String label, String censusCode) {
        this.label = label;
        this.censusCode = censusCode;
    }

    public String label() {
        return label;
    }

    public String censusCode() {
        return censusCode;
    }

    public static Optional<ExclusionKind> parse(String value) {
        return Arrays.stream(values()).filter(k -> k.name().equals(value)).findFirst();
    }
}
