package org.waymark.review;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One term of a placement and its progress report: {@code report} is null when none is written; {@code missing}
 * when the placement is LA-commissioned (reports required) and the term has ended without one.
 */
public record TermReport(UUID termId, String termName, LocalDate termStart, LocalDate termEnd, ProgressReport report,
        boolean required, boolean missing) {
}
