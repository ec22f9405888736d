package org.waymark.directory;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What every commissioner sees of a provider's latest signed-off QA visit on its directory page.
 *
 * @param visitType       e.g. ANNUAL, NEW_PROVIDER, RESPONSIVE (the quality module's words)
 * @param overallOutcome  the overall judgement in words
 * @param openEscalation  whether an escalated action plan is still open
 */
public record QaSummary(LocalDate visitDate, String visitType, String overallOutcome, boolean openEscalation) {
    public QaSummary {
        Objects.requireNonNull(visitDate, "visitDate");
        Objects.requireNonNull(visitType, "visitType");
        Objects.requireNonNull(overallOutcome, "overallOutcome");
    }
}
