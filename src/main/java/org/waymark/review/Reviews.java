package org.waymark.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.audit.AuditTrail;
import org.waymark.commissioning.PlacementStatus;
import org.waymark.commissioning.PlacementSummary;
import org.waymark.commissioning.Placements;
import org.waymark.commissioning.RegistrationArrangement;
import org.waymark.commissioning.SupportPlan;
import org.waymark.commissioning.SupportPlans;
import org.waymark.organisation.SignedInUser;
import org.waymark.organisation.Users;
import org.waymark.shared.ConflictException;
import org.waymark.shared.ForbiddenException;
import org.waymark.shared.Problems;
import org.waymark.shared.RecordsChanged;
import org.waymark.shared.Timestamps;

/**
 * Reviews of placements, read and written through the placement's scope. Recording a review moves the
 * placement's planned end (an agreed extension) and its next review date in the same transaction.
 */
@Service
public class Reviews {

    static final int TEXT = 4000;

    private final JdbcClient db;
    private final Clock clock;
    private final Placements placements;
    private final AuditTrail audit;
    private final Users users;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<AttendanceSince> attendance;
    private final SupportPlans plans;

    Reviews(JdbcClient db, Clock clock, Placements placements, AuditTrail audit, Users users,
            ApplicationEventPublisher events, ObjectProvider<AttendanceSince> attendance, SupportPlans plans) {
        this.plans = plans;
        this.db = db;
        this.clock = clock;
        this.placements = placements;
        this.audit = audit;
        this.users = users;
        this.events = events;
        this.attendance = attendance;
    }

    /** Whether attendance since the last review can be filled in from registers (an {@link AttendanceSince} exists). */
    public boolean registersAvailable() {
        return attendance.getIfAvailable() != null;
    }

    /** Attendance from registers between two dates, when registers are available. */
    public Optional<AttendanceFigures> attendanceBetween(UUID placementId, LocalDate from, LocalDate to) {
        AttendanceSince source = attendance.getIfAvailable();
        return source == null ? Optional.empty() : source.between(placementId, from, to);
    }

    /** Whether {@code user} may record reviews of the placement: its commissioner (and the LA's officers). */
    public static boolean mayRecord(SignedInUser user, PlacementSummary p) {
        return Placements.isCommissioner(user, p);
    }

    // ---- reads ------------------------------------------------------------------------------

    /** The placement's reviews, latest first (the view is audited). */
    public List<Review> list(SignedInUser user, UUID placementId) {
        PlacementSummary p = placements.read(user, placementId);
        audit.record(user, AuditTrail.Action.VIEWED, "REVIEW", placementId, p.pupilId(), p.localAuthorityId(),
                "reviews");
        return reviewsOf(placementId);
    }

    /** One review of a placement the caller may see, or 404. */
    public Review review(SignedInUser user, UUID placementId, UUID reviewId) {
        PlacementSummary p = placements.read(user, placementId);
        Review r = reviewsOf(placementId).stream().filter(x -> x.id().equals(reviewId)).findFirst()
                .orElseThrow(() -> new org.waymark.shared.NotFoundException("Review"));
        audit.record(user, AuditTrail.Action.VIEWED, "REVIEW", reviewId, p.pupilId(), p.localAuthorityId(), "review");
        return r;
    }

    /** The schedule of a placement the caller may see. */
    public ReviewPlan plan(SignedInUser user, UUID placementId) {
        return plan(placements.read(user, placementId));
    }

    /** The schedule of a placement already read in the caller's scope. */
    public ReviewPlan plan(PlacementSummary p) {
        List<LocalDate> held = db.sql("select held_on from review where placement_id = ? order by held_on desc")
                .param(p.id()).query(LocalDate.class).list();
        boolean dual = p.registrationArrangement() == RegistrationArrangement.DUAL;
        if (p.status() != PlacementStatus.ACTIVE) {
            return new ReviewPlan(p.reviewIntervalWeeks(), dual, null, null, List.of(), held);
        }
        LocalDate last = held.isEmpty() ? null : held.get(0);
        LocalDate due = dueOn(p, last);
        List<LocalDate> next = ReviewSchedule.upcoming(p.startDate(), p.plannedEndDate(), p.reviewIntervalWeeks(),
                dual, last, agreedNext(p, last), 8);
        return new ReviewPlan(p.reviewIntervalWeeks(), dual, due,
                ReviewSchedule.status(due, LocalDate.now(clock)), next.isEmpty() ? next : next.subList(1, next.size()),
                held);
    }

    /** The next review's due date of an active placement whose latest review was on {@code lastReview}. */
    public LocalDate dueOn(PlacementSummary p, LocalDate lastReview) {
        return ReviewSchedule.nextDue(p.startDate(), p.reviewIntervalWeeks(),
                p.registrationArrangement() == RegistrationArrangement.DUAL, lastReview, agreedNext(p, lastReview));
    }

    private static LocalDate agreedNext(PlacementSummary p, LocalDate lastReview) {
        return p.nextReviewDate();
    }

    /**
     * The outcomes agreed in the placement's support plan, each with the baseline and target scores a review
     * compares "now" against (see {@link AgreedOutcome}); then any outcome scored at the latest review that the plan
     * does not name (added at a review), so nothing tracked drops off the form.
     */
    public List<AgreedOutcome> agreedOutcomes(SignedInUser user, UUID placementId) {
        SupportPlan plan = plans.plan(user, placementId);
        List<ProgressEntry> latest = reviewsOf(placementId).stream().findFirst().map(Review::progress)
                .orElse(List.of());
        List<AgreedOutcome> out = new ArrayList<>();
        for (SupportPlan.Outcome o : plan.outcomes()) {
            Optional<ProgressEntry> before = latest.stream().filter(e -> same(e.outcome(), o.description())).findFirst();
            out.add(new AgreedOutcome(o.description(), o.baseline(), o.target(), o.measure(),
                    before.map(ProgressEntry::baseline).orElse(AgreedOutcome.onScale(o.baseline())),
                    before.map(ProgressEntry::target).orElse(AgreedOutcome.onScale(o.target()))));
        }
        for (ProgressEntry e : latest) {
            if (out.stream().noneMatch(a -> same(a.description(), e.outcome()))) {
                out.add(new AgreedOutcome(e.outcome(), null, null, null, e.baseline(), e.target()));
            }
        }
        return out;
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.trim().equalsIgnoreCase(b.trim());
    }

    /** Rows naming an agreed outcome without a baseline or target take the agreed scores (the reviewer gives "now"). */
    private static List<ProgressEntry> withAgreedScores(List<ProgressEntry> progress, List<AgreedOutcome> agreed) {
        List<ProgressEntry> out = new ArrayList<>();
        for (ProgressEntry e : progress) {
            Optional<AgreedOutcome> a = agreed.stream().filter(x -> same(x.description(), e.outcome())).findFirst();
            out.add(a.isEmpty() ? e : new ProgressEntry(e.outcome(), e.baseline() != null ? e.baseline()
                    : a.get().baseline(), e.current(), e.target() != null ? e.target() : a.get().target(),
                    e.comment()));
        }
        return out;
    }

    /** The latest review date of each reviewed placement of an LA (unscoped: for flags and reminders). */
    public Map<UUID, LocalDate> latestReviewDates(UUID localAuthorityId) {
        Map<UUID, LocalDate> latest = new HashMap<>();
        db.sql("select placement_id, max(held_on) as held_on from review where local_authority_id = ? "
                + "group by placement_id").param(localAuthorityId)
                .query((rs, n) -> latest.put(rs.getObject("placement_id", UUID.class),
                        rs.getObject("held_on", LocalDate.class)))
                .list();
        return latest;
    }

    // ---- writes -----------------------------------------------------------------------------

    /** Records a review; see {@link #record(SignedInUser, UUID, ReviewInput, Problems)}. */
    public Review record(SignedInUser user, UUID placementId, ReviewInput in) {
        return record(user, placementId, in, new Problems());
    }

    /**
     * Records a review of an ACTIVE placement by its commissioner, and in the same transaction moves the
     * placement's planned end (an agreed extension) and next review date. {@code earlier} holds problems the
     * caller already found (dates that did not parse), so every problem is reported at once.
     */
    @Transactional
    public Review record(SignedInUser user, UUID placementId, ReviewInput in, Problems earlier) {
        PlacementSummary p = placements.read(user, placementId);
        if (!mayRecord(user, p)) {
            throw new ForbiddenException("Only the placement's commissioner records its reviews");
        }
        LocalDate today = LocalDate.now(clock);
        Problems problems = earlier;
        if (in.date() == null) {
            if (!problems.has("date")) {
                problems.add("date", "Enter the date of the review");
            }
        } else if (in.date().isBefore(p.startDate())) {
            problems.add("date", "The review date must be on or after the placement started (" + p.startDate() + ")");
        } else if (in.date().isAfter(today)) {
            problems.add("date", "The review date must be today or in the past");
        }
        List<String> attendees = in.attendees().stream().map(String::trim).filter(a -> !a.isEmpty()).toList();
        if (attendees.isEmpty()) {
            problems.add("attendees", "Say who attended the review");
        } else if (String.join("\n", attendees).length() > 2000) {
            problems.add("attendees", "Who attended must be 2000 characters or fewer");
        }
        required(problems, "pupilViews", in.pupilViews(), "Enter the pupil's views, or why they could not be given");
        required(problems, "parentViews", in.parentViews(),
                "Enter the parent's or carer's views, or why they could not be given");
        for (String[] f : new String[][] {{"needChanges", in.needChanges()}, {"outcomeChanges", in.outcomeChanges()},
                {"planChanges", in.planChanges()}, {"notes", in.notes()}}) {
            if (f[1] != null && f[1].length() > TEXT) {
                problems.add(f[0], "This must be " + TEXT + " characters or fewer");
            }
        }
        if (in.attendanceRate() != null && (in.attendanceRate().signum() < 0
                || in.attendanceRate().compareTo(BigDecimal.valueOf(100)) > 0)) {
            problems.add("attendanceRate", "Attendance must be a percentage from 0 to 100");
        }
        List<ProgressEntry> progress = withAgreedScores(in.progress(), agreedOutcomes(user, placementId));
        checkProgress(problems, progress);
        ExtensionInput ext = in.extension();
        if (ext != null) {
            if (ext.newEndDate() == null) {
                if (!problems.has("extension.newEndDate")) {
                    problems.add("extension.newEndDate", "Enter the new planned end date");
                }
            } else if (p.plannedEndDate() != null && !ext.newEndDate().isAfter(p.plannedEndDate())) {
                problems.add("extension.newEndDate",
                        "The new end date must be after the current planned end (" + p.plannedEndDate() + ")");
            } else if (in.date() != null && !ext.newEndDate().isAfter(in.date())) {
                problems.add("extension.newEndDate", "The new end date must be after the review date");
            }
            if (ext.reason() == null || ext.reason().isBlank()) {
                problems.add("extension.reason", "Enter why the extension was agreed");
            } else if (ext.reason().length() > 1000) {
                problems.add("extension.reason", "The reason must be 1000 characters or fewer");
            }
        }
        boolean dual = p.registrationArrangement() == RegistrationArrangement.DUAL;
        LocalDate next = in.nextReviewDate();
        if (in.date() != null && !problems.has("date")) {
            LocalDate latest = ReviewSchedule.nextDue(p.startDate(), p.reviewIntervalWeeks(), dual, in.date(), null);
            if (next == null) {
                next = latest;
            } else if (!next.isAfter(in.date())) {
                problems.add("nextReviewDate", "The next review date must be after this review");
            } else if (next.isAfter(latest)) {
                problems.add("nextReviewDate", "The next review must be by " + latest + " (every "
                        + p.reviewIntervalWeeks() + " weeks" + (dual ? ", and at 6 and 12 weeks when dual registered"
                                : "") + ")");
            }
        }
        problems.throwIfAny();
        if (p.status() != PlacementStatus.ACTIVE) {
            throw new ConflictException("Only an active placement can be reviewed",
                    List.of("The placement is " + p.status().label().toLowerCase(java.util.Locale.ROOT)));
        }

        LocalDate previous = db.sql("select max(held_on) from review where placement_id = ? and held_on < ?")
                .params(placementId, in.date()).query(LocalDate.class).optional().orElse(null);
        LocalDate from = previous != null ? previous.plusDays(1) : p.startDate();
        Optional<AttendanceFigures> figures = attendanceBetween(placementId, from, in.date());
        BigDecimal rate = figures.map(AttendanceFigures::rate).orElse(in.attendanceRate() == null ? null
                : in.attendanceRate().setScale(1, RoundingMode.HALF_UP));

        UUID id = UUID.randomUUID();
        db.sql("""
                insert into review (id, placement_id, local_authority_id, pupil_id, provider_id, held_on, attendees,
                    pupil_views, parent_views, attendance_from, attendance_rate, attendance_from_registers,
                    need_changes, outcome_changes, plan_changes, notes, extension_agreed, new_end_date,
                    extension_reason, next_review_date, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, placementId, p.localAuthorityId(), p.pupilId(), p.providerId(), in.date(),
                        String.join("\n", attendees), in.pupilViews().trim(), in.parentViews().trim(), from, rate,
                        figures.isPresent(), blank(in.needChanges()), blank(in.outcomeChanges()),
                        blank(in.planChanges()), blank(in.notes()), ext != null,
                        ext == null ? null : ext.newEndDate(), ext == null ? null : ext.reason().trim(), next,
                        user.id(), Timestamps.now(clock))
                .update();
        int position = 0;
        for (ProgressEntry e : progress) {
            db.sql("""
                    insert into review_progress (id, review_id, position, outcome, baseline, current_score, target,
                        comment) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), id, position++, e.outcome().trim(), e.baseline(), e.current(),
                            e.target(), blank(e.comment()))
                    .update();
        }
        if (ext != null) {
            String reason = "Agreed at the review of " + in.date() + ": " + ext.reason().trim();
            placements.extend(user, placementId, ext.newEndDate(), reason.length() <= 1000 ? reason
                    : ext.reason().trim());
        }
        LocalDate latestNext = db.sql("""
                select next_review_date from review where placement_id = ?
                order by held_on desc, recorded_at desc limit 1""").param(placementId).query(LocalDate.class).single();
        placements.recordNextReview(placementId, latestNext);
        audit.record(user, AuditTrail.Action.CREATED, "REVIEW", id, p.pupilId(), p.localAuthorityId(),
                ext != null ? "review with extension" : "review");
        events.publishEvent(new RecordsChanged(p.localAuthorityId()));
        return reviewsOf(placementId).stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    static void checkProgress(Problems problems, List<ProgressEntry> progress) {
        for (int i = 0; i < progress.size(); i++) {
            ProgressEntry e = progress.get(i);
            String f = "progress[" + i + "].";
            if (e.outcome() == null || e.outcome().isBlank()) {
                problems.add(f + "outcome", "Enter the outcome for progress row " + (i + 1));
            } else if (e.outcome().length() > 1000) {
                problems.add(f + "outcome", "The outcome must be 1000 characters or fewer");
            }
            String which = e.outcome() == null || e.outcome().isBlank() || e.outcome().length() > 80
                    ? "progress row " + (i + 1) : "\u201c" + e.outcome().trim() + "\u201d";
            score(problems, f + "baseline", e.baseline(), "baseline", which);
            score(problems, f + "current", e.current(), "progress now", which);
            score(problems, f + "target", e.target(), "target", which);
            if (e.comment() != null && e.comment().length() > 1000) {
                problems.add(f + "comment", "The comment must be 1000 characters or fewer");
            }
        }
    }

    private static void score(Problems problems, String field, Integer value, String label, String which) {
        if (value == null) {
            if (!problems.has(field)) {
                problems.add(field, "Enter the " + label + " for " + which + " (" + ProgressEntry.MIN + " to "
                        + ProgressEntry.MAX + ")");
            }
        } else if (value < ProgressEntry.MIN || value > ProgressEntry.MAX) {
            problems.add(field, "The " + label + " for " + which + " must be on the outcome's scale, from "
                    + ProgressEntry.MIN + " to " + ProgressEntry.MAX);
        }
    }

    private static void required(Problems problems, String field, String value, String message) {
        if (value == null || value.isBlank()) {
            problems.add(field, message);
        } else if (value.length() > TEXT) {
            problems.add(field, "This must be " + TEXT + " characters or fewer");
        }
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    // ---- mapping ----------------------------------------------------------------------------

    record Row(UUID id, UUID placementId, LocalDate heldOn, String attendees, String pupilViews,
            String parentViews, LocalDate attendanceFrom, BigDecimal attendanceRate, boolean attendanceFromRegisters,
            String needChanges, String outcomeChanges, String planChanges, String notes, boolean extensionAgreed,
            LocalDate newEndDate, String extensionReason, LocalDate nextReviewDate, UUID recordedBy,
            OffsetDateTime recordedAt, int version) {
    }

    private List<Review> reviewsOf(UUID placementId) {
        List<Row> rows = db.sql("""
                select id, placement_id, held_on, attendees, pupil_views, parent_views, attendance_from,
                    attendance_rate, attendance_from_registers, need_changes, outcome_changes, plan_changes, notes,
                    extension_agreed, new_end_date, extension_reason, next_review_date, recorded_by, recorded_at,
                    version
                from review where placement_id = ? order by held_on desc, recorded_at desc""")
                .param(placementId).query(Row.class).list();
        Map<UUID, List<ProgressEntry>> progress = new LinkedHashMap<>();
        if (!rows.isEmpty()) {
            db.sql("""
                    select p.review_id, p.outcome, p.baseline, p.current_score, p.target, p.comment
                    from review_progress p join review r on r.id = p.review_id
                    where r.placement_id = ? order by p.position""").param(placementId)
                    .query((rs, n) -> progress.computeIfAbsent(rs.getObject("review_id", UUID.class),
                            k -> new ArrayList<>()).add(new ProgressEntry(rs.getString("outcome"),
                                    rs.getInt("baseline"), rs.getInt("current_score"), rs.getInt("target"),
                                    rs.getString("comment"))))
                    .list();
        }
        Map<UUID, String> names = new HashMap<>();
        List<Review> reviews = new ArrayList<>();
        for (Row r : rows) {
            String by = names.computeIfAbsent(r.recordedBy(),
                    u -> users.find(u).map(a -> a.name()).orElse("A former user"));
            reviews.add(new Review(r.id(), r.placementId(), r.heldOn(), Arrays.asList(r.attendees().split("\n")),
                    r.pupilViews(), r.parentViews(), r.attendanceFrom(), r.attendanceRate(),
                    r.attendanceFromRegisters(), progress.getOrDefault(r.id(), List.of()), r.needChanges(),
                    r.outcomeChanges(), r.planChanges(), r.notes(),
                    r.extensionAgreed() ? new ExtensionInput(r.newEndDate(), r.extensionReason()) : null,
                    r.nextReviewDate(), by, r.recordedAt(), r.version()));
        }
        return reviews;
    }
}
