package org.waymark.quality;

import java.util.Collection;
import java.util.Optional;

/**
 * The judgement of a section and the overall outcome of a visit (ADR 0600). Ordered from best to worst: the
 * overall outcome is the worst section judgement, so a safeguarding failure is never averaged away.
 */
public enum Judgement {
    EFFECTIVE("Effective"),
    REQUIRES_IMPROVEMENT("Requires improvement"),
    SIGNIFICANT_CONCERNS("Significant concerns");

    private final String label;

    Judgement(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The overall outcome of the section judgements: the worst of them, or empty when there are none. */
    public static Optional<Judgement> overall(Collection<Judgement> sections) {
        return sections.stream().filter(java.util.Objects::nonNull).max(Enum::compareTo);
    }

    public static Optional<Judgement> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
