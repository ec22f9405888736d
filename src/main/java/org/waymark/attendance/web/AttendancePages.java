package org.waymark.attendance.web;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.waymark.attendance.AttendanceCategory;
import org.waymark.attendance.AttendanceRecords;
import org.waymark.attendance.AttendanceRegisters;
import org.waymark.attendance.AttendanceStatistics;
import org.waymark.attendance.CodeSet;
import org.waymark.attendance.HomeSchoolCode;
import org.waymark.attendance.MarkEntry;
import org.waymark.attendance.PlacementAttendance;
import org.waymark.attendance.RecordedMark;
import org.waymark.attendance.RegisterCode;
import org.waymark.attendance.RegisterLine;
import org.waymark.attendance.RegisterResult;
import org.waymark.attendance.RegisterSubmission;
import org.waymark.attendance.RejectedMark;
import org.waymark.attendance.Session;
import org.waymark.audit.AuditTrail;
import org.waymark.commissioning.PlacementSummary;
import org.waymark.commissioning.Placements;
import org.waymark.organisation.HomeFigure;
import org.waymark.organisation.HomeFigures;
import org.waymark.organisation.Navigation;
import org.waymark.organisation.NavigationItem;
import org.waymark.organisation.OrganisationType;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.pupil.Pupil;
import org.waymark.pupil.Pupils;
import org.waymark.shared.FieldProblem;
import org.waymark.shared.ForbiddenException;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.web.DateInput;
import org.waymark.shared.web.Forms;

/**
 * The attendance pages: the provider's register for a date and session, the school's follow-up of absences, the
 * LA's list of unresolved absences, a placement's attendance as a grid, statistics, and CSV exports.
 */
@Controller
class AttendancePages {

    @Component
    static class AttendanceNavigation implements Navigation {
        @Override
        public List<NavigationItem> itemsFor(SignedInUser user) {
            List<NavigationItem> items = new ArrayList<>();
            if (user.is(Role.PROVIDER_STAFF, Role.LA_OFFICER, Role.LA_ADMIN)) {
                items.add(new NavigationItem(20, "Register", "/register"));
            }
            if (AttendanceRecords.mayFollowUp(user)) {
                items.add(new NavigationItem(21, "Absences", "/attendance/absences"));
            }
            if (!user.is(Role.QA_PROFESSIONAL)) {
                items.add(new NavigationItem(22, "Attendance", "/attendance"));
            }
            if (user.isLaWide()) {
                items.add(new NavigationItem(23, "Weekly reports", "/attendance/weekly"));
            }
            return items;
        }
    }

    @Component
    static class AttendanceFigures implements HomeFigures {
        private final AttendanceRecords records;

        AttendanceFigures(AttendanceRecords records) {
            this.records = records;
        }

        @Override
        public List<HomeFigure> figuresFor(SignedInUser user) {
            if (!AttendanceRecords.mayFollowUp(user)) {
                return List.of();
            }
            return List.of(new HomeFigure(20, "Absences to follow up", records.countUnresolved(user),
                    "/attendance/absences"));
        }
    }

    /** A row of the register form, with what the user typed. */
    record Line(UUID placementId, String pupilName, String code, String minutesLate, String note, RecordedMark mark) {
    }

    /** A code with its meaning, for the select. */
    record CodeOption(String code, String label, String group) {
    }

    /** One weekday of the grid: the morning and afternoon code ("" when not expected, "–" when unmarked). */
    private final AttendanceRegisters registers;
    private final AttendanceRecords records;
    private final Placements placements;
    private final Pupils pupils;
    private final Organisations organisations;
    private final AttendanceGrid grid;
    private final AuditTrail audit;

    AttendancePages(AttendanceRegisters registers, AttendanceRecords records, Placements placements, Pupils pupils,
            Organisations organisations, AttendanceGrid grid, AuditTrail audit) {
        this.registers = registers;
        this.records = records;
        this.placements = placements;
        this.pupils = pupils;
        this.organisations = organisations;
        this.grid = grid;
        this.audit = audit;
    }

    // ---- the register ------------------------------------------------------------------------

    @GetMapping("/register")
    String register(SignedInUser user, @RequestParam Map<String, String> params, Model model) {
        if (!user.is(Role.PROVIDER_STAFF, Role.LA_OFFICER, Role.LA_ADMIN)) {
            throw new ForbiddenException("Only provider staff and LA officers take registers");
        }
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate date = registers.today();
        DateInput typed = DateInput.from(params, "date");
        try {
            if (!typed.isEmpty()) {
                date = typed.parse("date of the register");
            } else if (params.get("date") != null && !params.get("date").isBlank()) {
                date = LocalDate.parse(params.get("date"));
            }
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("date-day", "Enter a real date"));
        }
        Session session = "PM".equals(params.get("session")) ? Session.PM : "AM".equals(params.get("session"))
                ? Session.AM : registers.timeNow().isBefore(LocalTime.of(12, 30)) ? Session.AM : Session.PM;
        UUID providerId = providerOf(user, params.get("providerId"));
        String saved = params.get("saved");
        model.addAttribute("saved", saved != null && saved.matches("\\d{1,4}") ? saved : null);
        fillChooser(user, model, typed.isEmpty() ? DateInput.of("date", date) : typed, session, providerId);
        if (!problems.isEmpty()) {
            Forms.reject(model, problems);
            return "attendance/register";
        }
        if (providerId != null) {
            List<RegisterLine> sheet = registers.sheet(user, providerId, date, session);
            model.addAttribute("lines", sheet.stream().map(l -> new Line(l.placementId(), l.pupilName(),
                    l.mark() == null ? "" : l.mark().code(),
                    l.mark() == null || l.mark().minutesLate() == null ? "" : String.valueOf(l.mark().minutesLate()),
                    l.mark() == null || l.mark().note() == null ? "" : l.mark().note(), l.mark())).toList());
            model.addAttribute("reason", "");
        }
        fillRegister(user, model, date, session, providerId);
        return "attendance/register";
    }

    @PostMapping("/register")
    String submit(SignedInUser user, @RequestParam Map<String, String> params, Model model) {
        LocalDate date;
        Session session;
        try {
            date = LocalDate.parse(params.getOrDefault("date", ""));
            session = Session.valueOf(params.getOrDefault("session", ""));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return "redirect:/register";
        }
        UUID providerId = providerOf(user, params.get("providerId"));
        if (providerId == null) {
            return "redirect:/register";
        }
        boolean fill = "present".equals(params.get("action"));
        List<RegisterLine> sheet = registers.sheet(user, providerId, date, session);
        List<MarkEntry> marks = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        for (RegisterLine l : sheet) {
            String id = l.placementId().toString();
            String code = params.getOrDefault("code-" + id, "").strip();
            String minutes = params.getOrDefault("minutes-" + id, "").strip();
            String note = params.getOrDefault("note-" + id, "").strip();
            lines.add(new Line(l.placementId(), l.pupilName(), code, minutes, note, l.mark()));
            if (code.isEmpty() && fill) {
                code = session == Session.AM ? "/" : "\\";
            }
            if (code.isEmpty()) {
                continue;
            }
            Integer m = null;
            if (!minutes.isEmpty()) {
                try {
                    m = Integer.valueOf(minutes);
                } catch (NumberFormatException e) {
                    problems.add(new FieldProblem("minutes-" + id, l.pupilName() + ": minutes late must be a number"));
                    continue;
                }
            }
            marks.add(new MarkEntry(l.placementId(), code, m, note));
        }
        String reason = params.getOrDefault("reason", "");
        if (problems.isEmpty()) {
            try {
                RegisterResult r = registers.submit(user, new RegisterSubmission(providerId, date, session, marks,
                        reason));
                Map<UUID, String> names = new HashMap<>();
                sheet.forEach(l -> names.put(l.placementId(), l.pupilName()));
                for (RejectedMark x : r.rejected()) {
                    problems.add(new FieldProblem("code-" + x.placementId(),
                            names.getOrDefault(x.placementId(), "A pupil") + ": " + x.reason()));
                }
                if (problems.isEmpty()) {
                    return "redirect:/register?date=" + date + "&session=" + session
                            + (user.isLaWide() ? "&providerId=" + providerId : "") + "&saved=" + r.accepted();
                }
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        Forms.reject(model, problems);
        fillChooser(user, model, DateInput.of("date", date), session, providerId);
        model.addAttribute("lines", lines);
        model.addAttribute("reason", reason);
        fillRegister(user, model, date, session, providerId);
        return "attendance/register";
    }

    private UUID providerOf(SignedInUser user, String param) {
        if (user.is(Role.PROVIDER_STAFF)) {
            return user.organisationId();
        }
        if (param == null || param.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(param);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void fillChooser(SignedInUser user, Model model, DateInput date, Session session, UUID providerId) {
        model.addAttribute("dateInput", date);
        model.addAttribute("half", session.name());
        model.addAttribute("providerId", providerId == null ? "" : providerId.toString());
        if (user.isLaWide()) {
            model.addAttribute("providers", organisations.administeredBy(user.localAuthorityId()).stream()
                    .filter(o -> o.type() == OrganisationType.PROVIDER).toList());
        }
    }

    private void fillRegister(SignedInUser user, Model model, LocalDate date, Session session, UUID providerId) {
        model.addAttribute("date", date);
        model.addAttribute("future", date.isAfter(registers.today()));
        boolean within = registers.withinWindow(date);
        model.addAttribute("needsReason", !within && user.isLaWide());
        model.addAttribute("tooOld", !within && !user.isLaWide());
        model.addAttribute("pastDays", registers.settings().pastDaysWindow());
        model.addAttribute("codeGroups", grouped(codeOptions(date)));
        model.addAttribute("providerName", providerId == null ? "" : organisations.providerName(providerId).orElse(""));
        model.addAttribute("previousDay", date.minusDays(date.getDayOfWeek() == DayOfWeek.MONDAY ? 3 : 1));
        model.addAttribute("nextDay", date.plusDays(date.getDayOfWeek() == DayOfWeek.FRIDAY ? 3 : 1));
    }

    static List<CodeOption> codeOptions(LocalDate date) {
        List<CodeOption> out = new ArrayList<>();
        for (RegisterCode c : CodeSet.forDate(date).codes()) {
            out.add(new CodeOption(c.code(), c.code() + " – " + c.meaning(), group(c.category())));
        }
        return out;
    }

    static String group(AttendanceCategory c) {
        return switch (c) {
            case PRESENT -> "Present";
            case APPROVED_EDUCATIONAL_ACTIVITY -> "Approved educational activity";
            case AUTHORISED_ABSENCE -> "Authorised absence";
            case UNAUTHORISED_ABSENCE -> "Unauthorised absence";
            case NOT_POSSIBLE -> "Not a possible session";
        };
    }

    // ---- absences and follow-up --------------------------------------------------------------

    @GetMapping("/attendance/absences")
    String absences(SignedInUser user, @RequestParam(required = false) Integer page, Model model) {
        int p = page == null || page < 0 ? 0 : page;
        var found = records.unresolved(user, p, 50);
        model.addAttribute("absences", found);
        model.addAttribute("mayFollowUp", AttendanceRecords.mayFollowUp(user));
        model.addAttribute("laWide", user.isLaWide());
        model.addAttribute("lastPage", Math.max(0, (found.total() - 1) / 50));
        return "attendance/absences";
    }

    @GetMapping("/attendance/absences/{markId}")
    String followUpForm(SignedInUser user, @PathVariable UUID markId, Model model) {
        RecordedMark m = records.mark(user, markId);
        if (!AttendanceRecords.mayFollowUp(user)) {
            throw new ForbiddenException("Only the school or the local authority follows up absences");
        }
        PlacementSummary p = placements.read(user, m.placementId());
        audit.record(user, AuditTrail.Action.VIEWED, "ATTENDANCE_MARK", markId, m.pupilId(), m.localAuthorityId(),
                "absence");
        model.addAttribute("mark", m);
        model.addAttribute("placement", p);
        if (!model.containsAttribute("reason")) {
            model.addAttribute("reason", m.followUpReason() == null ? "" : m.followUpReason());
            model.addAttribute("finalCode", m.finalCode() == null ? "" : m.finalCode());
        }
        List<CodeOption> absenceCodes = new ArrayList<>();
        for (RegisterCode c : CodeSet.forDate(m.markDate()).codes()) {
            if (c.isAbsence()) {
                absenceCodes.add(new CodeOption(c.code(), c.code() + " – " + c.meaning(), group(c.category())));
            }
        }
        model.addAttribute("authorisedCodes", absenceCodes.stream()
                .filter(c -> c.group().equals("Authorised absence")).toList());
        model.addAttribute("unauthorisedCodes", absenceCodes.stream()
                .filter(c -> c.group().equals("Unauthorised absence")).toList());
        model.addAttribute("recorded", m.recorded());
        return "attendance/follow-up";
    }

    @PostMapping("/attendance/absences/{markId}")
    String followUp(SignedInUser user, @PathVariable UUID markId, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String finalCode, @RequestParam int version, Model model) {
        try {
            RecordedMark m = records.followUp(user, markId, version, reason, finalCode);
            return "redirect:/attendance/placements/" + m.placementId() + "?followedUp";
        } catch (InvalidInputException e) {
            Forms.reject(model, e.problems());
            model.addAttribute("reason", reason == null ? "" : reason);
            model.addAttribute("finalCode", finalCode == null ? "" : finalCode);
            return followUpForm(user, markId, model);
        }
    }

    // ---- a placement's attendance ------------------------------------------------------------

    @GetMapping("/attendance/placements/{id}")
    String placement(SignedInUser user, @PathVariable UUID id, Model model) {
        PlacementSummary p = placements.read(user, id);
        LocalDate today = registers.today();
        LocalDate to = p.endedOn() != null ? p.endedOn() : today;
        PlacementAttendance a = records.forPlacement(user, id, p.startDate(), to);
        model.addAttribute("placement", p);
        model.addAttribute("attendance", a);
        model.addAttribute("summary", a.summary());
        AttendanceGrid.Grid g = grid.of(p, a.marks(), to);
        model.addAttribute("weeks", g.weeks());
        model.addAttribute("gridKey", g.key());
        model.addAttribute("history", records.history(user, id));
        model.addAttribute("unresolved", a.marks().stream().filter(RecordedMark::awaitingFollowUp).toList());
        model.addAttribute("mayFollowUp", AttendanceRecords.mayFollowUp(user));
        var baseline = records.baseline(user, id).orElse(null);
        model.addAttribute("baseline", baseline);
        model.addAttribute("change", baseline == null || baseline.rate() == null || a.summary().attendanceRate() == null
                ? null : a.summary().attendanceRate().subtract(baseline.rate()));
        if (!model.containsAttribute("possibleSessions")) {
            model.addAttribute("possibleSessions", baseline == null ? "" : String.valueOf(baseline.possibleSessions()));
            model.addAttribute("attendedSessions", baseline == null ? "" : String.valueOf(baseline.attendedSessions()));
        }
        return "attendance/placement";
    }

    @PostMapping("/attendance/placements/{id}/baseline")
    String baseline(SignedInUser user, @PathVariable UUID id, @RequestParam Map<String, String> params, Model model) {
        String possible = params.getOrDefault("possibleSessions", "").strip();
        String attended = params.getOrDefault("attendedSessions", "").strip();
        String version = params.getOrDefault("version", "").strip();
        try {
            records.recordBaseline(user, id, version.isEmpty() ? null : Integer.valueOf(version), number(possible),
                    number(attended));
            return "redirect:/attendance/placements/" + id + "?baselineSaved";
        } catch (InvalidInputException e) {
            Forms.reject(model, e.problems());
            model.addAttribute("possibleSessions", possible);
            model.addAttribute("attendedSessions", attended);
            return placement(user, id, model);
        }
    }

    private static Integer number(String s) {
        try {
            return s.isEmpty() ? null : Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @GetMapping("/attendance/placements/{id}/marks.csv")
    ResponseEntity<byte[]> placementCsv(SignedInUser user, @PathVariable UUID id) {
        PlacementSummary p = placements.read(user, id);
        LocalDate to = p.endedOn() != null ? p.endedOn() : registers.today();
        PlacementAttendance a = records.forPlacement(user, id, p.startDate(), to);
        StringBuilder csv = new StringBuilder("date,session,provider_code,final_code,authorised,minutes_late,"
                + "followed_up_on,follow_up_reason\r\n");
        for (RecordedMark m : a.marks()) {
            csv.append(m.markDate()).append(',').append(m.sessionHalf()).append(',').append(Csv.cell(m.code()))
                    .append(',').append(Csv.cell(m.finalCode())).append(',')
                    .append(m.authorised() == null ? "" : m.authorised()).append(',')
                    .append(m.minutesLate() == null ? "" : m.minutesLate()).append(',')
                    .append(m.followedUpOn() == null ? "" : m.followedUpOn()).append(',')
                    .append(Csv.cell(m.followUpReason())).append("\r\n");
        }
        audit.record(user, AuditTrail.Action.EXPORTED, "ATTENDANCE", id, p.pupilId(), p.localAuthorityId(),
                "placement marks CSV");
        return Csv.download("attendance-" + id + ".csv", csv);
    }

    // ---- statistics and exports --------------------------------------------------------------

    @GetMapping("/attendance")
    String statistics(SignedInUser user, @RequestParam Map<String, String> params, Model model) {
        LocalDate[] range = range(params, model);
        AttendanceStatistics s = records.statistics(user, range[0], range[1]);
        model.addAttribute("stats", s);
        model.addAttribute("fromInput", DateInput.of("from", range[0]));
        model.addAttribute("toInput", DateInput.of("to", range[1]));
        model.addAttribute("from", range[0]);
        model.addAttribute("to", range[1]);
        model.addAttribute("misExport", user.is(Role.SCHOOL_COMMISSIONER, Role.LA_ADMIN, Role.LA_OFFICER));
        return "attendance/statistics";
    }

    private LocalDate[] range(Map<String, String> params, Model model) {
        LocalDate to = registers.today();
        LocalDate from = to.minusDays(27);
        List<FieldProblem> problems = new ArrayList<>();
        DateInput f = DateInput.from(params, "from");
        DateInput t = DateInput.from(params, "to");
        try {
            if (params.get("from") != null && !params.get("from").isBlank()) {
                from = LocalDate.parse(params.get("from"));
            } else if (!f.isEmpty()) {
                from = f.parse("start date");
            }
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("from-day", "Enter a real start date"));
        }
        try {
            if (params.get("to") != null && !params.get("to").isBlank()) {
                to = LocalDate.parse(params.get("to"));
            } else if (!t.isEmpty()) {
                to = t.parse("end date");
            }
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("to-day", "Enter a real end date"));
        }
        if (problems.isEmpty() && to.isBefore(from)) {
            problems.add(new FieldProblem("to-day", "The end date must be on or after the start date"));
        }
        if (!problems.isEmpty()) {
            Forms.reject(model, problems);
            to = registers.today();
            from = to.minusDays(27);
        }
        return new LocalDate[] {from, to};
    }

    @GetMapping("/attendance/statistics.csv")
    ResponseEntity<byte[]> statisticsCsv(SignedInUser user, @RequestParam Map<String, String> params, Model model) {
        LocalDate[] range = range(params, model);
        AttendanceStatistics s = records.statistics(user, range[0], range[1]);
        StringBuilder csv = new StringBuilder("upn,pupil,provider,home_school,possible_sessions,present,"
                + "approved_educational_activity,authorised_absence,unauthorised_absence,not_possible,"
                + "attendance_rate,persistent_absence,severe_absence\r\n");
        for (var r : s.placements()) {
            var m = r.summary();
            csv.append(Csv.cell(r.upn())).append(',').append(Csv.cell(r.pupilName())).append(',')
                    .append(Csv.cell(r.providerName())).append(',').append(Csv.cell(r.homeSchoolName())).append(',')
                    .append(m.possibleSessions()).append(',').append(m.present()).append(',')
                    .append(m.approvedEducationalActivity()).append(',').append(m.authorisedAbsence()).append(',')
                    .append(m.unauthorisedAbsence()).append(',').append(m.notPossible()).append(',')
                    .append(m.attendanceRate() == null ? "" : m.attendanceRate().toPlainString()).append(',')
                    .append(m.persistentAbsence()).append(',').append(m.severeAbsence()).append("\r\n");
        }
        return Csv.download("attendance-" + range[0] + "-to-" + range[1] + ".csv", csv);
    }

    /** Marks for a school's MIS: UPN, date, session and the code the home school's register needs. */
    @GetMapping("/attendance/marks.csv")
    ResponseEntity<byte[]> misCsv(SignedInUser user, @RequestParam Map<String, String> params, Model model) {
        if (!user.is(Role.SCHOOL_COMMISSIONER, Role.LA_ADMIN, Role.LA_OFFICER)) {
            throw new ForbiddenException("The MIS export is for schools and the local authority");
        }
        LocalDate[] range = range(params, model);
        List<RecordedMark> marks = records.marksInScope(user, range[0], range[1]);
        Map<UUID, PlacementSummary> info = records.placementsOf(marks.stream().map(RecordedMark::placementId).toList());
        Map<UUID, Pupil> pupilsById = pupils.find(info.values().stream().map(PlacementSummary::pupilId).distinct().toList());
        StringBuilder csv = new StringBuilder("upn,date,session,code,provider_code,authorised\r\n");
        List<AuditTrail.Subject> subjects = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (RecordedMark m : marks) {
            PlacementSummary p = info.get(m.placementId());
            Pupil pupil = pupilsById.get(m.pupilId());
            RegisterCode home = HomeSchoolCode.forMark(m.mark(),
                    HomeSchoolCode.Arrangement.valueOf(p.registrationArrangement().name()),
                    HomeSchoolCode.ArrangedBy.valueOf(p.commissioner().type().name()));
            csv.append(Csv.cell(pupil == null ? "" : pupil.upn())).append(',').append(m.markDate()).append(',')
                    .append(m.sessionHalf()).append(',').append(Csv.cell(home.code())).append(',')
                    .append(Csv.cell(m.effective().code())).append(',')
                    .append(m.authorised() == null ? "" : m.authorised()).append("\r\n");
            if (seen.add(m.placementId())) {
                subjects.add(new AuditTrail.Subject(m.placementId(), m.pupilId(), m.localAuthorityId()));
            }
        }
        audit.recordAll(user, AuditTrail.Action.EXPORTED, "ATTENDANCE", subjects, "MIS marks CSV");
        return Csv.download("marks-" + range[0] + "-to-" + range[1] + ".csv", csv);
    }

    /** CSV cells (RFC 4180, formula characters neutralised) and the download response. */
    static final class Csv {
        private Csv() {
        }

        static String cell(String value) {
            if (value == null) {
                return "";
            }
            String v = value;
            if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.equals("-")) {
                v = "'" + v;
            }
            if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
                v = "\"" + v.replace("\"", "\"\"") + "\"";
            }
            return v;
        }

        static ResponseEntity<byte[]> download(String name, CharSequence csv) {
            return ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                    .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .body(csv.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    record CodeGroup(String label, List<CodeOption> codes) {
    }

    static List<CodeGroup> grouped(List<CodeOption> codes) {
        Map<String, List<CodeOption>> out = new LinkedHashMap<>();
        codes.forEach(c -> out.computeIfAbsent(c.group(), k -> new ArrayList<>()).add(c));
        return out.entrySet().stream().map(e -> new CodeGroup(e.getKey(), e.getValue())).toList();
    }
}
