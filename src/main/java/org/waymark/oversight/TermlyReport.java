package org.waymark.oversight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.waymark.attendance.AttendanceRecords;
import org.waymark.attendance.AttendanceSummary;
import org.waymark.calendar.SchoolCalendar;
import org.waymark.calendar.Term;
import org.waymark.commissioning.PlacementStatus;
import org.waymark.commissioning.PlacementSummary;
import org.waymark.commissioning.Placements;
import org.waymark.compliance.FlagCode;
import org.waymark.compliance.FlagRecord;
import org.waymark.compliance.FlagWords;
import org.waymark.compliance.Flags;
import org.waymark.directory.ProviderDirectory;
import org.waymark.directory.ProviderSummary;
import org.waymark.organisation.SignedInUser;
import org.waymark.quality.QaVisits;
import org.waymark.quality.VisitStatus;
import org.waymark.shared.BadQueryException;
import org.waymark.shared.FieldProblem;

/**
 * The termly oversight report for the LA's AP board (ADR 0711): for one term of the LA's calendar, children in AP by
 * tier and by the provider's registration, flags by code, reviews overdue, QA visits and outcomes, attendance, and
 * placements ended with their outcomes. Meant to be shared beyond the LA's officers, so every count is suppressed
 * ({@link Suppression}): 1 to 4 reads "fewer than 5", and in a table with a total, a second cell is hidden when one
 * alone would be revealed by subtraction.
 */
@Service
public class TermlyReport {

    /** A table of the report: rows of label and count as shown, and the total as shown. */
    public record Table(String title, String heading, List<Row> rows, Suppression.Shown total) {
    }

    public record Row(String label, Suppression.Shown count) {
    }

    public record Report(String localAuthority, Term term, LocalDate preparedOn, Suppression.Shown childrenInAp,
            List<Table> tables, String attendanceRate, Suppression.Shown attendanceChildren) {
    }

    private final Placements placements;
    private final ProviderDirectory directory;
    private final Flags flags;
    private final QaVisits visits;
    private final AttendanceRecords attendance;
    private final SchoolCalendar calendar;
    private final java.time.Clock clock;

    TermlyReport(Placements placements, ProviderDirectory directory, Flags flags, QaVisits visits,
            AttendanceRecords attendance, SchoolCalendar calendar, java.time.Clock clock) {
        this.placements = placements;
        this.directory = directory;
        this.flags = flags;
        this.visits = visits;
        this.attendance = attendance;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The LA's terms, latest first, for the form. */
    public List<Term> terms(SignedInUser user) {
        LaOverview.requireLa(user);
        List<Term> terms = new ArrayList<>(calendar.forLocalAuthority(user.localAuthorityId()).terms());
        terms.sort((a, b) -> b.startDate().compareTo(a.startDate()));
        return terms;
    }

    /** The term chosen on the form: a term id of the LA's calendar, else a clear 400. */
    public Term term(SignedInUser user, String termId) {
        LaOverview.requireLa(user);
        UUID id;
        try {
            id = UUID.fromString(termId == null ? "" : termId.strip());
        } catch (IllegalArgumentException e) {
            throw new BadQueryException(List.of(new FieldProblem("term", "Choose a term from the list")));
        }
        return calendar.forLocalAuthority(user.localAuthorityId()).terms().stream().filter(t -> t.id().equals(id))
                .findFirst().orElseThrow(() -> new BadQueryException(List.of(new FieldProblem("term",
                        "Choose one of your local authority's terms from the list"))));
    }

    public Report report(SignedInUser user, String localAuthorityName, Term term) {
        LaOverview.requireLa(user);
        LocalDate from = term.startDate();
        LocalDate to = term.endDate();
        Map<Integer, Set<UUID>> byTier = new TreeMap<>();
        Map<String, Set<UUID>> byRegistration = new TreeMap<>();
        Map<String, Long> endings = new TreeMap<>();
        Set<UUID> children = new HashSet<>();
        Map<UUID, ProviderSummary> providers = new HashMap<>();
        placements.eachOpenBetween(user, null, from, to, batch -> {
            List<UUID> unknown = batch.stream().map(PlacementSummary::providerId).distinct()
                    .filter(id -> !providers.containsKey(id)).toList();
            providers.putAll(directory.summaries(unknown));
            for (PlacementSummary p : batch) {
                children.add(p.pupilId());
                byTier.computeIfAbsent(p.tier(), k -> new HashSet<>()).add(p.pupilId());
                ProviderSummary s = providers.get(p.providerId());
                byRegistration.computeIfAbsent(s == null || s.registration() == null ? "Not known"
                        : s.registration().label(), k -> new HashSet<>()).add(p.pupilId());
                if (p.status() == PlacementStatus.ENDED && p.endedOn() != null && !p.endedOn().isBefore(from)
                        && !p.endedOn().isAfter(to)) {
                    endings.merge(p.endOutcome() == null ? "Not recorded"
                            : Placements.OUTCOMES.getOrDefault(p.endOutcome(), p.endOutcome()), 1L, Long::sum);
                }
            }
        });
        List<Table> tables = new ArrayList<>();
        Map<String, Long> tiers = new LinkedHashMap<>();
        byTier.forEach((tier, set) -> tiers.put("Tier " + tier, (long) set.size()));
        tables.add(table("Children in AP during the term by tier", "Tier", tiers, children.size()));
        Map<String, Long> registrations = new LinkedHashMap<>();
        byRegistration.forEach((k, set) -> registrations.put(k, (long) set.size()));
        // a child at two providers counts under each: the rows do not add up to a total, so none is shown
        tables.add(table("Children in AP by the provider's registration", "Provider's registration",
                registrations, -1));

        Map<FlagCode, Long> flagCounts = new EnumMap<>(FlagCode.class);
        int size = 500;
        Flags.Filter all = new Flags.Filter(null, null, null, null, null, null, false, true, null);
        for (int page = 0; ; page++) {
            var found = flags.list(user, all, page, size);
            for (FlagRecord f : found.items()) {
                if (!f.since().isAfter(to) && (f.closedOn() == null || !f.closedOn().isBefore(from))) {
                    flagCounts.merge(f.code(), 1L, Long::sum);
                }
            }
            if (found.items().size() < size) {
                break;
            }
        }
        Map<String, Long> flagRows = new LinkedHashMap<>();
        flagCounts.forEach((code, n) -> flagRows.put(FlagWords.title(code), n));
        tables.add(table("Flags open at some point in the term, by kind", "Flag", flagRows,
                flagCounts.values().stream().mapToLong(Long::longValue).sum()));
        tables.add(table("Reviews overdue during the term", "Reviews", Map.of("Placements whose review was overdue",
                flagCounts.getOrDefault(FlagCode.REVIEW_OVERDUE, 0L)), -1));

        Map<String, Long> qa = new LinkedHashMap<>();
        for (QaVisits.QaVisit v : visits.visitsBetween(user, from, to)) {
            String key = v.status() == VisitStatus.SIGNED_OFF && v.overallOutcome() != null
                    ? "Signed off: " + v.overallOutcome().label() : v.status().label();
            qa.merge(key, 1L, Long::sum);
        }
        tables.add(table("QA visits in the term", "Visit", qa, qa.values().stream().mapToLong(Long::longValue).sum()));
        tables.add(table("Placements ended in the term, by outcome", "Outcome", endings,
                endings.values().stream().mapToLong(Long::longValue).sum()));

        var marks = attendance.marksInScope(user, from, to.isAfter(LocalDate.now(clock)) ? LocalDate.now(clock) : to);
        AttendanceSummary summary = SchoolHome.attendanceOf(marks);
        long attendingChildren = marks.stream().map(m -> m.pupilId()).distinct().count();
        Suppression.Shown shownChildren = Suppression.one(attendingChildren);
        String rate = summary.attendanceRate() == null ? "No sessions recorded"
                : shownChildren.suppressed() ? "Not shown: fewer than 5 children" : summary.attendanceRate() + "%";
        return new Report(localAuthorityName, term, LocalDate.now(clock), Suppression.one(children.size()), tables, rate,
                shownChildren);
    }

    /** A table with its counts suppressed; {@code total} below zero: no total row (the rows do not add up). */
    static Table table(String title, String heading, Map<String, Long> counts, long total) {
        List<String> labels = new ArrayList<>(counts.keySet());
        List<Long> values = labels.stream().map(counts::get).toList();
        List<Row> rows = new ArrayList<>();
        if (total >= 0 && total == values.stream().mapToLong(Long::longValue).sum()) {
            List<Suppression.Shown> shown = Suppression.rowWithTotal(values);
            for (int i = 0; i < labels.size(); i++) {
                rows.add(new Row(labels.get(i), shown.get(i)));
            }
            return new Table(title, heading, rows, shown.get(shown.size() - 1));
        }
        for (int i = 0; i < labels.size(); i++) {
            rows.add(new Row(labels.get(i), Suppression.one(values.get(i))));
        }
        return new Table(title, heading, rows, total >= 0 ? Suppression.one(total) : null);
    }
}
