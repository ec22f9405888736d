package org.waymark.oversight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.waymark.attendance.AttendanceSummary;
import org.waymark.organisation.SignedInUser;
import org.waymark.oversight.OversightRecords.PlacementFact;

/**
 * The LA's impact measures as Manchester reports them (001_): permanent exclusions and suspensions, attendance
 * before and during placements, framework growth, how many schools' AP use the LA can see, reintegration and QA
 * outcomes, each by academic year so that one year can be set against the last. For the LA's own officers (not
 * suppressed). How each is counted: ADR 0701.
 */
@Service
public class Impact {

    /** Exclusions recorded by schools in one academic year (or term). */
    public record ExclusionFigures(String period, String key, long permanent, long suspensions, long suspensionSessions,
            long pupilsSuspended) {
    }

    /** Exclusions of the pupils placed in AP: in the year before their first placement, and since it started. */
    public record BeforeAndAfter(long pupils, long before, long since) {
    }

    /** Attendance of the placements that started in a year: at the home school before, and at the provider. */
    public record AttendanceFigures(String period, String key, long placements, BigDecimal before, BigDecimal during,
            long improved) {
    }

    /** Providers approved on the LA's directory on a date, and how many became approved in the year before. */
    public record FrameworkFigures(String period, LocalDate on, long approved, long joined) {
    }

    /** Schools whose AP placements the LA can see (at least one placement they arranged ran in the year). */
    public record OversightFigures(String period, String key, long schools, long schoolsSeen, BigDecimal share,
            long schoolPlacements) {
    }

    /** Placements ended in a year and how many returned to mainstream school. */
    public record ReintegrationFigures(String period, String key, long ended, long reintegrated, BigDecimal rate,
            BigDecimal changeOnLastYear) {
    }

    /** Signed-off QA visits in a year by overall outcome. */
    public record QaFigures(String period, String key, long visits, long effective, long requiresImprovement,
            long significantConcerns) {
    }

    public record Measures(LocalDate from, LocalDate to, List<ExclusionFigures> exclusionsByYear,
            List<ExclusionFigures> exclusionsByTerm, BeforeAndAfter placedPupils, List<AttendanceFigures> attendance,
            List<FrameworkFigures> framework, List<OversightFigures> oversight,
            List<ReintegrationFigures> reintegration, List<QaFigures> qa) {
    }

    private final OversightRecords records;
    private final Clock clock;
    private final org.waymark.pupil.Pupils pupils;
    private final org.waymark.audit.AuditTrail audit;

    Impact(OversightRecords records, Clock clock, org.waymark.pupil.Pupils pupils, org.waymark.audit.AuditTrail audit) {
        this.records = records;
        this.clock = clock;
        this.pupils = pupils;
        this.audit = audit;
    }

    /** The measures a list can be asked for, in the words of its query. */
    public static final List<String> LISTS = List.of("exclusions", "placed-pupils", "attendance", "framework",
            "schools-seen", "endings", "qa", "started", "school-placements", "provider-placements", "qa-status");

    /**
     * The records behind one figure: {@code measure} one of {@link #LISTS}, {@code key} an academic year ("2026")
     * or a term ("2026-1"), {@code value} a narrower group (e.g. PERMANENT, REINTEGRATED_TO_MAINSTREAM) or blank.
     */
    public FigureList list(SignedInUser user, String measure, String key, String value, Period period) {
        LaOverview.requireLa(user);
        UUID la = user.localAuthorityId();
        LocalDate today = LocalDate.now(clock);
        String v = value == null ? "" : value.trim();
        java.util.function.Predicate<LocalDate> inKey = keyFilter(la, key, period);
        Map<UUID, String> providerNames = new HashMap<>();
        records.providers(la).forEach(p -> providerNames.put(p.id(), p.name()));
        Map<UUID, String> schoolNames = new HashMap<>();
        records.schools(la).forEach(s -> schoolNames.put(s.id(), s.name()));
        List<FigureList.Row> rows = new ArrayList<>();
        String title;
        List<String> headings;
        List<UUID> children = new ArrayList<>();
        switch (measure == null ? "" : measure) {
            case "exclusions" -> {
                title = (v.equals("PERMANENT") ? "Permanent exclusions" : v.equals("SUSPENSION") ? "Suspensions"
                        : "Exclusions and suspensions") + keyWords(key);
                headings = List.of("Pupil", "Date", "Kind", "Sessions", "School");
                var list = records.exclusions(la).stream().filter(e -> inKey.test(e.startDate())
                        && (v.isEmpty() || e.kind().equals(v))).sorted(java.util.Comparator
                        .comparing(OversightRecords.ExclusionFact::startDate)).toList();
                var names = names(list.stream().map(OversightRecords.ExclusionFact::pupilId).toList());
                for (var e : list) {
                    children.add(e.pupilId());
                    rows.add(new FigureList.Row(names.getOrDefault(e.pupilId(), "Pupil"), "/pupils/" + e.pupilId(),
                            List.of(e.startDate().toString(), e.kind().equals("PERMANENT") ? "Permanent exclusion"
                                    : "Suspension", e.sessions() == null ? "" : e.sessions().toString(),
                                    schoolNames.getOrDefault(e.schoolId(), ""))));
                }
            }
            case "placed-pupils" -> {
                title = "Pupils placed in AP for the first time, " + period.from() + " to " + period.to();
                headings = List.of("Pupil", "First placement started", "Exclusions in the year before",
                        "Exclusions since");
                var first = firstStarts(records.placements(la), period);
                var exclusions = records.exclusions(la);
                var names = names(first.keySet());
                first.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(en -> {
                    LocalDate start = en.getValue();
                    long before = exclusions.stream().filter(e -> e.pupilId().equals(en.getKey())
                            && e.startDate().isBefore(start) && !e.startDate().isBefore(start.minusYears(1))).count();
                    long since = exclusions.stream().filter(e -> e.pupilId().equals(en.getKey())
                            && !e.startDate().isBefore(start) && !e.startDate().isAfter(start.plusYears(1))).count();
                    children.add(en.getKey());
                    rows.add(new FigureList.Row(names.getOrDefault(en.getKey(), "Pupil"), "/pupils/" + en.getKey(),
                            List.of(start.toString(), String.valueOf(before), String.valueOf(since))));
                });
            }
            case "attendance" -> {
                title = "Placements with a baseline" + keyWords(key);
                headings = List.of("Pupil", "Provider", "Started", "Attendance before", "Attendance during");
                var baselines = records.baselines(la);
                var during = records.attendance(la, period.from().minusYears(1), today);
                var list = records.placements(la).stream().filter(p -> p.started() && baselines.containsKey(p.id())
                        && inKey.test(p.startDate()) && period.contains(p.startDate())).toList();
                var names = names(list.stream().map(PlacementFact::pupilId).toList());
                for (var p : list) {
                    children.add(p.pupilId());
                    var d = during.get(p.id());
                    rows.add(new FigureList.Row(names.getOrDefault(p.pupilId(), "Pupil"), "/placements/" + p.id(),
                            List.of(providerNames.getOrDefault(p.providerId(), ""), p.startDate().toString(),
                                    rate(baselines.get(p.id()).attendanceRate()),
                                    rate(d == null ? null : d.attendanceRate()))));
                }
            }
            case "framework" -> {
                LocalDate on = parseOn(key, period.to());
                title = "Providers approved on the directory on " + on;
                headings = List.of("Provider", "Area");
                var providers = records.providers(la);
                var status = statusOn(providers, records.statusHistory(la), on);
                providers.stream().filter(p -> "APPROVED".equals(status.get(p.id()))).forEach(p -> rows.add(
                        new FigureList.Row(p.name(), "/directory/providers/" + p.id(),
                                List.of(p.area() == null ? "" : p.area()))));
            }
            case "schools-seen" -> {
                int y = Period.parseYear(key);
                title = "Schools whose AP placements the LA can see, " + Period.yearLabel(y);
                headings = List.of("School", "Placements they arranged");
                Map<UUID, Long> counts = new TreeMap<>();
                records.placements(la).stream().filter(p -> "SCHOOL".equals(p.commissionerType())
                        && p.homeSchoolId() != null && p.runsDuring(LocalDate.of(y, 9, 1), LocalDate.of(y + 1, 8, 31),
                        today)).forEach(p -> counts.merge(p.homeSchoolId(), 1L, Long::sum));
                counts.entrySet().stream().sorted(java.util.Comparator.comparing(e -> schoolNames.getOrDefault(
                        e.getKey(), ""))).forEach(e -> rows.add(new FigureList.Row(schoolNames.getOrDefault(
                        e.getKey(), ""), null, List.of(String.valueOf(e.getValue())))));
            }
            case "endings" -> {
                title = (v.equals("REINTEGRATED_TO_MAINSTREAM") ? "Placements ended with a return to mainstream school"
                        : "Placements ended") + keyWords(key);
                headings = List.of("Pupil", "Provider", "Ended", "Outcome");
                var placements = new HashMap<UUID, PlacementFact>();
                records.placements(la).forEach(p -> placements.put(p.id(), p));
                var list = records.endings(la).stream().filter(e -> inKey.test(e.endedOn())
                        && period.contains(e.endedOn()) && (v.isEmpty() || e.outcome().equals(v))).toList();
                var names = names(list.stream().map(e -> placements.get(e.placementId()).pupilId()).toList());
                for (var e : list) {
                    UUID pupil = placements.get(e.placementId()).pupilId();
                    children.add(pupil);
                    rows.add(new FigureList.Row(names.getOrDefault(pupil, "Pupil"), "/placements/" + e.placementId(),
                            List.of(providerNames.getOrDefault(e.providerId(), ""), e.endedOn().toString(),
                                    org.waymark.commissioning.Placements.OUTCOMES.getOrDefault(e.outcome(),
                                            e.outcome()))));
                }
            }
            case "qa" -> {
                title = "Signed-off QA visits" + keyWords(key);
                headings = List.of("Provider", "Visited", "Overall outcome");
                records.signedOffVisits(la).stream().filter(q -> inKey.test(q.visitedOn())
                        && period.contains(q.visitedOn()) && (v.isEmpty() || q.overallOutcome().equals(v)))
                        .sorted(java.util.Comparator.comparing(OversightRecords.VisitFact::visitedOn))
                        .forEach(q -> rows.add(new FigureList.Row(providerNames.getOrDefault(q.providerId(), "Provider"),
                                "/qa/visits/" + q.id(), List.of(q.visitedOn().toString(),
                                        words(q.overallOutcome())))));
            }
            case "started", "school-placements", "provider-placements" -> {
                UUID of = measure.equals("started") ? null : id(v);
                title = (measure.equals("school-placements") ? "Placements of the school's pupils"
                        : measure.equals("provider-placements") ? "Placements at the provider" : "Placements started"
                        + (v.isEmpty() ? "" : ", tier " + v)) + keyWords(key);
                headings = List.of("Pupil", "Provider", "Started", "Tier", "Status");
                var list = records.placements(la).stream().filter(p -> p.started() && (measure.equals("provider-placements")
                        ? p.providerId().equals(of) && p.runsDuring(period.from(), period.to(), today)
                        : inKey.test(p.startDate()) && period.contains(p.startDate()))
                        && (!measure.equals("started") || v.isEmpty() || String.valueOf(p.tier()).equals(v))
                        && (!measure.equals("school-placements") || of.equals(p.homeSchoolId())))
                        .sorted(java.util.Comparator.comparing(PlacementFact::startDate)).toList();
                var names = names(list.stream().map(PlacementFact::pupilId).toList());
                for (var p : list) {
                    children.add(p.pupilId());
                    rows.add(new FigureList.Row(names.getOrDefault(p.pupilId(), "Pupil"), "/placements/" + p.id(),
                            List.of(providerNames.getOrDefault(p.providerId(), ""), p.startDate().toString(),
                                    String.valueOf(p.tier()), p.status().equals("ACTIVE") ? "Active" : "Ended")));
                }
            }
            case "qa-status" -> {
                title = "Providers whose latest QA outcome is: " + (v.equals("NONE") ? "none yet" : words(v));
                headings = List.of("Provider", "Latest signed-off visit");
                var latest = latestVisits(la);
                records.providers(la).stream().filter(p -> v.equals(latest.containsKey(p.id())
                        ? latest.get(p.id()).overallOutcome() : "NONE")).forEach(p -> rows.add(new FigureList.Row(
                                p.name(), "/directory/providers/" + p.id(), List.of(latest.containsKey(p.id())
                                        ? latest.get(p.id()).visitedOn().toString() : "None"))));
            }
            default -> throw new org.waymark.shared.BadQueryException(List.of(new org.waymark.shared.FieldProblem(
                    "measure", "Choose a list from the impact page: " + String.join(", ", LISTS))));
        }
        if (!children.isEmpty()) {
            audit.recordAll(user, org.waymark.audit.AuditTrail.Action.VIEWED, "PUPIL", children.stream().distinct()
                    .map(id -> new org.waymark.audit.AuditTrail.Subject(id, id, la)).toList(), "impact list " + measure);
        }
        return new FigureList(title, headings, rows);
    }

    private Map<UUID, OversightRecords.VisitFact> latestVisits(UUID la) {
        Map<UUID, OversightRecords.VisitFact> latest = new HashMap<>();
        records.signedOffVisits(la).forEach(q -> latest.merge(q.providerId(), q,
                (a, b) -> a.visitedOn().isAfter(b.visitedOn()) ? a : b));
        return latest;
    }

    /** Providers working with the LA by their latest signed-off QA outcome (NONE when they have none). */
    public Map<String, Long> providersByQaOutcome(SignedInUser user) {
        LaOverview.requireLa(user);
        var latest = latestVisits(user.localAuthorityId());
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (String k : List.of("EFFECTIVE", "REQUIRES_IMPROVEMENT", "SIGNIFICANT_CONCERNS", "NONE")) {
            counts.put(k, 0L);
        }
        records.providers(user.localAuthorityId()).forEach(p -> counts.merge(latest.containsKey(p.id())
                ? latest.get(p.id()).overallOutcome() : "NONE", 1L, Long::sum));
        return counts;
    }

    /** Attendance of the LA's children at providers over a half-term and the one before it (ADR 0701). */
    public record HalfTerms(LocalDate thisFrom, LocalDate thisTo, BigDecimal thisHalfTerm, LocalDate lastFrom,
            LocalDate lastTo, BigDecimal lastHalfTerm) {
    }

    public HalfTerms attendanceByHalfTerm(SignedInUser user) {
        LaOverview.requireLa(user);
        UUID la = user.localAuthorityId();
        LocalDate today = LocalDate.now(clock);
        var calendar = records.calendar(la);
        LocalDate[] current = halfTerm(calendar, today);
        LocalDate[] last = halfTerm(calendar, current[0].minusDays(1));
        return new HalfTerms(current[0], current[1], rateBetween(la, current[0], current[1]), last[0], last[1],
                rateBetween(la, last[0], last[1]));
    }

    /**
     * The half-term holding {@code day}: back to the day after the last break of three or more weekdays without
     * school (a half-term or holiday), looking back at most 120 days; its end is the last school day up to
     * {@code day}.
     */
    static LocalDate[] halfTerm(org.waymark.calendar.LaCalendar calendar, LocalDate day) {
        LocalDate d = day;
        while (!calendar.isSchoolDay(d) && d.isAfter(day.minusDays(120))) {
            d = d.minusDays(1);
        }
        LocalDate end = d;
        int gap = 0;
        LocalDate start = d;
        for (LocalDate x = d; x.isAfter(day.minusDays(240)); x = x.minusDays(1)) {
            boolean weekday = x.getDayOfWeek().getValue() <= 5;
            if (calendar.isSchoolDay(x)) {
                start = x;
                gap = 0;
            } else if (weekday && ++gap >= 3) {
                break;
            }
        }
        return new LocalDate[] {start, end};
    }

    private BigDecimal rateBetween(UUID la, LocalDate from, LocalDate to) {
        int attended = 0;
        int possible = 0;
        for (var s : records.attendance(la, from, to).values()) {
            attended += s.attended();
            possible += s.possibleSessions();
        }
        return percent(attended, possible);
    }

    private static UUID id(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new org.waymark.shared.BadQueryException(List.of(new org.waymark.shared.FieldProblem("value",
                    "Choose a school or provider from the benchmarking page")));
        }
    }

    private Map<UUID, String> names(java.util.Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        pupils.find(new HashSet<>(ids)).forEach((id, p) -> names.put(id, p.displayName()));
        return names;
    }

    private java.util.function.Predicate<LocalDate> keyFilter(UUID la, String key, Period period) {
        if (key == null || key.isBlank()) {
            return period::contains;
        }
        String k = key.trim();
        if (k.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return period::contains; // a date (framework lists): the list reads it itself
        }
        if (k.matches("\\d{4}-[123]")) {
            var terms = records.terms(la);
            return d -> terms.of(d).slug().equals(k);
        }
        int y = Period.parseYear(k);
        return d -> Period.yearOf(d) == y;
    }

    private static String keyWords(String key) {
        if (key == null || key.isBlank()) {
            return "";
        }
        if (key.trim().matches("\\d{4}-[123]")) {
            int y = Integer.parseInt(key.trim().substring(0, 4));
            return ", " + new String[] {"autumn", "spring", "summer"}[key.trim().charAt(5) - '1'] + " term "
                    + Period.yearLabel(y);
        }
        return ", " + Period.yearLabel(Period.parseYear(key));
    }

    private static LocalDate parseOn(String key, LocalDate fallback) {
        if (key == null || key.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(key.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new org.waymark.shared.BadQueryException(List.of(new org.waymark.shared.FieldProblem("key",
                    "The date must be written as YYYY-MM-DD")));
        }
    }

    static String rate(BigDecimal rate) {
        return rate == null ? "no sessions" : rate.toPlainString() + "%";
    }

    static String words(String outcome) {
        return switch (outcome) {
            case "EFFECTIVE" -> "Effective";
            case "REQUIRES_IMPROVEMENT" -> "Requires improvement";
            case "SIGNIFICANT_CONCERNS" -> "Significant concerns";
            default -> outcome;
        };
    }

    public Measures measures(SignedInUser user, Period period) {
        LaOverview.requireLa(user);
        UUID la = user.localAuthorityId();
        LocalDate today = LocalDate.now(clock);
        List<Integer> years = period.academicYears();
        List<PlacementFact> placements = records.placements(la);
        var exclusions = records.exclusions(la);
        var terms = records.terms(la);

        List<ExclusionFigures> byYear = new ArrayList<>();
        for (int y : years) {
            byYear.add(exclusionFigures(Period.yearLabel(y), String.valueOf(y), exclusions.stream()
                    .filter(e -> Period.yearOf(e.startDate()) == y && period.contains(e.startDate())).toList()));
        }
        Map<OversightRecords.TermKey, List<OversightRecords.ExclusionFact>> termGroups = new TreeMap<>();
        exclusions.stream().filter(e -> period.contains(e.startDate()))
                .forEach(e -> termGroups.computeIfAbsent(terms.of(e.startDate()), k -> new ArrayList<>()).add(e));
        List<ExclusionFigures> byTerm = new ArrayList<>();
        termGroups.forEach((k, v) -> byTerm.add(exclusionFigures(k.label(), k.slug(), v)));

        return new Measures(period.from(), period.to(), byYear, byTerm, beforeAndAfter(placements, exclusions, period,
                today), attendance(la, placements, years, period, today), framework(la, years, period, today),
                oversight(la, placements, years, today), reintegration(la, years, period), qa(la, years, period));
    }

    private static ExclusionFigures exclusionFigures(String label, String key,
            List<OversightRecords.ExclusionFact> list) {
        long permanent = list.stream().filter(e -> e.kind().equals("PERMANENT")).count();
        var suspensions = list.stream().filter(e -> e.kind().equals("SUSPENSION")).toList();
        long sessions = suspensions.stream().mapToLong(e -> e.sessions() == null ? 0 : e.sessions()).sum();
        long pupils = suspensions.stream().map(OversightRecords.ExclusionFact::pupilId).distinct().count();
        return new ExclusionFigures(label, key, permanent, suspensions.size(), sessions, pupils);
    }

    /** First placement that started, per pupil, when it started within the period. */
    static Map<UUID, LocalDate> firstStarts(List<PlacementFact> placements, Period period) {
        Map<UUID, LocalDate> first = new HashMap<>();
        for (PlacementFact p : placements) {
            if (p.started()) {
                first.merge(p.pupilId(), p.startDate(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        first.values().removeIf(d -> !period.contains(d));
        return first;
    }

    private static BeforeAndAfter beforeAndAfter(List<PlacementFact> placements,
            List<OversightRecords.ExclusionFact> exclusions, Period period, LocalDate today) {
        Map<UUID, LocalDate> first = firstStarts(placements, period);
        long before = 0;
        long since = 0;
        for (var e : exclusions) {
            LocalDate start = first.get(e.pupilId());
            if (start == null) {
                continue;
            }
            if (e.startDate().isBefore(start) && !e.startDate().isBefore(start.minusYears(1))) {
                before++;
            } else if (!e.startDate().isBefore(start) && !e.startDate().isAfter(start.plusYears(1))
                    && !e.startDate().isAfter(today)) {
                since++;
            }
        }
        return new BeforeAndAfter(first.size(), before, since);
    }

    private List<AttendanceFigures> attendance(UUID la, List<PlacementFact> placements, List<Integer> years,
            Period period, LocalDate today) {
        Map<UUID, AttendanceSummary> baselines = records.baselines(la);
        Map<UUID, AttendanceSummary> during = records.attendance(la, LocalDate.of(years.get(0), 9, 1), today);
        List<AttendanceFigures> list = new ArrayList<>();
        for (int y : years) {
            int possibleBefore = 0;
            int attendedBefore = 0;
            int possibleDuring = 0;
            int attendedDuring = 0;
            long n = 0;
            long improved = 0;
            for (PlacementFact p : placements) {
                AttendanceSummary b = baselines.get(p.id());
                if (!p.started() || b == null || Period.yearOf(p.startDate()) != y || !period.contains(p.startDate())) {
                    continue;
                }
                n++;
                possibleBefore += b.possibleSessions();
                attendedBefore += b.attended();
                AttendanceSummary d = during.get(p.id());
                if (d != null) {
                    possibleDuring += d.possibleSessions();
                    attendedDuring += d.attended();
                    if (d.attendanceRate() != null && b.attendanceRate() != null
                            && d.attendanceRate().compareTo(b.attendanceRate()) > 0) {
                        improved++;
                    }
                }
            }
            list.add(new AttendanceFigures(Period.yearLabel(y), String.valueOf(y), n,
                    percent(attendedBefore, possibleBefore), percent(attendedDuring, possibleDuring), improved));
        }
        return list;
    }

    /** Status on the LA's directory of each provider on {@code on}, from the status history (ADR 0701). */
    static Map<UUID, String> statusOn(List<OversightRecords.ProviderFact> providers,
            List<OversightRecords.StatusFact> history, LocalDate on) {
        Map<UUID, String> status = new HashMap<>();
        Map<UUID, List<OversightRecords.StatusFact>> byProvider = new HashMap<>();
        history.forEach(h -> byProvider.computeIfAbsent(h.providerId(), k -> new ArrayList<>()).add(h));
        for (var p : providers) {
            List<OversightRecords.StatusFact> changes = byProvider.getOrDefault(p.id(), List.of());
            String s;
            if (changes.isEmpty()) {
                s = p.directoryStatus();
            } else {
                s = changes.get(0).fromStatus();
                for (var c : changes) {
                    if (!c.effectiveOn().isAfter(on)) {
                        s = c.toStatus();
                    }
                }
            }
            status.put(p.id(), s);
        }
        return status;
    }

    private List<FrameworkFigures> framework(UUID la, List<Integer> years, Period period, LocalDate today) {
        var providers = records.providers(la);
        var history = records.statusHistory(la);
        List<FrameworkFigures> list = new ArrayList<>();
        for (int y : years) {
            LocalDate end = LocalDate.of(y + 1, 8, 31);
            LocalDate on = end.isAfter(period.to()) ? period.to() : end;
            LocalDate yearStart = LocalDate.of(y, 9, 1);
            long approved = statusOn(providers, history, on).values().stream().filter("APPROVED"::equals).count();
            long joined = history.stream().filter(h -> h.toStatus().equals("APPROVED")
                    && !h.fromStatus().equals("SUSPENDED") && !h.effectiveOn().isBefore(yearStart)
                    && !h.effectiveOn().isAfter(on)).map(OversightRecords.StatusFact::providerId).distinct().count();
            list.add(new FrameworkFigures(Period.yearLabel(y), on, approved, joined));
        }
        return list;
    }

    private List<OversightFigures> oversight(UUID la, List<PlacementFact> placements, List<Integer> years,
            LocalDate today) {
        var schools = records.schools(la);
        List<OversightFigures> list = new ArrayList<>();
        for (int y : years) {
            LocalDate from = LocalDate.of(y, 9, 1);
            LocalDate to = LocalDate.of(y + 1, 8, 31);
            Set<UUID> seen = new HashSet<>();
            long count = 0;
            for (PlacementFact p : placements) {
                if ("SCHOOL".equals(p.commissionerType()) && p.homeSchoolId() != null
                        && p.runsDuring(from, to, today)) {
                    seen.add(p.homeSchoolId());
                    count++;
                }
            }
            list.add(new OversightFigures(Period.yearLabel(y), String.valueOf(y), schools.size(), seen.size(),
                    percent(seen.size(), schools.size()), count));
        }
        return list;
    }

    private List<ReintegrationFigures> reintegration(UUID la, List<Integer> years, Period period) {
        var endings = records.endings(la);
        List<ReintegrationFigures> list = new ArrayList<>();
        BigDecimal last = null;
        for (int y : years) {
            var inYear = endings.stream().filter(e -> Period.yearOf(e.endedOn()) == y && period.contains(e.endedOn()))
                    .toList();
            long back = inYear.stream().filter(e -> e.outcome().equals("REINTEGRATED_TO_MAINSTREAM")).count();
            BigDecimal rate = percent(back, inYear.size());
            BigDecimal change = last == null || rate == null || last.signum() == 0 ? null
                    : rate.subtract(last).multiply(BigDecimal.valueOf(100)).divide(last, 0, RoundingMode.HALF_UP);
            list.add(new ReintegrationFigures(Period.yearLabel(y), String.valueOf(y), inYear.size(), back, rate, change));
            last = rate;
        }
        return list;
    }

    private List<QaFigures> qa(UUID la, List<Integer> years, Period period) {
        var visits = records.signedOffVisits(la);
        List<QaFigures> list = new ArrayList<>();
        for (int y : years) {
            var inYear = visits.stream().filter(v -> Period.yearOf(v.visitedOn()) == y && period.contains(v.visitedOn()))
                    .toList();
            list.add(new QaFigures(Period.yearLabel(y), String.valueOf(y), inYear.size(),
                    inYear.stream().filter(v -> v.overallOutcome().equals("EFFECTIVE")).count(),
                    inYear.stream().filter(v -> v.overallOutcome().equals("REQUIRES_IMPROVEMENT")).count(),
                    inYear.stream().filter(v -> v.overallOutcome().equals("SIGNIFICANT_CONCERNS")).count()));
        }
        return list;
    }

    /** A percentage to one decimal place, half up; null when there is nothing to divide by. */
    public static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
