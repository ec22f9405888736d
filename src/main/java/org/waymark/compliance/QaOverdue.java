package org.waymark.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.waymark.directory.DirectoryStatus;

/**
 * Rule 11: every approved provider gets at least one QA visit a year. Overdue from the day after the
 * anniversary of the latest visit, or of its approval when never visited.
 */
public final class QaOverdue {

    public static final int MONTHS_BETWEEN_VISITS = 12;

    public Optional<Flag> evaluate(ProviderFacts provider, LocalDate today) {
        if (provider.directoryStatus() != DirectoryStatus.APPROVED) {
            return Optional.empty();
        }
        LocalDate base = provider.lastQaVisit() != null ? provider.lastQaVisit()
                : provider.approvedOn() != null ? provider.approvedOn() : provider.directoryStatusSince();
        if (base == null) {
            throw new IllegalArgumentException("An approved provider needs its approval date or a QA visit");
        }
        LocalDate due = base.plusMonths(MONTHS_BETWEEN_VISITS);
        if (!today.isAfter(due)) {
            return Optional.empty();
        }
        String last = provider.lastQaVisit() != null
                ? "Provider " + provider.providerId() + " had its latest QA visit on " + Words.date(provider.lastQaVisit()) + "."
                : "Provider " + provider.providerId() + " was approved on " + Words.date(base) + " and has had no QA visit.";
        return Optional.of(new Flag(FlagCode.QA_OVERDUE, Severity.WARNING, SubjectType.PROVIDER, provider.providerId(),
                due.plusDays(1), Owner.localAuthority(provider.localAuthorityId()),
                List.of(last, "A QA visit was due by " + Words.date(due) + ".")));
    }
}
