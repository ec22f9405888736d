package org.waymark.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.audit.AuditTrail;
import org.waymark.calendar.SchoolCalendar;
import org.waymark.calendar.Term;
import org.waymark.commissioning.CommissionerType;
import org.waymark.commissioning.PlacementStatus;
import org.waymark.commissioning.PlacementSummary;
import org.waymark.commissioning.Placements;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.organisation.Users;
import org.waymark.shared.ConflictException;
import org.waymark.shared.ForbiddenException;
import org.waymark.shared.NoticeForUser;
import org.waymark.shared.Problems;
import org.waymark.shared.Timestamps;

/**
 * Termly progress reports, written by the provider's staff for each term of a placement (one a term) and read by
 * everyone who sees the placement. Required for LA-commissioned placements (rule 9).
 */
@Service
public class ProgressReports {

    private final JdbcClient db;
    private final Clock clock;
    private final Placements placements;
    private final SchoolCalendar calendar;
    private final AuditTrail audit;
    private final Users users;
    private final ApplicationEventPublisher events;

    ProgressReports(JdbcClient db, Clock clock, Placements placements, SchoolCalendar calendar, AuditTrail audit,
            Users users, ApplicationEventPublisher events) {
        this.db = db;
        this.clock = clock;
        this.placements = placements;
        this.calendar = calendar;
        this.audit = audit;
        this.users = users;
        this.events = events;
    }

    public static boolean mayWrite(SignedInUser user, PlacementSummary p) {
        return user.role() == Role.PROVIDER_STAFF && user.organisationId().equals(p.providerId());
    }

    /** Reports are required for placements the LA commissions. */
    public static boolean required(PlacementSummary p) {
        return p.commissioner().type() == CommissionerType.LOCAL_AUTHORITY;
    }

    record Row(UUID id, UUID placementId, UUID termId, String termName, LocalDate writtenOn, String attendance,
            String progress, String behaviour, String nextSteps, UUID writtenBy, int version) {
    }

    private List<ProgressReport> reportsOf(UUID placementId) {
        return db.sql("""
                select id, placement_id, term_id, term_name, written_on, attendance, progress, behaviour, next_steps,
                    written_by, version
                from progress_report where placement_id = ? order by written_on desc""").param(placementId)
                .query(Row.class).list().stream()
                .map(r -> new ProgressReport(r.id(), r.placementId(), r.termId(), r.termName(), r.writtenOn(),
                        r.attendance(), r.progress(), r.behaviour(), r.nextSteps(),
                        users.find(r.writtenBy()).map(u -> u.name()).orElse("A former user"), r.version()))
                .toList();
    }

    /** The placement's reports, latest first (audited). */
    public List<ProgressReport> list(SignedInUser user, UUID placementId) {
        PlacementSummary p = placements.read(user, placementId);
        audit.record(user, AuditTrail.Action.VIEWED, "PROGRESS_REPORT", placementId, p.pupilId(),
                p.localAuthorityId(), "progress reports");
        return reportsOf(placementId);
    }

    /** Each term the placement has run in so far (from its start to today or its end), with its report. */
    public List<TermReport> terms(PlacementSummary p) {
        LocalDate today = LocalDate.now(clock);
        LocalDate last = p.status() == PlacementStatus.ENDED && p.endedOn() != null ? p.endedOn() : today;
        Map<UUID, ProgressReport> byTerm = reportsOf(p.id()).stream()
                .collect(Collectors.toMap(ProgressReport::termId, Function.identity(), (a, b) -> a));
        List<TermReport> out = new ArrayList<>();
        if (p.status() != PlacementStatus.ACTIVE && p.status() != PlacementStatus.ENDED) {
            return out;
        }
        for (Term t : calendar.forLocalAuthority(p.localAuthorityId()).terms()) {
            if (t.overlaps(p.startDate(), last) && !t.startDate().isAfter(today)) {
                ProgressReport r = byTerm.get(t.id());
                out.add(new TermReport(t.id(), t.name() + " " + t.academicYear(), t.startDate(), t.endDate(), r,
                        required(p), required(p) && r == null && t.endDate().isBefore(today)));
            }
        }
        return out;
    }

    /** Writes the report for one term of the placement (its provider's staff); one report a term. */
    @Transactional
    public ProgressReport write(SignedInUser user, UUID placementId, UUID termId, String attendance, String progress,
            String behaviour, String nextSteps) {
        PlacementSummary p = placements.read(user, placementId);
        if (!mayWrite(user, p)) {
            throw new ForbiddenException("Progress reports are written by the provider");
        }
        Problems problems = new Problems();
        TermReport term = termId == null ? null
                : terms(p).stream().filter(t -> t.termId().equals(termId)).findFirst().orElse(null);
        if (term == null) {
            problems.add("termId", "Choose a term the placement has run in");
        }
        text(problems, "attendance", attendance, true, 2000, "Enter the pupil's attendance this term");
        text(problems, "progress", progress, true, Reviews.TEXT, "Enter the progress against the agreed outcomes");
        text(problems, "behaviour", behaviour, false, 2000, null);
        text(problems, "nextSteps", nextSteps, false, 2000, null);
        problems.throwIfAny();
        if (p.status() != PlacementStatus.ACTIVE && p.status() != PlacementStatus.ENDED) {
            throw new ConflictException("Only a placement that has started has progress reports",
                    List.of("The placement is " + p.status().label().toLowerCase(java.util.Locale.ROOT)));
        }
        if (term.report() != null) {
            throw new ConflictException("This term's progress report is already written",
                    List.of("A report for " + term.termName() + " was written on " + term.report().writtenOn()));
        }
        UUID id = UUID.randomUUID();
        db.sql("""
                insert into progress_report (id, placement_id, local_authority_id, pupil_id, provider_id, term_id,
                    term_name, written_on, attendance, progress, behaviour, next_steps, written_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, placementId, p.localAuthorityId(), p.pupilId(), p.providerId(), termId, term.termName(),
                        LocalDate.now(clock), attendance.trim(), progress.trim(), Reviews.blank(behaviour),
                        Reviews.blank(nextSteps), user.id(), Timestamps.now(clock))
                .update();
        audit.record(user, AuditTrail.Action.CREATED, "PROGRESS_REPORT", id, p.pupilId(), p.localAuthorityId(),
                "progress report");
        for (var u : commissionerUsers(users, p)) {
            events.publishEvent(new NoticeForUser(u, "A progress report has been written",
                    p.providerName() + " wrote the " + term.termName() + " progress report for a placement.",
                    "/placements/" + placementId + "/progress-reports"));
        }
        return reportsOf(placementId).stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static void text(Problems problems, String field, String value, boolean required, int max,
            String missing) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(field, missing);
            }
        } else if (value.length() > max) {
            problems.add(field, "This must be " + max + " characters or fewer");
        }
    }

    /** The active users who act for the placement's commissioner: the school's, the family's or the LA's AP team. */
    static List<UUID> commissionerUsers(Users users, PlacementSummary p) {
        var accounts = switch (p.commissioner().type()) {
            case SCHOOL -> users.activeUsersOf(p.commissioner().id(), Role.SCHOOL_COMMISSIONER);
            case PARENT -> users.activeUsersOf(p.commissioner().id(), Role.PARENT_COMMISSIONER);
            case LOCAL_AUTHORITY -> users.activeUsersOf(p.localAuthorityId(), Role.LA_OFFICER, Role.LA_ADMIN);
        };
        return accounts.stream().map(u -> u.id()).toList();
    }
}
