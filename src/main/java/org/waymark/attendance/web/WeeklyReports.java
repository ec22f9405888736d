package org.waymark.attendance.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.waymark.attendance.AttendanceRecords;
import org.waymark.attendance.AttendanceRegisters;
import org.waymark.attendance.PlacementAttendance;
import org.waymark.attendance.RecordedMark;
import org.waymark.audit.AuditTrail;
import org.waymark.commissioning.CommissionerType;
import org.waymark.commissioning.PlacementSummary;
import org.waymark.commissioning.Placements;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.organisation.UserAccount;
import org.waymark.organisation.Users;
import org.waymark.shared.ForbiddenException;
import org.waymark.shared.NoticeForUser;

/**
 * The weekly attendance report of each LA-commissioned placement (PDF and CSV: the week's marks and what was done
 * about each absence). Reports are built from the marks when opened, so they always match the register; every
 * Monday at 06:00 the LA's AP officers are told last week's reports are ready.
 */
@Controller
class WeeklyReports {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    /** One line of the report. */
    record ReportLine(String date, String session, String code, String meaning, String minutesLate, String action) {
    }

    private final AttendanceRecords records;
    private final AttendanceRegisters registers;
    private final Placements placements;
    private final Organisations organisations;
    private final Users users;
    private final AuditTrail audit;
    private final ITemplateEngine templates;
    private final ApplicationEventPublisher events;

    WeeklyReports(AttendanceRecords records, AttendanceRegisters registers, Placements placements,
            Organisations organisations, Users users, AuditTrail audit, ITemplateEngine templates,
            ApplicationEventPublisher events) {
        this.records = records;
        this.registers = registers;
        this.placements = placements;
        this.organisations = organisations;
        this.users = users;
        this.audit = audit;
        this.templates = templates;
        this.events = events;
    }

    @Scheduled(cron = "${waymark.attendance.weekly-report-cron:0 0 6 * * MON}", zone = "Europe/London")
    @SchedulerLock(name = "attendance-weekly-reports", lockAtMostFor = "PT10M")
    @Transactional
    public void announce() {
        LocalDate monday = lastWeek(registers.today());
        for (UUID la : organisations.allLocalAuthorityIds()) {
            long count = commissionedByLa(la, monday).size();
            if (count == 0) {
                continue;
            }
            for (UserAccount officer : users.activeUsersOf(la, Role.LA_OFFICER)) {
                events.publishEvent(new NoticeForUser(officer.id(), "Weekly attendance reports are ready",
                        count + " LA-commissioned placements have an attendance report for the week of " + monday + ".",
                        "/attendance/weekly?week=" + monday));
            }
        }
    }

    static LocalDate lastWeek(LocalDate today) {
        return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
    }

    private List<PlacementSummary> commissionedByLa(UUID la, LocalDate monday) {
        LocalDate friday = monday.plusDays(4);
        return placements.allOf(la).stream()
                .filter(p -> p.commissioner().type() == CommissionerType.LOCAL_AUTHORITY)
                .filter(p -> !p.startDate().isAfter(friday)
                        && (p.isActive() || p.endedOn() != null && !p.endedOn().isBefore(monday)))
                .toList();
    }

    private LocalDate week(String week) {
        if (week == null || week.isBlank()) {
            return lastWeek(registers.today());
        }
        try {
            return LocalDate.parse(week).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        } catch (DateTimeParseException e) {
            return lastWeek(registers.today());
        }
    }

    @GetMapping("/attendance/weekly")
    String list(SignedInUser user, @RequestParam(required = false) String week, Model model) {
        if (!user.isLaWide()) {
            throw new ForbiddenException("Weekly reports are for the local authority");
        }
        LocalDate monday = week(week);
        model.addAttribute("monday", monday);
        model.addAttribute("previous", monday.minusWeeks(1));
        model.addAttribute("next", monday.plusWeeks(1));
        model.addAttribute("placements", commissionedByLa(user.localAuthorityId(), monday));
        return "attendance/weekly";
    }

    @GetMapping("/attendance/placements/{id}/weekly.csv")
    ResponseEntity<byte[]> csv(SignedInUser user, @PathVariable UUID id, @RequestParam(required = false) String week) {
        LocalDate monday = week(week);
        PlacementSummary p = placements.read(user, id);
        StringBuilder csv = new StringBuilder("date,session,code,meaning,minutes_late,action_on_absence\r\n");
        for (ReportLine l : lines(user, p, monday)) {
            csv.append(l.date()).append(',').append(l.session()).append(',').append(AttendancePages.Csv.cell(l.code()))
                    .append(',').append(AttendancePages.Csv.cell(l.meaning())).append(',').append(l.minutesLate())
                    .append(',').append(AttendancePages.Csv.cell(l.action())).append("\r\n");
        }
        audit.record(user, AuditTrail.Action.EXPORTED, "ATTENDANCE", id, p.pupilId(), p.localAuthorityId(),
                "weekly report CSV");
        return AttendancePages.Csv.download("attendance-week-" + monday + ".csv", csv);
    }

    @GetMapping("/attendance/placements/{id}/weekly.pdf")
    ResponseEntity<byte[]> pdf(SignedInUser user, @PathVariable UUID id, @RequestParam(required = false) String week) {
        LocalDate monday = week(week);
        PlacementSummary p = placements.read(user, id);
        List<ReportLine> lines = lines(user, p, monday);
        PlacementAttendance a = records.forPlacement(user, id, monday, monday.plusDays(6));
        Context ctx = new Context(Locale.UK);
        ctx.setVariable("placement", p);
        ctx.setVariable("week", monday.format(DAY));
        ctx.setVariable("lines", lines);
        ctx.setVariable("summary", a.summary());
        String html = templates.process("attendance/weekly-report", ctx);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(user, AuditTrail.Action.EXPORTED, "ATTENDANCE", id, p.pupilId(), p.localAuthorityId(),
                "weekly report PDF");
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"attendance-week-" + monday + ".pdf\"")
                .contentType(MediaType.APPLICATION_PDF).body(out.toByteArray());
    }

    private List<ReportLine> lines(SignedInUser user, PlacementSummary p, LocalDate monday) {
        PlacementAttendance a = records.forPlacement(user, p.id(), monday, monday.plusDays(6));
        List<ReportLine> out = new ArrayList<>();
        for (RecordedMark m : a.marks()) {
            String action = !m.isAbsence() ? ""
                    : m.followedUpOn() == null ? "Not yet followed up"
                    : "Followed up " + m.followedUpOn() + ": " + m.finalCode()
                            + (Boolean.TRUE.equals(m.authorised()) ? " (authorised)" : " (unauthorised)") + ". "
                            + m.followUpReason();
            out.add(new ReportLine(m.markDate().toString(), m.sessionHalf(), m.effective().code(),
                    m.effective().meaning(), m.minutesLate() == null ? "" : String.valueOf(m.minutesLate()), action));
        }
        return out;
    }
}
