package org.waymark.oversight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.waymark.organisation.SignedInUser;
import org.waymark.oversight.OversightRecords.PlacementFact;

/**
 * Sufficiency (issue 9; North West matrix "sufficiency of places"): approved places by framework lot and by area
 * against the placements using them and the requests waiting, the wait from the commissioning decision to the
 * start, and a forecast of next year's placements from the trend (method: ADR 0701).
 */
@Service
public class Sufficiency {

    /**
     * Places at the approved providers of a lot or area: the capacity they declared ({@code providersWithoutCapacity}
     * did not declare one), placements running there today, and requests (placements proposed and not yet started).
     */
    public record Places(String group, String key, long providers, long places, long providersWithoutCapacity,
            long inUse, long requests) {
    }

    /** Days from decision to start of the placements that started in a year. */
    public record Waiting(String period, String key, long placements, Long medianDays, BigDecimal meanDays) {
    }

    /** Placements started in each 12-month window ending today (oldest first) and the forecast for the next. */
    public record Forecast(List<Window> windows, Long nextYear, String method) {
    }

    public record Window(LocalDate from, LocalDate to, long started) {
    }

    public record Report(LocalDate on, List<Places> byLot, List<Places> byArea, List<Waiting> waiting,
            Forecast forecast) {
    }

    public static final String METHOD = "Least-squares straight line through the placements started in each of the "
            + "last three 12-month windows ending today, from the LA's first placement on; the forecast is the line's "
            + "value for the next 12 months, rounded, never below zero. Needs at least two windows.";

    private final OversightRecords records;
    private final Clock clock;

    Sufficiency(OversightRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    public Report report(SignedInUser user, Period period) {
        LaOverview.requireLa(user);
        UUID la = user.localAuthorityId();
        LocalDate today = LocalDate.now(clock);
        List<PlacementFact> placements = records.placements(la);
        var providers = records.providers(la).stream().filter(p -> "APPROVED".equals(p.directoryStatus())).toList();
        Map<UUID, Long> inUse = new HashMap<>();
        Map<UUID, Long> requests = new HashMap<>();
        for (PlacementFact p : placements) {
            if ("ACTIVE".equals(p.status()) && !p.startDate().isAfter(today)) {
                inUse.merge(p.providerId(), 1L, Long::sum);
            } else if ("PROPOSED".equals(p.status()) || ("ACTIVE".equals(p.status()) && p.startDate().isAfter(today))) {
                requests.merge(p.providerId(), 1L, Long::sum);
            }
        }
        Map<String, String> lotKeys = new HashMap<>();
        Map<UUID, OversightRecords.ProviderFact> approved = providers.stream()
                .collect(Collectors.toMap(OversightRecords.ProviderFact::id, p -> p));
        List<OversightRecords.LotFact> lotFacts = records.lots(la);
        Map<Integer, String> lotNames = new TreeMap<>();
        lotFacts.forEach(l -> lotNames.put(l.number(), "Lot " + l.number() + ": " + l.name()));
        Map<String, List<OversightRecords.ProviderFact>> byLot = new LinkedHashMap<>();
        lotNames.forEach((n, name) -> {
            byLot.put(name, new ArrayList<>());
            lotKeys.put(name, String.valueOf(n));
        });
        for (var l : lotFacts) {
            var p = approved.get(l.providerId());
            if (p != null) {
                byLot.get("Lot " + l.number() + ": " + l.name()).add(p);
            }
        }
        Map<String, List<OversightRecords.ProviderFact>> byArea = new TreeMap<>();
        providers.forEach(p -> byArea.computeIfAbsent(p.area() == null || p.area().isBlank() ? "Area not given"
                : p.area(), k -> new ArrayList<>()).add(p));
        List<Places> lotRows = new ArrayList<>();
        byLot.forEach((name, list) -> lotRows.add(places(name, lotKeys.get(name), list, inUse, requests)));
        List<Places> areaRows = new ArrayList<>();
        byArea.forEach((name, list) -> areaRows.add(places(name, name, list, inUse, requests)));
        return new Report(today, lotRows, areaRows, waiting(la, placements, period), forecastOf(placements, today));
    }

    private static Places places(String name, String key, List<OversightRecords.ProviderFact> list,
            Map<UUID, Long> inUse, Map<UUID, Long> requests) {
        long places = list.stream().filter(p -> p.capacity() != null).mapToLong(p -> p.capacity()).sum();
        long unknown = list.stream().filter(p -> p.capacity() == null).count();
        Set<UUID> ids = list.stream().map(OversightRecords.ProviderFact::id).collect(Collectors.toSet());
        return new Places(name, key, list.size(), places, unknown,
                ids.stream().mapToLong(id -> inUse.getOrDefault(id, 0L)).sum(),
                ids.stream().mapToLong(id -> requests.getOrDefault(id, 0L)).sum());
    }

    private List<Waiting> waiting(UUID la, List<PlacementFact> placements, Period period) {
        Map<UUID, LocalDate> decided = new HashMap<>();
        records.decisions(la).forEach(d -> decided.put(d.placementId(), d.decidedOn()));
        Map<Integer, List<Long>> byYear = new TreeMap<>();
        period.academicYears().forEach(y -> byYear.put(y, new ArrayList<>()));
        for (PlacementFact p : placements) {
            LocalDate d = decided.get(p.id());
            if (p.started() && d != null && period.contains(p.startDate()) && !d.isAfter(p.startDate())) {
                byYear.computeIfAbsent(Period.yearOf(p.startDate()), k -> new ArrayList<>())
                        .add(ChronoUnit.DAYS.between(d, p.startDate()));
            }
        }
        List<Waiting> list = new ArrayList<>();
        byYear.forEach((y, days) -> {
            List<Long> sorted = days.stream().sorted().toList();
            Long median = sorted.isEmpty() ? null : sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                    : Math.round((sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2.0);
            BigDecimal mean = sorted.isEmpty() ? null : BigDecimal.valueOf(sorted.stream().mapToLong(Long::longValue)
                    .sum()).divide(BigDecimal.valueOf(sorted.size()), 1, RoundingMode.HALF_UP);
            list.add(new Waiting(Period.yearLabel(y), String.valueOf(y), sorted.size(), median, mean));
        });
        return list;
    }

    /** The forecast of ADR 0701; public for its table test. */
    public static Forecast forecast(List<LocalDate> starts, LocalDate today) {
        LocalDate first = starts.stream().min(LocalDate::compareTo).orElse(null);
        List<Window> windows = new ArrayList<>();
        for (int i = 2; i >= 0; i--) {
            LocalDate to = today.minusYears(i);
            LocalDate from = to.minusYears(1).plusDays(1);
            if (first == null || to.isBefore(first)) {
                continue;
            }
            long n = starts.stream().filter(d -> !d.isBefore(from) && !d.isAfter(to)).count();
            windows.add(new Window(from, to, n));
        }
        if (windows.size() < 2) {
            return new Forecast(windows, null, METHOD);
        }
        int k = windows.size();
        double meanX = (k - 1) / 2.0;
        double meanY = windows.stream().mapToLong(Window::started).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        for (int x = 0; x < k; x++) {
            sxy += (x - meanX) * (windows.get(x).started() - meanY);
            sxx += (x - meanX) * (x - meanX);
        }
        double slope = sxy / sxx;
        double next = meanY + slope * (k - meanX);
        return new Forecast(windows, Math.max(0, Math.round(next)), METHOD);
    }

    private static Forecast forecastOf(List<PlacementFact> placements, LocalDate today) {
        return forecast(placements.stream().filter(PlacementFact::started).map(PlacementFact::startDate)
                .filter(d -> !d.isAfter(today)).toList(), today);
    }
}
