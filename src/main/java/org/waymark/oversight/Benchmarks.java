package org.waymark.oversight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.waymark.attendance.AttendanceSummary;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.oversight.OversightRecords.PlacementFact;
import org.waymark.shared.ForbiddenException;

/**
 * Benchmarking (issue 9): each school's use of AP per 1,000 pupils on roll (the roll from the GIAS import), by
 * tier and by length; providers compared on attendance, reintegration, QA outcome and feedback; placements started
 * by term and academic year. The LA's officers see every school and provider; a school sees its own figures beside
 * the LA's aggregates, suppressed ({@link Suppression#rowBesideOwn}), and never another school's.
 */
@Service
public class Benchmarks {

    public static final List<String> TIERS = List.of("Tier 1", "Tier 2", "Tier 3");
    public static final List<String> LENGTHS = List.of("Up to 6 weeks", "7 to 12 weeks", "More than 12 weeks");

    /** One school's placements started in the period, by tier and length, and per 1,000 pupils on roll. */
    public record SchoolUse(UUID schoolId, String school, Integer numberOnRoll, long placements, List<Long> byTier,
            List<Long> byLength, BigDecimal perThousand) {
    }

    /** The LA's aggregates as a school may see them: every figure as text, suppressed where it must be. */
    public record Aggregate(String placements, List<String> byTier, List<String> byLength, String perThousand,
            String medianPerThousand, String position) {
    }

    /** The school benchmark: every school for the LA, the school's own row and the aggregates for a school. */
    public record SchoolBenchmark(LocalDate from, LocalDate to, List<SchoolUse> schools, Aggregate localAuthority) {
    }

    public record ProviderComparison(UUID providerId, String provider, long placements, BigDecimal attendance,
            long ended, long reintegrated, BigDecimal reintegrationRate, String latestQaOutcome, long feedbackAnswers,
            BigDecimal meanHelped) {
    }

    /** Placements started in a term or academic year, by tier. */
    public record Trend(String period, String key, long started, List<Long> byTier) {
    }

    public record Trends(List<Trend> byTerm, List<Trend> byYear) {
    }

    private final OversightRecords records;
    private final Clock clock;

    Benchmarks(OversightRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    public static boolean maySee(SignedInUser user) {
        return user.isLaWide() || user.role() == Role.SCHOOL_COMMISSIONER;
    }

    /**
     * Length band of a placement (0, 1, 2): the days from its start to the day it ended, or for one still running to
     * its planned end (today when it has none), both days counted.
     */
    static int lengthBand(PlacementFact p, LocalDate today) {
        long days = ChronoUnit.DAYS.between(p.startDate(), p.lastDay(today)) + 1;
        return days <= 42 ? 0 : days <= 84 ? 1 : 2;
    }

    public SchoolBenchmark schools(SignedInUser user, Period period) {
        if (!maySee(user)) {
            throw new ForbiddenException("Benchmarking is for the local authority and its schools");
        }
        UUID la = user.localAuthorityId();
        LocalDate today = LocalDate.now(clock);
        List<SchoolUse> all = new ArrayList<>();
        Map<UUID, List<PlacementFact>> bySchool = new HashMap<>();
        for (PlacementFact p : records.placements(la)) {
            if (p.started() && p.homeSchoolId() != null && period.contains(p.startDate())) {
                bySchool.computeIfAbsent(p.homeSchoolId(), k -> new ArrayList<>()).add(p);
            }
        }
        for (var s : records.schools(la)) {
            List<PlacementFact> list = bySchool.getOrDefault(s.id(), List.of());
            long[] tiers = new long[3];
            long[] lengths = new long[3];
            for (PlacementFact p : list) {
                if (p.tier() >= 1 && p.tier() <= 3) {
                    tiers[p.tier() - 1]++;
                }
                lengths[lengthBand(p, today)]++;
            }
            all.add(new SchoolUse(s.id(), s.name(), s.numberOnRoll(), list.size(), List.of(tiers[0], tiers[1], tiers[2]),
                    List.of(lengths[0], lengths[1], lengths[2]), perThousand(list.size(), s.numberOnRoll())));
        }
        all.sort(Comparator.comparing((SchoolUse u) -> u.perThousand() == null ? BigDecimal.valueOf(-1)
                : u.perThousand()).reversed().thenComparing(SchoolUse::school));
        if (user.isLaWide()) {
            return new SchoolBenchmark(period.from(), period.to(), all, aggregate(all, null));
        }
        SchoolUse own = all.stream().filter(u -> u.schoolId().equals(user.organisationId())).findFirst()
                .orElseThrow(() -> new org.waymark.shared.NotFoundException("School"));
        return new SchoolBenchmark(period.from(), period.to(), List.of(own), aggregate(all, own));
    }

    /** The LA's totals; beside a school's own row they are suppressed as {@link Suppression#rowBesideOwn}. */
    static Aggregate aggregate(List<SchoolUse> all, SchoolUse own) {
        List<Long> tiers = new ArrayList<>(List.of(0L, 0L, 0L));
        List<Long> lengths = new ArrayList<>(List.of(0L, 0L, 0L));
        long total = 0;
        long roll = 0;
        long placementsWithRoll = 0;
        List<BigDecimal> rates = new ArrayList<>();
        for (SchoolUse u : all) {
            for (int i = 0; i < 3; i++) {
                tiers.set(i, tiers.get(i) + u.byTier().get(i));
                lengths.set(i, lengths.get(i) + u.byLength().get(i));
            }
            total += u.placements();
            if (u.numberOnRoll() != null && u.numberOnRoll() > 0) {
                roll += u.numberOnRoll();
                placementsWithRoll += u.placements();
                rates.add(u.perThousand());
            }
        }
        BigDecimal rate = perThousand(placementsWithRoll, roll > 0 ? (int) roll : null);
        BigDecimal median = median(rates);
        if (own == null) {
            return new Aggregate(String.valueOf(total), tiers.stream().map(String::valueOf).toList(),
                    lengths.stream().map(String::valueOf).toList(), text(rate), text(median), "");
        }
        List<Suppression.Shown> t = Suppression.rowBesideOwn(tiers, own.byTier());
        List<Suppression.Shown> l = Suppression.rowBesideOwn(lengths, own.byLength());
        Suppression.Shown totalShown = t.get(3);
        // the rate is the total divided by a published roll: hidden whenever the total is
        String rateText = totalShown.suppressed() ? totalShown.text() : text(rate);
        String position = own.perThousand() == null || median == null ? "Not known: the school's roll is not recorded"
                : own.perThousand().compareTo(median) > 0 ? "Above the middle school in the local authority"
                : own.perThousand().compareTo(median) < 0 ? "Below the middle school in the local authority"
                : "The same as the middle school in the local authority";
        return new Aggregate(totalShown.text(), t.subList(0, 3).stream().map(Suppression.Shown::text).toList(),
                l.subList(0, 3).stream().map(Suppression.Shown::text).toList(), rateText,
                rates.size() < Suppression.THRESHOLD ? Suppression.SUPPRESSED : text(median), position);
    }

    static BigDecimal perThousand(long placements, Integer roll) {
        return roll == null || roll <= 0 ? null : BigDecimal.valueOf(placements * 1000)
                .divide(BigDecimal.valueOf(roll), 1, RoundingMode.HALF_UP);
    }

    static BigDecimal median(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).add(sorted.get(n / 2))
                .divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
    }

    private static String text(BigDecimal d) {
        return d == null ? "not known" : d.toPlainString();
    }

    /** Providers the LA's children attended in the period, compared (LA officers only). */
    public List<ProviderComparison> providers(SignedInUser user, Period period) {
        LaOverview.requireLa(user);
        UUID la = user.localAuthorityId();
        LocalDate today = LocalDate.now(clock);
        Map<UUID, String> names = new HashMap<>();
        records.providers(la).forEach(p -> names.put(p.id(), p.name()));
        Map<UUID, AttendanceSummary> attendance = records.attendance(la, period.from(), period.to());
        Map<UUID, List<PlacementFact>> byProvider = new TreeMap<>();
        for (PlacementFact p : records.placements(la)) {
            if (p.runsDuring(period.from(), period.to(), today)) {
                byProvider.computeIfAbsent(p.providerId(), k -> new ArrayList<>()).add(p);
                names.computeIfAbsent(p.providerId(), k -> "Provider");
            }
        }
        Map<UUID, OversightRecords.VisitFact> latest = new HashMap<>();
        records.signedOffVisits(la).forEach(v -> latest.merge(v.providerId(), v,
                (a, b) -> a.visitedOn().isAfter(b.visitedOn()) ? a : b));
        Map<UUID, long[]> feedback = new HashMap<>();
        records.feedback(la).forEach(f -> {
            long[] c = feedback.computeIfAbsent(f.providerId(), k -> new long[2]);
            c[0]++;
            c[1] += f.helped();
        });
        var endings = records.endings(la).stream().filter(e -> period.contains(e.endedOn())).toList();
        List<ProviderComparison> list = new ArrayList<>();
        byProvider.forEach((id, placements) -> {
            int attended = 0;
            int possible = 0;
            for (PlacementFact p : placements) {
                AttendanceSummary s = attendance.get(p.id());
                if (s != null) {
                    attended += s.attended();
                    possible += s.possibleSessions();
                }
            }
            long ended = endings.stream().filter(e -> e.providerId().equals(id)).count();
            long back = endings.stream().filter(e -> e.providerId().equals(id)
                    && e.outcome().equals("REINTEGRATED_TO_MAINSTREAM")).count();
            long[] f = feedback.getOrDefault(id, new long[2]);
            var qa = latest.get(id);
            list.add(new ProviderComparison(id, names.get(id), placements.size(), Impact.percent(attended, possible),
                    ended, back, Impact.percent(back, ended), qa == null ? "No QA outcome" : Impact.words(
                            qa.overallOutcome()), f[0], f[0] == 0 ? null : BigDecimal.valueOf(f[1])
                            .divide(BigDecimal.valueOf(f[0]), 1, RoundingMode.HALF_UP)));
        });
        list.sort(Comparator.comparing(ProviderComparison::provider));
        return list;
    }

    /** Placements started by term and by academic year, with the tier of each (LA officers only). */
    public Trends trends(SignedInUser user, Period period) {
        LaOverview.requireLa(user);
        UUID la = user.localAuthorityId();
        var terms = records.terms(la);
        Map<OversightRecords.TermKey, long[]> byTerm = new TreeMap<>();
        Map<Integer, long[]> byYear = new TreeMap<>();
        period.academicYears().forEach(y -> byYear.put(y, new long[4]));
        for (PlacementFact p : records.placements(la)) {
            if (!p.started() || !period.contains(p.startDate())) {
                continue;
            }
            long[] t = byTerm.computeIfAbsent(terms.of(p.startDate()), k -> new long[4]);
            long[] y = byYear.computeIfAbsent(Period.yearOf(p.startDate()), k -> new long[4]);
            t[0]++;
            y[0]++;
            if (p.tier() >= 1 && p.tier() <= 3) {
                t[p.tier()]++;
                y[p.tier()]++;
            }
        }
        List<Trend> terms2 = new ArrayList<>();
        byTerm.forEach((k, c) -> terms2.add(new Trend(k.label(), k.slug(), c[0], List.of(c[1], c[2], c[3]))));
        List<Trend> years = new ArrayList<>();
        byYear.forEach((k, c) -> years.add(new Trend(Period.yearLabel(k), String.valueOf(k), c[0],
                List.of(c[1], c[2], c[3]))));
        return new Trends(terms2, years);
    }
}
