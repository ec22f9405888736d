package org.waymark.oversight;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.waymark.commissioning.PlacementSummary;
import org.waymark.commissioning.Placements;
import org.waymark.compliance.FlagCode;
import org.waymark.compliance.Flags;
import org.waymark.directory.ProviderSummary;
import org.waymark.directory.ProviderDirectory;
import org.waymark.organisation.SignedInUser;
import org.waymark.pupil.Pupil;
import org.waymark.pupil.Pupils;
import org.waymark.shared.BadQueryException;
import org.waymark.shared.FieldProblem;
import org.waymark.shared.ForbiddenException;

/**
 * The LA overview: the LA's children in AP today and the breakdowns an AP officer asks for, built from the
 * placements, pupils, directory and flags (nothing invented). Every figure has the list of children behind it.
 * For the LA's own officers: figures are not suppressed here.
 */
@Service
public class LaOverview {

    /** The ways the children in AP today are broken down, each with the words the page uses. */
    public enum Dimension {
        TIER("Tier"), REGISTRATION("Provider's registration"), SCHOOL("Home school"), PROVIDER("Provider"),
        YEAR_GROUP("Year group"), SEN("SEN status"), LOOKED_AFTER("Looked after");

        private final String label;

        Dimension(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public String slug() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Dimension fromSlug(String slug) {
            for (Dimension d : values()) {
                if (d.slug().equals(slug)) {
                    return d;
                }
            }
            throw new BadQueryException(List.of(new FieldProblem("by", "Choose a breakdown from the overview")));
        }
    }

    /** One group of a breakdown: its label and the children in it. */
    public record Group(String label, long children) {
    }

    /** A child in AP today with one of their active placements (a child at two providers appears twice). */
    public record ChildInAp(UUID pupilId, String name, String yearGroup, String school, UUID placementId,
            String provider, int tier, LocalDate start) {
    }

    /** api.md's {@code /oversight/summary}. */
    public record Summary(LocalDate date, long childrenInAp, long notFullTime, long unregisteredInUse,
            long overdueReviews, Map<FlagCode, Long> openFlagsByCode) {
    }

    private record Row(PlacementSummary placement, Pupil pupil, String registration) {
    }

    private final Placements placements;
    private final Pupils pupils;
    private final ProviderDirectory directory;
    private final Flags flags;
    private final Clock clock;

    LaOverview(Placements placements, Pupils pupils, ProviderDirectory directory, Flags flags, Clock clock) {
        this.placements = placements;
        this.pupils = pupils;
        this.directory = directory;
        this.flags = flags;
        this.clock = clock;
    }

    public static void requireLa(SignedInUser user) {
        if (!user.isLaWide()) {
            throw new ForbiddenException("The LA overview is for the local authority's AP officers");
        }
    }

    public Summary summary(SignedInUser user) {
        requireLa(user);
        LocalDate today = LocalDate.now(clock);
        List<Row> rows = rows(user.localAuthorityId(), today);
        Map<FlagCode, Long> open = flags.openCountsByCode(user.localAuthorityId());
        long children = rows.stream().map(r -> r.placement().pupilId()).distinct().count();
        long unregistered = rows.stream().filter(r -> "UNREGISTERED".equals(r.registration()))
                .map(r -> r.placement().providerId()).distinct().count();
        return new Summary(today, children, open.get(FlagCode.NOT_FULL_TIME), unregistered,
                open.get(FlagCode.REVIEW_OVERDUE), open);
    }

    /** The children in AP today grouped by {@code dimension}, largest group first (tier and year in order). */
    public List<Group> breakdown(SignedInUser user, Dimension dimension) {
        requireLa(user);
        LocalDate today = LocalDate.now(clock);
        Map<String, java.util.Set<UUID>> groups = dimension == Dimension.TIER || dimension == Dimension.YEAR_GROUP
                ? new TreeMap<>(Comparator.comparing(LaOverview::sortKey)) : new HashMap<>();
        for (Row r : rows(user.localAuthorityId(), today)) {
            groups.computeIfAbsent(key(dimension, r, today), k -> new java.util.HashSet<>())
                    .add(r.placement().pupilId());
        }
        List<Group> list = new ArrayList<>();
        groups.forEach((k, v) -> list.add(new Group(k, v.size())));
        if (!(groups instanceof TreeMap)) {
            list.sort(Comparator.comparingLong(Group::children).reversed().thenComparing(Group::label));
        }
        return list;
    }

    /** The children behind one figure. */
    public List<ChildInAp> children(SignedInUser user, Optional<Dimension> dimension, String value) {
        requireLa(user);
        LocalDate today = LocalDate.now(clock);
        List<ChildInAp> list = new ArrayList<>();
        for (Row r : rows(user.localAuthorityId(), today)) {
            if (dimension.isPresent() && !key(dimension.get(), r, today).equals(value)) {
                continue;
            }
            PlacementSummary p = r.placement();
            list.add(new ChildInAp(p.pupilId(), p.pupilName(), r.pupil() == null ? "" : r.pupil().yearGroupName(today),
                    p.homeSchoolName() == null ? "No school place" : p.homeSchoolName(), p.id(), p.providerName(),
                    p.tier(), p.startDate()));
        }
        list.sort(Comparator.comparing(ChildInAp::name).thenComparing(ChildInAp::start));
        return list;
    }

    /**
     * The LA's children in AP today. The overview page asks for them once for the summary and once per chart;
     * within one request they are loaded once (a request attribute), which at region scale turned eight loads
     * of every active placement into one (README, "Measure"; ADR 0801).
     */
    @SuppressWarnings("unchecked")
    private List<Row> rows(UUID localAuthorityId, LocalDate today) {
        var request = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
        String key = LaOverview.class.getName() + ".rows." + localAuthorityId + "." + today;
        int scope = org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST;
        if (request != null && request.getAttribute(key, scope) instanceof List<?> cached) {
            return (List<Row>) cached;
        }
        List<Row> rows = load(localAuthorityId, today);
        if (request != null) {
            request.setAttribute(key, rows, scope);
        }
        return rows;
    }

    private List<Row> load(UUID localAuthorityId, LocalDate today) {
        List<PlacementSummary> active = placements.activeOn(localAuthorityId, today);
        Map<UUID, Pupil> byId = pupils.find(active.stream().map(PlacementSummary::pupilId).distinct().toList());
        // every provider's registration in one query, not one query per provider
        Map<UUID, ProviderSummary> providers = directory.summaries(active.stream().map(PlacementSummary::providerId)
                .distinct().toList());
        return active.stream().map(p -> new Row(p, byId.get(p.pupilId()),
                Optional.ofNullable(providers.get(p.providerId())).map(ProviderSummary::registration)
                        .map(Enum::name).orElse("UNKNOWN"))).toList();
    }

    private static String key(Dimension dimension, Row r, LocalDate today) {
        Function<Pupil, String> fromPupil = switch (dimension) {
            case YEAR_GROUP -> p -> p.yearGroupName(today);
            case SEN -> p -> p.senStatus().label();
            case LOOKED_AFTER -> p -> p.lookedAfter() ? "Looked after" : "Not looked after";
            default -> null;
        };
        if (fromPupil != null) {
            return r.pupil() == null ? "Unknown" : fromPupil.apply(r.pupil());
        }
        return switch (dimension) {
            case TIER -> "Tier " + r.placement().tier();
            case REGISTRATION -> registrationWords(r.registration());
            case SCHOOL -> r.placement().homeSchoolName() == null ? "No school place" : r.placement().homeSchoolName();
            case PROVIDER -> r.placement().providerName();
            default -> throw new IllegalStateException();
        };
    }

    static String registrationWords(String registration) {
        return switch (registration) {
            case "UNREGISTERED" -> "Unregistered provider";
            case "REGISTERED_INDEPENDENT_SCHOOL" -> "Registered independent school";
            case "ONLINE" -> "Online provider";
            case "PUPIL_REFERRAL_UNIT" -> "Pupil referral unit";
            case "AP_ACADEMY_OR_FREE_SCHOOL" -> "AP academy or free school";
            case "HOSPITAL_SCHOOL" -> "Hospital school";
            default -> "Not known";
        };
    }

    /** Orders "Tier 1" < "Tier 2", "Reception" < "Year 2" < "Year 10". */
    private static String sortKey(String label) {
        if (label.equals("Reception")) {
            return "000";
        }
        String digits = label.replaceAll("\\D", "");
        return digits.isEmpty() ? "999" + label : String.format("%03d", Integer.parseInt(digits));
    }
}
