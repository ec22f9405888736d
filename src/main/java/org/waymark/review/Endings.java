package org.waymark.review;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.audit.AuditTrail;
import org.waymark.commissioning.PlacementEnded;
import org.waymark.commissioning.PlacementStatus;
import org.waymark.commissioning.PlacementSummary;
import org.waymark.commissioning.Placements;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.pupil.Pupils;
import org.waymark.pupil.YearGroup;
import org.waymark.shared.ConflictException;
import org.waymark.shared.ForbiddenException;
import org.waymark.shared.Problems;
import org.waymark.shared.RecordsChanged;
import org.waymark.shared.Timestamps;

/**
 * Ending a placement with its outcome, final report, the pupil's own assessment and (for a return to school) the
 * reintegration support plan, in one step; and the final report of a placement already ended. A Year 11 leaver's
 * destination checks at 3, 12 and 24 months are created when the placement ends (ADR 0501).
 */
@Service
public class Endings {

    /** Months after leaving at which a Year 11 leaver's destination is checked (Salford). */
    public static final List<Integer> DESTINATION_CHECK_MONTHS = List.of(3, 12, 24);
    /** Outcomes that keep the pupil in school-age education: not a leaver even in Year 11. */
    static final Set<String> STAYS_IN_SCHOOL = Set.of("REINTEGRATED_TO_MAINSTREAM", "MOVED_TO_SPECIALIST_SETTING",
            "MOVED_TO_REGISTERED_AP");

    private final JdbcClient db;
    private final Clock clock;
    private final Placements placements;
    private final Pupils pupils;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    Endings(JdbcClient db, Clock clock, Placements placements, Pupils pupils, AuditTrail audit,
            ApplicationEventPublisher events) {
        this.db = db;
        this.clock = clock;
        this.placements = placements;
        this.pupils = pupils;
        this.audit = audit;
        this.events = events;
    }

    /** A pupil in Year 11 on their last day whose outcome takes them out of school-age education. */
    public static boolean year11Leaver(LocalDate dateOfBirth, LocalDate endedOn, String outcome) {
        return YearGroup.number(dateOfBirth, endedOn) == 11 && !STAYS_IN_SCHOOL.contains(outcome);
    }

    /** Keeps the ending (and a leaver's destination checks) whenever a placement ends, however it was ended. */
    @EventListener
    void onEnded(PlacementEnded e) {
        boolean leaver = pupils.find(e.pupilId()).map(p -> year11Leaver(p.dateOfBirth(), e.endDate(), e.outcome()))
                .orElse(false);
        db.sql("""
                insert into placement_ending (placement_id, local_authority_id, pupil_id, provider_id, ended_on, outcome,
                    year11_leaver) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(e.placementId(), e.localAuthorityId(), e.pupilId(), e.providerId(), e.endDate(), e.outcome(),
                        leaver)
                .update();
        if (leaver) {
            for (int months : DESTINATION_CHECK_MONTHS) {
                db.sql("""
                        insert into destination_check (id, placement_id, local_authority_id, pupil_id, months_after,
                            due_on) values (?, ?, ?, ?, ?, ?)""")
                        .params(UUID.randomUUID(), e.placementId(), e.localAuthorityId(), e.pupilId(), months,
                                e.endDate().plusMonths(months))
                        .update();
            }
        }
        events.publishEvent(new RecordsChanged(e.localAuthorityId()));
    }

    /**
     * Ends an ACTIVE placement (its commissioner) with the outcome and final report in one transaction. Problems
     * found by the caller (dates that did not parse) come in {@code earlier}.
     */
    @Transactional
    public PlacementEnding end(SignedInUser user, UUID placementId, LocalDate endDate, String outcome, String notes,
            FinalReport report, Problems earlier) {
        PlacementSummary p = placements.read(user, placementId);
        if (!Placements.isCommissioner(user, p)) {
            throw new ForbiddenException("Only the placement's commissioner ends it");
        }
        Problems problems = earlier;
        if (endDate == null && !problems.has("endDate")) {
            problems.add("endDate", "Enter the placement's last day");
        } else if (endDate != null && endDate.isBefore(p.startDate())) {
            problems.add("endDate", "The last day must be on or after the start date (" + p.startDate() + ")");
        } else if (endDate != null && endDate.isAfter(LocalDate.now(clock))) {
            problems.add("endDate", "The last day must be today or in the past");
        }
        if (outcome == null || !Placements.OUTCOMES.containsKey(outcome)) {
            problems.add("outcome", "Choose the outcome of the placement");
        }
        if (notes != null && notes.length() > 2000) {
            problems.add("notes", "Notes must be 2000 characters or fewer");
        }
        checkReport(problems, report, outcome);
        problems.throwIfAny();
        if (p.status() != PlacementStatus.ACTIVE) {
            throw new ConflictException("Only an active placement can be ended",
                    List.of("The placement is " + p.status().label().toLowerCase(java.util.Locale.ROOT)));
        }
        placements.end(user, placementId, endDate, outcome, notes);
        writeReport(user, placementId, report, ending(placementId).orElseThrow().version());
        return ending(placementId).orElseThrow();
    }

    /** Writes or rewrites the final report of an ended placement (its commissioner or its provider's staff). */
    @Transactional
    public PlacementEnding recordFinalReport(SignedInUser user, UUID placementId, int version, FinalReport report) {
        PlacementSummary p = placements.read(user, placementId);
        if (!Placements.isCommissioner(user, p)
                && !(user.role() == Role.PROVIDER_STAFF && user.organisationId().equals(p.providerId()))) {
            throw new ForbiddenException("Only the commissioner or the provider writes the final report");
        }
        PlacementEnding current = ending(placementId).orElseThrow(() -> new ConflictException(
                "Only an ended placement has a final report", List.of("The placement is "
                        + p.status().label().toLowerCase(java.util.Locale.ROOT))));
        Problems problems = new Problems();
        checkReport(problems, report, current.outcome());
        problems.throwIfAny();
        writeReport(user, placementId, report, version);
        return ending(placementId).orElseThrow();
    }

    private void writeReport(SignedInUser user, UUID placementId, FinalReport r, int version) {
        PlacementSummary p = placements.find(placementId).orElseThrow();
        int changed = db.sql("""
                update placement_ending set attainment = ?, attendance_summary = ?, behaviour_change = ?,
                    accreditation = ?, english_qualification = ?, maths_qualification = ?, pupil_assessment = ?,
                    reintegration_plan = ?, report_recorded_at = ?, report_recorded_by = ?, version = version + 1
                where placement_id = ? and version = ?""")
                .params(r.attainment().trim(), Reviews.blank(r.attendanceSummary()), Reviews.blank(r.behaviourChange()),
                        Reviews.blank(r.accreditation()), Reviews.blank(r.englishQualification()),
                        Reviews.blank(r.mathsQualification()), r.pupilAssessment().trim(),
                        Reviews.blank(r.reintegrationPlan()), Timestamps.now(clock), user.id(), placementId, version)
                .update();
        if (changed == 0) {
            throw ConflictException.staleEdit("This final report");
        }
        audit.record(user, AuditTrail.Action.CHANGED, "PLACEMENT", placementId, p.pupilId(), p.localAuthorityId(),
                "final report");
        events.publishEvent(new RecordsChanged(p.localAuthorityId()));
    }

    static void checkReport(Problems problems, FinalReport r, String outcome) {
        if (r == null) {
            r = FinalReport.EMPTY;
        }
        if (r.attainment() == null || r.attainment().isBlank()) {
            problems.add("attainment", "Enter the pupil's attainment and progress");
        }
        if (r.pupilAssessment() == null || r.pupilAssessment().isBlank()) {
            problems.add("pupilAssessment", "Enter the pupil's own assessment of the placement, or why it was not given");
        }
        if ("REINTEGRATED_TO_MAINSTREAM".equals(outcome)
                && (r.reintegrationPlan() == null || r.reintegrationPlan().isBlank())) {
            problems.add("reintegrationPlan", "Enter the support plan for the pupil's return to school");
        }
        String[][] fields = {{"attainment", r.attainment()}, {"attendanceSummary", r.attendanceSummary()},
                {"behaviourChange", r.behaviourChange()}, {"accreditation", r.accreditation()},
                {"pupilAssessment", r.pupilAssessment()}, {"reintegrationPlan", r.reintegrationPlan()}};
        for (String[] f : fields) {
            if (f[1] != null && f[1].length() > Reviews.TEXT && !problems.has(f[0])) {
                problems.add(f[0], "This must be " + Reviews.TEXT + " characters or fewer");
            }
        }
        for (String[] f : new String[][] {{"englishQualification", r.englishQualification()},
                {"mathsQualification", r.mathsQualification()}}) {
            if (f[1] != null && f[1].length() > 200) {
                problems.add(f[0], "This must be 200 characters or fewer");
            }
        }
    }

    /** The ending of a placement the caller may see (audited), or empty when it has not ended. */
    public Optional<PlacementEnding> ending(SignedInUser user, UUID placementId) {
        PlacementSummary p = placements.read(user, placementId);
        Optional<PlacementEnding> e = ending(placementId);
        e.ifPresent(x -> audit.record(user, AuditTrail.Action.VIEWED, "PLACEMENT", placementId, p.pupilId(),
                p.localAuthorityId(), "ending"));
        return e;
    }

    record Row(UUID placementId, LocalDate endedOn, String outcome, boolean year11Leaver, String attainment,
            String attendanceSummary, String behaviourChange, String accreditation, String englishQualification,
            String mathsQualification, String pupilAssessment, String reintegrationPlan,
            OffsetDateTime reportRecordedAt, int version) {
    }

    Optional<PlacementEnding> ending(UUID placementId) {
        return db.sql("""
                select placement_id, ended_on, outcome, year11_leaver, attainment, attendance_summary,
                    behaviour_change, accreditation, english_qualification, maths_qualification, pupil_assessment,
                    reintegration_plan, report_recorded_at, version
                from placement_ending where placement_id = ?""").param(placementId).query(Row.class).optional()
                .map(r -> new PlacementEnding(r.placementId(), r.endedOn(), r.outcome(),
                        Placements.OUTCOMES.getOrDefault(r.outcome(), r.outcome()), r.year11Leaver(),
                        r.reportRecordedAt() == null ? null : new FinalReport(r.attainment(), r.attendanceSummary(),
                                r.behaviourChange(), r.accreditation(), r.englishQualification(),
                                r.mathsQualification(), r.pupilAssessment(), r.reintegrationPlan()),
                        r.reportRecordedAt(), Destinations.checksOf(db, placementId), r.version()));
    }

    /** Every ended placement's leaving facts in an LA (unscoped: for the compliance engine). */
    public List<PlacementLeaving> leavingIn(UUID localAuthorityId) {
        Map<UUID, Set<Integer>> done = new HashMap<>();
        db.sql("select placement_id, months_after from destination_check where local_authority_id = ? "
                + "and checked_on is not null").param(localAuthorityId)
                .query((rs, n) -> done.computeIfAbsent(rs.getObject("placement_id", UUID.class), k -> new HashSet<>())
                        .add(rs.getInt("months_after")))
                .list();
        List<PlacementLeaving> out = new ArrayList<>();
        db.sql("select placement_id, year11_leaver, report_recorded_at from placement_ending "
                + "where local_authority_id = ?").param(localAuthorityId)
                .query((rs, n) -> out.add(new PlacementLeaving(rs.getObject("placement_id", UUID.class),
                        rs.getObject("report_recorded_at") != null, rs.getBoolean("year11_leaver"),
                        done.getOrDefault(rs.getObject("placement_id", UUID.class), Set.of()))))
                .list();
        return out;
    }
}
