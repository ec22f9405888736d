package org.waymark.compliance.source;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.waymark.attendance.AttendanceRecords;
import org.waymark.attendance.AttendanceSummary;
import org.waymark.attendance.RecordedMark;
import org.waymark.attendance.AttendanceRegisters;
import org.waymark.attendance.SessionTimes;
import org.waymark.calendar.LaCalendar;
import org.waymark.calendar.SchoolCalendar;
import org.waymark.commissioning.PlacementSummary;
import org.waymark.commissioning.Placements;
import org.waymark.compliance.AbsenceMark;
import org.waymark.compliance.AttendanceConcern;
import org.waymark.compliance.AttendanceRate;
import org.waymark.compliance.Audience;
import org.waymark.compliance.Commissioner;
import org.waymark.compliance.CommissionerType;
import org.waymark.compliance.FlagCode;
import org.waymark.compliance.FlagSource;
import org.waymark.compliance.PlacementFacts;
import org.waymark.compliance.PlacementStatus;
import org.waymark.compliance.PupilFacts;
import org.waymark.compliance.RaisedFlag;
import org.waymark.compliance.RegisterMissing;
import org.waymark.compliance.ScheduledSession;
import org.waymark.compliance.UnexplainedAbsence;
import org.waymark.pupil.Pupil;
import org.waymark.pupil.Pupils;

/**
 * Flags from registers: a scheduled session left unmarked once it ended (REGISTER_MISSING), an absence not
 * followed up by the next day (UNEXPLAINED_ABSENCE), attendance over the last four weeks below 90 %
 * (ATTENDANCE_CONCERN). Facts come from the attendance module's public reads and the placements.
 */
@Component
class AttendanceFlags implements FlagSource {

    /** How far back the rolling four-week rate is computed to find when a concern began. */
    static final int CONCERN_LOOKBACK_DAYS = 120;

    private final Placements placements;
    private final Pupils pupils;
    private final AttendanceRecords records;
    private final SchoolCalendar calendar;
    private final RegisterMissing registerMissing = new RegisterMissing();
    private final UnexplainedAbsence unexplainedAbsence = new UnexplainedAbsence();
    private final AttendanceConcern attendanceConcern = new AttendanceConcern();

    AttendanceFlags(Placements placements, Pupils pupils, AttendanceRecords records, SchoolCalendar calendar) {
        this.placements = placements;
        this.pupils = pupils;
        this.records = records;
        this.calendar = calendar;
    }

    @Override
    public boolean readsAttendanceMarks() {
        return true;
    }

    @Override
    public Set<FlagCode> codes() {
        return Set.of(FlagCode.REGISTER_MISSING, FlagCode.UNEXPLAINED_ABSENCE, FlagCode.ATTENDANCE_CONCERN);
    }

    @Override
    public List<RaisedFlag> raise(UUID localAuthorityId, LocalDateTime now) {
        LocalDate today = now.toLocalDate();
        List<PlacementSummary> running = placements.allOf(localAuthorityId).stream()
                .filter(p -> p.status() == org.waymark.commissioning.PlacementStatus.ACTIVE
                        || p.status() == org.waymark.commissioning.PlacementStatus.ENDED)
                .filter(p -> !p.startDate().isAfter(today)).toList();
        if (running.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<RecordedMark>> marks = records.marksOfLocalAuthority(localAuthorityId);
        Map<UUID, Pupil> pupilsById = pupils.find(running.stream().map(PlacementSummary::pupilId).distinct().toList());
        LaCalendar cal = calendar.forLocalAuthority(localAuthorityId);
        List<RaisedFlag> raised = new ArrayList<>();
        for (PlacementSummary p : running) {
            PlacementFacts facts = facts(p);
            Audience audience = audience(p);
            List<RecordedMark> own = marks.getOrDefault(p.id(), List.of());

            LocalDate last = p.status() == org.waymark.commissioning.PlacementStatus.ENDED ? p.endedOn() : today;
            if (p.plannedEndDate() != null && p.plannedEndDate().isBefore(last)) {
                last = p.plannedEndDate();
            }
            Set<String> marked = new HashSet<>();
            own.forEach(m -> marked.add(m.markDate() + m.sessionHalf()));
            List<ScheduledSession> sessions = SessionTimes.between(AttendanceRegisters.providerSlots(p.timetable()),
                            p.startDate(), last, cal::isSchoolDay).stream()
                    .map(t -> new ScheduledSession(t.date(), t.session(), t.endsAt(),
                            marked.contains(t.date() + t.session().name())))
                    .toList();
            registerMissing.evaluate(facts, sessions, now).ifPresent(f -> raised.add(new RaisedFlag(f, audience)));

            Pupil pupil = pupilsById.get(p.pupilId());
            if (pupil != null) {
                var csa = pupil.compulsorySchoolAge();
                PupilFacts pf = new PupilFacts(pupil.id(), localAuthorityId, pupil.homeSchoolId(), csa.start(),
                        csa.end(), pupil.lookedAfter(), pupil.ehcp(), pupil.childProtectionPlan(), pupil.childInNeed());
                List<AbsenceMark> absences = own.stream().filter(RecordedMark::isAbsence)
                        .map(m -> new AbsenceMark(m.markDate(), m.session(), m.code(), m.followedUpOn())).toList();
                unexplainedAbsence.evaluate(facts, pf, absences, today)
                        .ifPresent(f -> raised.add(new RaisedFlag(f, audience)));
            }

            if (p.status() == org.waymark.commissioning.PlacementStatus.ACTIVE && !own.isEmpty()) {
                List<AttendanceRate> rates = new ArrayList<>();
                LocalDate from = today.minusDays(CONCERN_LOOKBACK_DAYS);
                for (LocalDate d : cal.schoolDays(from.isBefore(p.startDate()) ? p.startDate() : from, today)) {
                    LocalDate windowStart = d.minusDays(org.waymark.attendance.AttendanceConcern.WINDOW_DAYS - 1L);
                    AttendanceSummary s = AttendanceSummary.of(own.stream()
                            .filter(m -> !m.markDate().isBefore(windowStart) && !m.markDate().isAfter(d))
                            .map(RecordedMark::mark).toList());
                    if (s.possibleSessions() > 0) {
                        rates.add(new AttendanceRate(d, s.possibleSessions(), s.attendanceRate()));
                    }
                }
                attendanceConcern.evaluate(facts, rates, today).ifPresent(f -> raised.add(new RaisedFlag(f, audience)));
            }
        }
        return raised;
    }

    private static PlacementFacts facts(PlacementSummary p) {
        return PlacementFacts.builder(p.id(), p.pupilId(), p.providerId())
                .commissioner(new Commissioner(CommissionerType.valueOf(p.commissioner().type().name()),
                        p.commissioner().id()), p.localAuthorityId())
                .status(PlacementStatus.valueOf(p.status().name())).dates(p.startDate(), p.plannedEndDate())
                .endedOn(p.endedOn()).build();
    }

    /** The LA, the commissioning school (else the home school), the provider, and the family that commissioned. */
    private static Audience audience(PlacementSummary p) {
        var type = p.commissioner().type();
        UUID school = type == org.waymark.commissioning.CommissionerType.SCHOOL ? p.commissioner().id()
                : p.homeSchoolId();
        UUID family = type == org.waymark.commissioning.CommissionerType.PARENT ? p.commissioner().id() : null;
        return new Audience(p.localAuthorityId(), school, p.providerId(), family, p.pupilId());
    }
}
