package org.waymark.attendance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.audit.AuditTrail;
import org.waymark.commissioning.PlacementSummary;
import org.waymark.commissioning.Placements;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.pupil.Pupil;
import org.waymark.pupil.Pupils;
import org.waymark.shared.ConflictException;
import org.waymark.shared.ForbiddenException;
import org.waymark.shared.ListPage;
import org.waymark.shared.NotFoundException;
import org.waymark.shared.Problems;
import org.waymark.shared.RecordsChanged;
import org.waymark.shared.Timestamps;

/**
 * Reading attendance (scoped in SQL to the caller: the LA its children, a provider its own pupils, a school,
 * family or partner the pupils it may see), the school's follow-up of absences, unresolved absences, and
 * statistics. The unscoped reads at the end are for the compliance engine and scheduled work.
 */
@Service
public class AttendanceRecords {

    private static final String COLUMNS = AttendanceRegisters.MARK_COLUMNS;

    private final JdbcClient db;
    private final Clock clock;
    private final Placements placements;
    private final Pupils pupils;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    AttendanceRecords(JdbcClient db, Clock clock, Placements placements, Pupils pupils, AuditTrail audit,
            ApplicationEventPublisher events) {
        this.db = db;
        this.clock = clock;
        this.placements = placements;
        this.pupils = pupils;
        this.audit = audit;
        this.events = events;
    }

    // ---- scope -------------------------------------------------------------------------------

    private record Scope(String where, Map<String, Object> params) {
    }

    private Scope scope(SignedInUser user) {
        return switch (user.role()) {
            case LA_ADMIN, LA_OFFICER -> new Scope("local_authority_id = :scopeLa", Map.of("scopeLa", user.localAuthorityId()));
            case PROVIDER_STAFF -> new Scope("provider_id = :scopeProvider", Map.of("scopeProvider", user.organisationId()));
            case SCHOOL_COMMISSIONER, PARENT_COMMISSIONER, PARTNER -> {
                List<UUID> ids = pupils.idsInScope(user);
                yield new Scope("pupil_id in (:scopePupils)",
                        Map.of("scopePupils", ids.isEmpty() ? List.of(new UUID(0, 0)) : ids));
            }
            default -> throw new ForbiddenException("Your role does not give access to attendance");
        };
    }

    /** Whether the caller may follow up absences: LA officers and admins, and schools for pupils they see. */
    public static boolean mayFollowUp(SignedInUser user) {
        return user.is(Role.LA_ADMIN, Role.LA_OFFICER, Role.SCHOOL_COMMISSIONER);
    }

    // ---- a placement -------------------------------------------------------------------------

    /** A placement's marks and summary between two dates (inclusive); 404 outside scope. The view is audited. */
    public PlacementAttendance forPlacement(SignedInUser user, UUID placementId, LocalDate from, LocalDate to) {
        PlacementSummary p = placements.read(user, placementId);
        Scope s = scope(user);
        List<RecordedMark> marks = db.sql("select " + COLUMNS + " from attendance_mark where placement_id = :id "
                        + "and mark_date between :from and :to and " + s.where + " order by mark_date, session_half")
                .param("id", placementId).param("from", from).param("to", to).params(s.params)
                .query(RecordedMark.class).list();
        audit.record(user, AuditTrail.Action.VIEWED, "ATTENDANCE", placementId, p.pupilId(), p.localAuthorityId(),
                "placement attendance");
        return new PlacementAttendance(placementId, from, to, marks,
                AttendanceSummary.of(marks.stream().map(RecordedMark::mark).toList()));
    }

    /** The earlier states of a placement's marks, newest first. */
    public List<MarkChange> history(SignedInUser user, UUID placementId) {
        placements.read(user, placementId);
        Scope s = scope(user);
        return db.sql("""
                select m.mark_date, m.session_half, h.code, h.minutes_late, h.note, h.final_code, h.follow_up_reason,
                    h.recorded_at, u.name as replaced_by_name, h.replaced_at, h.change_kind, h.reason
                from attendance_mark_history h join attendance_mark m on m.id = h.mark_id
                left join app_user u on u.id = h.replaced_by
                where m.placement_id = :id and m.""" + s.where + " order by h.replaced_at desc, h.id")
                .param("id", placementId).params(s.params).query(MarkChange.class).list();
    }

    /** One mark in scope, or 404. */
    public RecordedMark mark(SignedInUser user, UUID markId) {
        Scope s = scope(user);
        return db.sql("select " + COLUMNS + " from attendance_mark where id = :id and " + s.where)
                .param("id", markId).params(s.params).query(RecordedMark.class).optional()
                .orElseThrow(() -> new NotFoundException("Mark"));
    }

    // ---- follow-up ---------------------------------------------------------------------------

    /**
     * The school (or the LA) records why the pupil was absent and the final code, authorised or unauthorised.
     * The provider's code stays; the earlier follow-up, if any, goes into the history.
     */
    @Transactional
    public RecordedMark followUp(SignedInUser user, UUID markId, int version, String reason, String finalCode) {
        if (!mayFollowUp(user)) {
            mark(user, markId); // 404 before 403 for a record out of scope
            throw new ForbiddenException("Only the school or the local authority follows up absences");
        }
        RecordedMark m = mark(user, markId);
        Problems p = new Problems();
        Optional<RegisterCode> code = CodeSet.forDate(m.markDate()).lookUp(finalCode);
        if (finalCode == null || finalCode.isBlank()) {
            p.add("finalCode", "Choose the final code");
        } else if (code.isEmpty() || !code.get().isAbsence()) {
            p.add("finalCode", "Choose an authorised or unauthorised absence code");
        }
        if (reason == null || reason.isBlank()) {
            p.add("reason", "Enter the reason for the absence");
        } else if (reason.length() > 1000) {
            p.add("reason", "Reason must be 1000 characters or fewer");
        }
        p.throwIfAny();
        if (!m.isAbsence()) {
            throw new ConflictException("Only an absence can be followed up",
                    List.of("The provider's mark is " + m.code() + ", not an absence"));
        }
        var now = Timestamps.now(clock);
        if (m.followedUpOn() != null) {
            db.sql("""
                    insert into attendance_mark_history (id, mark_id, code, minutes_late, note, final_code,
                        follow_up_reason, recorded_by, recorded_at, replaced_by, replaced_at, change_kind, reason)
                    select ?, id, code, minutes_late, note, final_code, follow_up_reason, followed_up_by, recorded_at,
                        ?, ?, 'FOLLOWED_UP', null from attendance_mark where id = ?""")
                    .params(UUID.randomUUID(), user.id(), now, markId).update();
        }
        int changed = db.sql("""
                update attendance_mark set final_code = ?, follow_up_reason = ?, followed_up_on = ?, followed_up_by = ?,
                    version = version + 1 where id = ? and version = ?""")
                .params(code.get().code(), reason.strip(), LocalDate.now(clock.withZone(AttendanceRegisters.LONDON)), user.id(),
                        markId, version)
                .update();
        if (changed == 0) {
            throw ConflictException.staleEdit("This mark");
        }
        audit.record(user, AuditTrail.Action.CHANGED, "ATTENDANCE_MARK", markId, m.pupilId(), m.localAuthorityId(),
                "absence followed up");
        events.publishEvent(RecordsChanged.marks(m.localAuthorityId()));
        return mark(user, markId);
    }

    /** Absences in scope that no one has followed up yet, oldest first. */
    public ListPage<UnresolvedAbsence> unresolved(SignedInUser user, int page, int size) {
        Scope s = scope(user);
        String where = " from attendance_mark where followed_up_on is null and code in (:absent) and " + s.where;
        Map<String, Object> params = new HashMap<>(s.params);
        params.put("absent", absenceCodes());
        List<RecordedMark> marks = db.sql("select " + COLUMNS + where
                        + " order by mark_date, session_half, id limit :size offset :offset")
                .params(params).param("size", size).param("offset", (long) page * size).query(RecordedMark.class)
                .list().stream().filter(RecordedMark::isAbsence).toList();
        long total = db.sql("select count(*)" + where).params(params).query(Long.class).single();
        Map<UUID, PlacementSummary> byId = placementsOf(marks.stream().map(RecordedMark::placementId).toList());
        return new ListPage<>(marks.stream().map(m -> new UnresolvedAbsence(m, byId.get(m.placementId()).pupilName(),
                byId.get(m.placementId()).providerName())).toList(), page, size, total);
    }

    /** How many absences in scope await follow-up. */
    public long countUnresolved(SignedInUser user) {
        Scope s = scope(user);
        return db.sql("select count(*) from attendance_mark where followed_up_on is null and code in (:absent) and "
                + s.where).params(s.params).param("absent", absenceCodes()).query(Long.class).single();
    }

    /** Letters that are an absence in either code set (the exact set is checked per mark's date). */
    private static List<String> absenceCodes() {
        List<String> out = new ArrayList<>();
        for (CodeSet set : CodeSet.values()) {
            set.codes().stream().filter(RegisterCode::isAbsence).map(RegisterCode::code)
                    .filter(c -> !out.contains(c)).forEach(out::add);
        }
        return out;
    }

    // ---- statistics and exports --------------------------------------------------------------

    /** The marks in scope between two dates, oldest first (for statistics and exports). */
    public List<RecordedMark> marksInScope(SignedInUser user, LocalDate from, LocalDate to) {
        Scope s = scope(user);
        return db.sql("select " + COLUMNS + " from attendance_mark where mark_date between :from and :to and "
                        + s.where + " order by mark_date, session_half, placement_id")
                .param("from", from).param("to", to).params(s.params).query(RecordedMark.class).list();
    }

    /** Placements by id (unscoped: for marks already read in scope). */
    public Map<UUID, PlacementSummary> placementsOf(Collection<UUID> ids) {
        Map<UUID, PlacementSummary> out = new HashMap<>();
        for (UUID id : new java.util.LinkedHashSet<>(ids)) {
            placements.find(id).ifPresent(p -> out.put(id, p));
        }
        return out;
    }

    /** Statistics in the caller's scope between two dates (inclusive). The view is audited per pupil. */
    public AttendanceStatistics statistics(SignedInUser user, LocalDate from, LocalDate to) {
        List<RecordedMark> marks = marksInScope(user, from, to);
        Map<UUID, List<RecordedMark>> byPlacement = new LinkedHashMap<>();
        marks.forEach(m -> byPlacement.computeIfAbsent(m.placementId(), k -> new ArrayList<>()).add(m));
        Map<UUID, PlacementSummary> info = placementsOf(byPlacement.keySet());
        Map<UUID, Pupil> pupilsById = pupils.find(info.values().stream().map(PlacementSummary::pupilId).distinct()
                .toList());
        List<AttendanceStatistics.PlacementFigures> rows = new ArrayList<>();
        for (var e : byPlacement.entrySet()) {
            PlacementSummary p = info.get(e.getKey());
            Pupil pupil = pupilsById.get(p.pupilId());
            rows.add(new AttendanceStatistics.PlacementFigures(p.id(), p.pupilId(), p.pupilName(),
                    pupil == null ? "" : pupil.upn(), p.providerId(), p.providerName(), p.homeSchoolId(),
                    p.homeSchoolName(), AttendanceSummary.of(e.getValue().stream().map(RecordedMark::mark).toList())));
        }
        rows.sort(Comparator.comparing(AttendanceStatistics.PlacementFigures::pupilName));
        audit.recordAll(user, AuditTrail.Action.VIEWED, "ATTENDANCE", rows.stream()
                .map(r -> new AuditTrail.Subject(r.placementId(), r.pupilId(), info.get(r.placementId())
                        .localAuthorityId())).toList(), "attendance statistics");
        List<AttendanceStatistics.GroupFigures> byPupil = group(rows, r -> r.pupilId(), r -> r.pupilName());
        return new AttendanceStatistics(from, to, rows, byPupil,
                group(rows, r -> r.providerId(), r -> r.providerName()),
                group(rows.stream().filter(r -> r.homeSchoolId() != null).toList(), r -> r.homeSchoolId(),
                        r -> r.homeSchoolName()),
                group(rows, r -> new UUID(0, 0), r -> "All placements").stream().findFirst()
                        .orElse(new AttendanceStatistics.GroupFigures(new UUID(0, 0), "All placements", 0,
                                AttendanceSummary.ofCounts(0, 0, 0, 0, 0), 0, 0)));
    }

    private static List<AttendanceStatistics.GroupFigures> group(List<AttendanceStatistics.PlacementFigures> rows,
            Function<AttendanceStatistics.PlacementFigures, UUID> key,
            Function<AttendanceStatistics.PlacementFigures, String> name) {
        Map<UUID, List<AttendanceStatistics.PlacementFigures>> groups = new LinkedHashMap<>();
        rows.forEach(r -> groups.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
        List<AttendanceStatistics.GroupFigures> out = new ArrayList<>();
        for (var g : groups.entrySet()) {
            Map<UUID, AttendanceSummary> perPupil = new LinkedHashMap<>();
            for (var r : g.getValue()) {
                perPupil.merge(r.pupilId(), r.summary(), AttendanceRecords::add);
            }
            AttendanceSummary total = perPupil.values().stream().reduce(AttendanceRecords::add).orElseThrow();
            out.add(new AttendanceStatistics.GroupFigures(g.getKey(), name.apply(g.getValue().get(0)), perPupil.size(),
                    total, (int) perPupil.values().stream().filter(AttendanceSummary::persistentAbsence).count(),
                    (int) perPupil.values().stream().filter(AttendanceSummary::severeAbsence).count()));
        }
        out.sort(Comparator.comparing(AttendanceStatistics.GroupFigures::name));
        return out;
    }

    static AttendanceSummary add(AttendanceSummary a, AttendanceSummary b) {
        return AttendanceSummary.ofCounts(a.present() + b.present(),
                a.approvedEducationalActivity() + b.approvedEducationalActivity(),
                a.authorisedAbsence() + b.authorisedAbsence(), a.unauthorisedAbsence() + b.unauthorisedAbsence(),
                a.notPossible() + b.notPossible());
    }

    // ---- baseline --------------------------------------------------------------------------

    /** The home school's attendance before the placement, if recorded (404 outside scope). */
    public Optional<Baseline> baseline(SignedInUser user, UUID placementId) {
        placements.read(user, placementId);
        return db.sql("select placement_id, possible_sessions, attended_sessions, version from attendance_baseline "
                + "where placement_id = ?").param(placementId).query(Baseline.class).optional();
    }

    /**
     * Records (or corrects, with the version read) the baseline: school commissioners for pupils they see and LA
     * officers. {@code version} is null for the first record.
     */
    @Transactional
    public Baseline recordBaseline(SignedInUser user, UUID placementId, Integer version, Integer possible,
            Integer attended) {
        PlacementSummary p = placements.read(user, placementId);
        if (!mayFollowUp(user)) {
            throw new ForbiddenException("Only the school or the local authority records the baseline");
        }
        Problems problems = new Problems();
        if (possible == null || possible < 1 || possible > 1000) {
            problems.add("possibleSessions", "Enter the possible sessions, a whole number from 1 to 1000");
        }
        if (attended == null || attended < 0) {
            problems.add("attendedSessions", "Enter the sessions attended, a whole number from 0");
        } else if (possible != null && attended > possible) {
            problems.add("attendedSessions", "Sessions attended cannot be more than the possible sessions");
        }
        problems.throwIfAny();
        var now = Timestamps.now(clock);
        Optional<Baseline> existing = db.sql("select placement_id, possible_sessions, attended_sessions, version "
                + "from attendance_baseline where placement_id = ?").param(placementId).query(Baseline.class).optional();
        if (existing.isEmpty()) {
            if (version != null) {
                throw ConflictException.staleEdit("This baseline");
            }
            db.sql("""
                    insert into attendance_baseline (placement_id, possible_sessions, attended_sessions, recorded_by,
                        recorded_at) values (?, ?, ?, ?, ?)""").params(placementId, possible, attended, user.id(), now)
                    .update();
        } else if (version == null || db.sql("""
                update attendance_baseline set possible_sessions = ?, attended_sessions = ?, recorded_by = ?,
                    recorded_at = ?, version = version + 1 where placement_id = ? and version = ?""")
                .params(possible, attended, user.id(), now, placementId, version).update() == 0) {
            throw ConflictException.staleEdit("This baseline");
        }
        audit.record(user, AuditTrail.Action.CHANGED, "ATTENDANCE_BASELINE", placementId, p.pupilId(),
                p.localAuthorityId(), "baseline attendance recorded");
        return baseline(user, placementId).orElseThrow();
    }

    // ---- unscoped, for the compliance engine and scheduled work -------------------------------

    /** Every mark of an LA's children, by placement, oldest first. */
    public Map<UUID, List<RecordedMark>> marksOfLocalAuthority(UUID localAuthorityId) {
        Map<UUID, List<RecordedMark>> out = new HashMap<>();
        db.sql("select " + COLUMNS + " from attendance_mark where local_authority_id = ? order by mark_date, session_half")
                .param(localAuthorityId).query(RecordedMark.class).list()
                .forEach(m -> out.computeIfAbsent(m.placementId(), k -> new ArrayList<>()).add(m));
        return out;
    }
}
