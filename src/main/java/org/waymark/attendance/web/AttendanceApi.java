package org.waymark.attendance.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.waymark.attendance.AttendanceRecords;
import org.waymark.attendance.AttendanceSummary;
import org.waymark.attendance.MarkEntry;
import org.waymark.attendance.PlacementAttendance;
import org.waymark.attendance.RecordedMark;
import org.waymark.attendance.RegisterResult;
import org.waymark.attendance.RegisterSubmission;
import org.waymark.attendance.AttendanceRegisters;
import org.waymark.attendance.RejectedMark;
import org.waymark.attendance.Session;
import org.waymark.attendance.UnresolvedAbsence;
import org.waymark.commissioning.Placements;
import org.waymark.organisation.SignedInUser;
import org.waymark.shared.BadQueryException;
import org.waymark.shared.FieldProblem;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.ListPage;
import org.waymark.shared.Problems;

/** {@code POST /registers} and {@code GET /placements/{id}/attendance} of api.md, and the follow-up of absences. */
@RestController
@RequestMapping("/api/v1")
class AttendanceApi {

    record MarkJson(String placementId, String code, Integer minutesLate, String note) {
    }

    record RegisterJson(String providerId, String date, String session, List<MarkJson> marks, String reason) {
    }

    record RejectedJson(UUID placementId, String reason) {
    }

    record RegisterResultJson(int accepted, List<RejectedJson> rejected) {
    }

    record MarkOut(LocalDate date, String session, String code, Boolean authorised, String recordedCode,
            Integer minutesLate, UUID id, LocalDate followedUpOn, int version) {
        static MarkOut of(RecordedMark m) {
            return new MarkOut(m.markDate(), m.sessionHalf(), m.effective().code(), m.authorised(), m.code(),
                    m.minutesLate(), m.id(), m.followedUpOn(), m.version());
        }
    }

    record SummaryJson(int possibleSessions, int present, int approvedEducationalActivity, int authorisedAbsence,
            int unauthorisedAbsence, int notPossible, BigDecimal attendanceRate, BigDecimal absenceRate,
            boolean persistentAbsence, boolean severeAbsence) {
        static SummaryJson of(AttendanceSummary s) {
            return new SummaryJson(s.possibleSessions(), s.present(), s.approvedEducationalActivity(),
                    s.authorisedAbsence(), s.unauthorisedAbsence(), s.notPossible(), s.attendanceRate(),
                    s.absenceRate(), s.persistentAbsence(), s.severeAbsence());
        }
    }

    record AttendanceJson(UUID placementId, LocalDate from, LocalDate to, List<MarkOut> marks, SummaryJson summary) {
    }

    record FollowUpJson(String reason, String finalCode, Integer version) {
    }

    record AbsenceJson(UUID markId, UUID placementId, UUID pupilId, LocalDate date, String session, String code,
            int version) {
    }

    private final AttendanceRegisters registers;
    private final AttendanceRecords records;
    private final Placements placements;

    AttendanceApi(AttendanceRegisters registers, AttendanceRecords records, Placements placements) {
        this.registers = registers;
        this.records = records;
        this.placements = placements;
    }

    @PostMapping("/registers")
    RegisterResultJson submit(SignedInUser user, @RequestBody RegisterJson body) {
        Problems p = new Problems();
        UUID provider = uuid(body.providerId(), "providerId", p);
        LocalDate date = null;
        if (body.date() != null) {
            try {
                date = LocalDate.parse(body.date());
            } catch (DateTimeParseException e) {
                p.add("date", "Enter the date as YYYY-MM-DD");
            }
        }
        Session session = null;
        if (body.session() != null) {
            try {
                session = Session.valueOf(body.session());
            } catch (IllegalArgumentException e) {
                p.add("session", "The session must be AM or PM");
            }
        }
        p.throwIfAny();
        List<MarkEntry> marks = null;
        List<RejectedJson> unreadable = new ArrayList<>();
        if (body.marks() != null) {
            marks = new ArrayList<>();
            for (MarkJson m : body.marks()) {
                if (m == null) {
                    continue;
                }
                UUID placement;
                try {
                    placement = m.placementId() == null ? null : UUID.fromString(m.placementId());
                } catch (IllegalArgumentException e) {
                    unreadable.add(new RejectedJson(null, "Unknown placement '" + m.placementId() + "'"));
                    continue;
                }
                marks.add(new MarkEntry(placement, m.code(), m.minutesLate(), m.note()));
            }
        }
        RegisterResult r = registers.submit(user, new RegisterSubmission(provider, date, session, marks, body.reason()));
        List<RejectedJson> rejected = new ArrayList<>(unreadable);
        for (RejectedMark x : r.rejected()) {
            rejected.add(new RejectedJson(x.placementId(), x.reason()));
        }
        return new RegisterResultJson(r.accepted(), rejected);
    }

    @GetMapping("/placements/{id}/attendance")
    AttendanceJson attendance(SignedInUser user, @PathVariable UUID id, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        LocalDate f = date(from, "from");
        LocalDate t = date(to, "to");
        if (f == null) {
            f = placements.read(user, id).startDate();
        }
        if (t == null) {
            t = registers.today();
        }
        if (t.isBefore(f)) {
            throw new BadQueryException(List.of(new FieldProblem("to", "'to' must be on or after 'from'")));
        }
        PlacementAttendance a = records.forPlacement(user, id, f, t);
        return new AttendanceJson(id, f, t, a.marks().stream().map(MarkOut::of).toList(), SummaryJson.of(a.summary()));
    }

    @GetMapping("/absences")
    ListPage<AbsenceJson> unresolved(SignedInUser user, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        int[] b = ListPage.bounds(page, size);
        ListPage<UnresolvedAbsence> found = records.unresolved(user, b[0], b[1]);
        return new ListPage<>(found.items().stream().map(u -> new AbsenceJson(u.mark().id(), u.mark().placementId(),
                u.mark().pupilId(), u.mark().markDate(), u.mark().sessionHalf(), u.mark().code(), u.mark().version()))
                .toList(), found.page(), found.size(), found.total());
    }

    @PutMapping("/absences/{markId}/follow-up")
    MarkOut followUp(SignedInUser user, @PathVariable UUID markId, @RequestBody FollowUpJson body) {
        if (body.version() == null) {
            throw new InvalidInputException("version", "Send the mark's version");
        }
        return MarkOut.of(records.followUp(user, markId, body.version(), body.reason(), body.finalCode()));
    }

    private static UUID uuid(String value, String field, Problems p) {
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            p.add(field, "Not a valid id");
            return null;
        }
    }

    private static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadQueryException(List.of(new FieldProblem(field, "Enter the date as YYYY-MM-DD")));
        }
    }
}
