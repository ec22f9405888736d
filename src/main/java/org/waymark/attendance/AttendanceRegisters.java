package org.waymark.attendance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.audit.AuditTrail;
import org.waymark.calendar.LaCalendar;
import org.waymark.calendar.SchoolCalendar;
import org.waymark.commissioning.PlacementAtProvider;
import org.waymark.commissioning.PlacementSummary;
import org.waymark.commissioning.Placements;
import org.waymark.commissioning.Setting;
import org.waymark.commissioning.TimetableSlot;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.organisation.UserAccount;
import org.waymark.organisation.Users;
import org.waymark.shared.ForbiddenException;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.MailMessage;
import org.waymark.shared.NotFoundException;
import org.waymark.shared.NoticeForUser;
import org.waymark.shared.Problems;
import org.waymark.shared.RecordsChanged;
import org.waymark.shared.Timestamps;
import org.waymark.shared.WaymarkSettings;

/**
 * Providers' registers: who is expected on a date and session, and submitting a register (set-based: one read of
 * the session's existing marks, then batched inserts, history and updates). Resubmitting the same register
 * changes nothing; a changed mark keeps its earlier state in the history. An absence, or a late mark past the
 * threshold, alerts the home school's key contact through the outbox in the same transaction.
 */
@Service
@EnableConfigurationProperties(AttendanceSettings.class)
public class AttendanceRegisters {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final String MARK_COLUMNS = """
            id, placement_id, pupil_id, provider_id, local_authority_id, mark_date, session_half, code, minutes_late,
            note, recorded_at, final_code, follow_up_reason, followed_up_on, version""";

    private final JdbcClient db;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Placements placements;
    private final SchoolCalendar calendar;
    private final Users users;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final AttendanceSettings settings;
    private final WaymarkSettings waymark;

    AttendanceRegisters(JdbcClient db, JdbcTemplate jdbc, Clock clock, Placements placements, SchoolCalendar calendar,
            Users users, AuditTrail audit, ApplicationEventPublisher events, AttendanceSettings settings,
            WaymarkSettings waymark) {
        this.db = db;
        this.jdbc = jdbc;
        this.clock = clock;
        this.placements = placements;
        this.calendar = calendar;
        this.users = users;
        this.audit = audit;
        this.events = events;
        this.settings = settings;
        this.waymark = waymark;
    }

    /** Today in the UK. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(LONDON));
    }

    /** The time of day in the UK. */
    public java.time.LocalTime timeNow() {
        return java.time.LocalTime.now(clock.withZone(LONDON));
    }

    public AttendanceSettings settings() {
        return settings;
    }

    /** The provider's slots of a placement as the attendance rules read them. */
    public static List<WeeklySlot> providerSlots(List<TimetableSlot> timetable) {
        return timetable.stream().filter(s -> s.setting() == Setting.PROVIDER)
                .map(s -> new WeeklySlot(s.day(), s.start(), s.end())).toList();
    }

    /** Whether the placement's timetable expects a mark for this date and session (school days only). */
    public static boolean expects(List<TimetableSlot> timetable, LocalDate date, Session session, LaCalendar cal) {
        return ExpectedSessions.between(providerSlots(timetable), date, date, cal::isSchoolDay).stream()
                .anyMatch(e -> e.session() == session);
    }

    /**
     * The pupils expected on a provider's register (provider staff: their own provider; LA officers: their LA's
     * children there), each with the mark already recorded. Viewing a register is audited per pupil.
     */
    public List<RegisterLine> sheet(SignedInUser user, UUID providerId, LocalDate date, Session session) {
        List<PlacementAtProvider> active = placements.activeAt(user, providerId, date);
        Map<UUID, LaCalendar> calendars = new HashMap<>();
        List<PlacementAtProvider> expected = active.stream()
                .filter(p -> expects(p.timetable(), date, session,
                        calendars.computeIfAbsent(p.localAuthorityId(), calendar::forLocalAuthority)))
                .toList();
        Map<UUID, RecordedMark> marks = marksOf(expected.stream().map(PlacementAtProvider::placementId).toList(),
                date, session);
        audit.recordAll(user, AuditTrail.Action.VIEWED, "REGISTER", expected.stream()
                .map(p -> new AuditTrail.Subject(p.placementId(), p.pupilId(), p.localAuthorityId())).toList(),
                "register " + date + " " + session);
        return expected.stream().map(p -> new RegisterLine(p.placementId(), p.pupilId(), p.pupilName(),
                marks.get(p.placementId()))).toList();
    }

    /**
     * How far each of the day's registers (morning, afternoon) at a provider has been taken, for the provider's home
     * page: counts only, so nothing about a pupil is shown or audited. Same scope as {@link #sheet}; a session with no
     * pupil expected is left out.
     */
    public List<RegisterProgress> progress(SignedInUser user, UUID providerId, LocalDate date) {
        List<PlacementAtProvider> active = placements.activeAt(user, providerId, date);
        List<RegisterProgress> out = new ArrayList<>();
        for (Session session : Session.values()) {
            List<UUID> expected = active.stream()
                    .filter(p -> expects(p.timetable(), date, session, calendar.forLocalAuthority(p.localAuthorityId())))
                    .map(PlacementAtProvider::placementId).toList();
            if (!expected.isEmpty()) {
                out.add(new RegisterProgress(date, session, expected.size(), marksOf(expected, date, session).size()));
            }
        }
        return out;
    }

    /** Whether {@code user} may take the register of {@code date} without a reason (within the window). */
    public boolean withinWindow(LocalDate date) {
        return !date.isBefore(today().minusDays(settings.pastDaysWindow()));
    }

    /**
     * Submits a register. 422 only when the register as a whole is malformed (no provider, date, session or
     * marks list, or a late register by an LA officer without a reason); each bad mark is refused with its reason
     * and the rest are kept.
     */
    @Transactional
    public RegisterResult submit(SignedInUser user, RegisterSubmission r) {
        Problems p = new Problems();
        if (r.providerId() == null) {
            p.add("providerId", "Say which provider's register this is");
        }
        if (r.date() == null) {
            p.add("date", "Enter the date of the register");
        }
        if (r.session() == null) {
            p.add("session", "Choose the session: AM or PM");
        }
        if (r.marks() == null) {
            p.add("marks", "Send the register's marks");
        }
        p.throwIfAny();
        if (!user.is(Role.PROVIDER_STAFF, Role.LA_OFFICER, Role.LA_ADMIN)) {
            throw new ForbiddenException("Only provider staff and LA officers take registers");
        }
        LocalDate today = today();
        String refuseAll = null;
        String reason = r.reason() == null || r.reason().isBlank() ? null : r.reason().strip();
        if (r.date().isAfter(today)) {
            refuseAll = "The register is for a future date (" + r.date() + ")";
        } else if (!withinWindow(r.date())) {
            if (!user.isLaWide()) {
                refuseAll = "AttendanceRegisters older than " + settings.pastDaysWindow()
                        + " days can only be recorded by the local authority";
            } else if (reason == null) {
                throw new InvalidInputException("reason", "Enter why this register is recorded more than "
                        + settings.pastDaysWindow() + " days late");
            } else if (reason.length() > 500) {
                throw new InvalidInputException("reason", "Reason must be 500 characters or fewer");
            }
        }
        List<PlacementAtProvider> active = placements.activeAt(user, r.providerId(), r.date());
        Map<UUID, PlacementAtProvider> byId = new HashMap<>();
        active.forEach(a -> byId.put(a.placementId(), a));

        List<RejectedMark> rejected = new ArrayList<>();
        Map<UUID, Integer> seen = new HashMap<>();
        for (MarkEntry m : r.marks()) {
            if (m != null && m.placementId() != null) {
                seen.merge(m.placementId(), 1, Integer::sum);
            }
        }
        Map<UUID, Valid> valid = new LinkedHashMap<>();
        Map<UUID, LaCalendar> calendars = new HashMap<>();
        for (MarkEntry m : r.marks()) {
            UUID pid = m == null ? null : m.placementId();
            if (pid == null) {
                rejected.add(new RejectedMark(null, "The mark names no placement"));
                continue;
            }
            if (refuseAll != null) {
                rejected.add(new RejectedMark(pid, refuseAll));
                continue;
            }
            if (seen.get(pid) > 1) {
                rejected.add(new RejectedMark(pid, "Two marks for this pupil in one register"));
                continue;
            }
            PlacementAtProvider placement = byId.get(pid);
            if (placement == null) {
                rejected.add(new RejectedMark(pid, notActiveReason(pid, r.providerId(), r.date())));
                continue;
            }
            LaCalendar cal = calendars.computeIfAbsent(placement.localAuthorityId(), calendar::forLocalAuthority);
            if (!expects(placement.timetable(), r.date(), r.session(), cal)) {
                rejected.add(new RejectedMark(pid, "The placement's timetable has no " + r.session()
                        + " session on " + r.date() + (cal.isSchoolDay(r.date()) ? "" : " (not a school day)")));
                continue;
            }
            Optional<RegisterCode> code = CodeSet.forDate(r.date()).lookUp(m.code());
            if (code.isEmpty()) {
                rejected.add(new RejectedMark(pid, "Unknown attendance code '" + (m.code() == null ? "" : m.code())
                        + "' for " + r.date()));
                continue;
            }
            if (m.minutesLate() != null && (m.minutesLate() < 0 || m.minutesLate() > 600)) {
                rejected.add(new RejectedMark(pid, "Minutes late must be between 0 and 600"));
                continue;
            }
            if (m.minutesLate() != null && m.minutesLate() > 0 && !code.get().isLate()) {
                rejected.add(new RejectedMark(pid, "Minutes late go with a late code (L or U)"));
                continue;
            }
            if (m.note() != null && m.note().length() > 500) {
                rejected.add(new RejectedMark(pid, "The note must be 500 characters or fewer"));
                continue;
            }
            String note = m.note() == null || m.note().isBlank() ? null : m.note().strip();
            Integer minutes = m.minutesLate() == null || m.minutesLate() == 0 ? null : m.minutesLate();
            valid.put(pid, new Valid(placement, code.get(), minutes, note));
        }

        OffsetDateTime now = Timestamps.now(clock);
        Map<UUID, RecordedMark> existing = marksOf(valid.keySet(), r.date(), r.session());
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> history = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        List<AuditTrail.Subject> created = new ArrayList<>();
        List<AuditTrail.Subject> changed = new ArrayList<>();
        List<Valid> alerts = new ArrayList<>();
        Set<UUID> las = new LinkedHashSet<>();
        for (Valid v : valid.values()) {
            RecordedMark old = existing.get(v.placement.placementId());
            AuditTrail.Subject subject = new AuditTrail.Subject(v.placement.placementId(), v.placement.pupilId(),
                    v.placement.localAuthorityId());
            if (old == null) {
                inserts.add(new Object[] {UUID.randomUUID(), v.placement.placementId(), v.placement.pupilId(),
                        r.providerId(), v.placement.localAuthorityId(), r.date(), r.session().name(), v.code.code(),
                        v.minutes, v.note, user.id(), now});
                created.add(subject);
                las.add(v.placement.localAuthorityId());
                if (alerts(v)) {
                    alerts.add(v);
                }
            } else if (!old.code().equals(v.code.code()) || !Objects.equals(old.minutesLate(), v.minutes)
                    || !Objects.equals(old.note(), v.note)) {
                history.add(new Object[] {UUID.randomUUID(), old.id(), old.code(), old.minutesLate(), old.note(),
                        old.finalCode(), old.followUpReason(), old.recordedAt(), user.id(), now, "AMENDED", reason});
                boolean codeChanged = !old.code().equals(v.code.code());
                // a changed code voids the school's follow-up of the old one (kept in the history)
                updates.add(new Object[] {v.code.code(), v.minutes, v.note, user.id(), now, codeChanged, codeChanged,
                        codeChanged, codeChanged, old.id()});
                changed.add(subject);
                las.add(v.placement.localAuthorityId());
                if (alerts(v) && !alerts(old)) {
                    alerts.add(v);
                }
            }
        }
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate("""
                    insert into attendance_mark (id, placement_id, pupil_id, provider_id, local_authority_id, mark_date,
                        session_half, code, minutes_late, note, recorded_by, recorded_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", inserts);
        }
        if (!history.isEmpty()) {
            jdbc.batchUpdate("""
                    insert into attendance_mark_history (id, mark_id, code, minutes_late, note, final_code,
                        follow_up_reason, recorded_by, recorded_at, replaced_by, replaced_at, change_kind, reason)
                    select ?, id, ?, ?, ?, ?, ?, recorded_by, ?, ?, ?, ?, ? from attendance_mark where id = ?""",
                    history.stream().map(h -> new Object[] {h[0], h[2], h[3], h[4], h[5], h[6], h[7], h[8], h[9],
                            h[10], h[11], h[1]}).toList());
            jdbc.batchUpdate("""
                    update attendance_mark set code = ?, minutes_late = ?, note = ?, recorded_by = ?, recorded_at = ?,
                        final_code = case when ? then null else final_code end,
                        follow_up_reason = case when ? then null else follow_up_reason end,
                        followed_up_on = case when ? then null else followed_up_on end,
                        followed_up_by = case when ? then null else followed_up_by end,
                        version = version + 1 where id = ?""", updates);
        }
        int accepted = valid.size();
        db.sql("""
                insert into register_submission (id, provider_id, register_date, session_half, submitted_by,
                    submitted_at, accepted, rejected, late_reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), r.providerId(), r.date(), r.session().name(), user.id(), now, accepted,
                        rejected.size(), withinWindow(r.date()) ? null : reason)
                .update();
        audit.recordAll(user, AuditTrail.Action.CREATED, "ATTENDANCE_MARK", created, "register mark");
        audit.recordAll(user, AuditTrail.Action.CHANGED, "ATTENDANCE_MARK", changed,
                withinWindow(r.date()) ? "register mark amended" : "register mark amended late, with a reason");
        Map<String, List<UserAccount>> contacts = new HashMap<>();
        for (Valid v : alerts) {
            alert(v, r.date(), r.session(), contacts);
        }
        las.forEach(la -> events.publishEvent(RecordsChanged.register(la)));
        return new RegisterResult(accepted, rejected);
    }

    /**
     * Loads marks taken elsewhere in batches, without alerts (they are history, not news); codes must be in the
     * set of their date and a session may hold one mark. The caller publishes {@code RecordsChanged} if flags
     * should follow at once (the compliance sweep also picks them up).
     */
    @Transactional
    public int importMarks(UUID recordedBy, List<ImportedMark> marks) {
        OffsetDateTime now = Timestamps.now(clock);
        List<Object[]> rows = new ArrayList<>();
        for (ImportedMark m : marks) {
            RegisterCode code = CodeSet.forDate(m.date()).lookUp(m.code()).orElseThrow(
                    () -> new IllegalArgumentException("Unknown code " + m.code() + " for " + m.date()));
            String finalCode = m.finalCode() == null ? null
                    : CodeSet.forDate(m.date()).lookUp(m.finalCode()).orElseThrow().code();
            rows.add(new Object[] {UUID.randomUUID(), m.placementId(), m.pupilId(), m.providerId(),
                    m.localAuthorityId(), m.date(), m.session().name(), code.code(), m.minutesLate(), m.note(),
                    recordedBy, now, finalCode, m.followUpReason(), m.followedUpOn(),
                    m.followedUpOn() == null ? null : recordedBy});
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("""
                    insert into attendance_mark (id, placement_id, pupil_id, provider_id, local_authority_id, mark_date,
                        session_half, code, minutes_late, note, recorded_by, recorded_at, final_code, follow_up_reason,
                        followed_up_on, followed_up_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        }
        return rows.size();
    }

    private record Valid(PlacementAtProvider placement, RegisterCode code, Integer minutes, String note) {
    }

    private boolean alerts(Valid v) {
        return v.code.isAbsence() || v.code.isLate() && v.minutes != null && v.minutes >= settings.lateAlertAfter();
    }

    private boolean alerts(RecordedMark m) {
        return m.recorded().isAbsence() || m.recorded().isLate() && m.minutesLate() != null
                && m.minutesLate() >= settings.lateAlertAfter();
    }

    private String notActiveReason(UUID placementId, UUID providerId, LocalDate date) {
        Optional<PlacementSummary> s = placements.find(placementId);
        if (s.isEmpty() || !s.get().providerId().equals(providerId)) {
            return "Not a placement at this provider";
        }
        return "The placement is not active on " + date;
    }

    /** Tells the home school's key contact for the placement (in-app and by e-mail, no name in the subject). */
    private void alert(Valid v, LocalDate date, Session session, Map<String, List<UserAccount>> contactsSoFar) {
        PlacementAtProvider s = v.placement;
        boolean absent = v.code.isAbsence();
        String what = absent ? "absent (code " + v.code.code() + ")" : "late by " + v.minutes + " minutes";
        String title = absent ? "Absence from alternative provision" : "Late arrival at alternative provision";
        String body = v.placement.pupilName() + " was " + what + " at " + s.providerName() + " in the " + session
                + " session of " + date + ". Record the reason and whether it is authorised.";
        String link = "/attendance/placements/" + s.placementId();
        String mailBody = "A pupil you are the contact for was " + what + " at their alternative provision in the "
                + session + " session of " + date + ".\n\nSign in to Waymark to see who and record the reason: "
                + (waymark.baseUrl() == null ? "" : waymark.baseUrl()) + "/attendance/absences";
        // one register alerts the same few contacts again and again: look each up once
        String key = s.schoolContactUserId() + "/" + s.homeSchoolId() + "/" + s.localAuthorityId();
        for (UserAccount contact : contactsSoFar.computeIfAbsent(key,
                k -> contacts(s.schoolContactUserId(), s.homeSchoolId(), s.localAuthorityId()))) {
            events.publishEvent(new NoticeForUser(contact.id(), title, body, link));
            events.publishEvent(new MailMessage(contact.email(), title + ": action needed", mailBody));
        }
    }

    /** The school's key contact for the placement; else the home school's commissioners; else the LA's officers. */
    List<UserAccount> contacts(PlacementSummary s) {
        return contacts(s.schoolContactUserId(), s.homeSchoolId(), s.localAuthorityId());
    }

    private List<UserAccount> contacts(UUID schoolContactUserId, UUID homeSchoolId, UUID localAuthorityId) {
        if (schoolContactUserId != null) {
            Optional<UserAccount> contact = users.find(schoolContactUserId).filter(UserAccount::active);
            if (contact.isPresent()) {
                return List.of(contact.get());
            }
        }
        if (homeSchoolId != null) {
            List<UserAccount> school = users.activeUsersOf(homeSchoolId, Role.SCHOOL_COMMISSIONER);
            if (!school.isEmpty()) {
                return school;
            }
        }
        return users.activeUsersOf(localAuthorityId, Role.LA_OFFICER);
    }

    /** The marks of some placements for one date and session, by placement (unscoped; callers have checked). */
    Map<UUID, RecordedMark> marksOf(java.util.Collection<UUID> placementIds, LocalDate date, Session session) {
        Map<UUID, RecordedMark> out = new HashMap<>();
        if (placementIds.isEmpty()) {
            return out;
        }
        db.sql("select " + MARK_COLUMNS + " from attendance_mark where placement_id in (:ids) and mark_date = :date "
                        + "and session_half = :session")
                .param("ids", new HashSet<>(placementIds)).param("date", date).param("session", session.name())
                .query(RecordedMark.class).list().forEach(m -> out.put(m.placementId(), m));
        return out;
    }
}
