package org.waymark.attendance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.calendar.LaCalendar;
import org.waymark.calendar.SchoolCalendar;
import org.waymark.commissioning.PlacementSummary;
import org.waymark.commissioning.Placements;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.Role;
import org.waymark.organisation.UserAccount;
import org.waymark.organisation.Users;
import org.waymark.shared.MailMessage;
import org.waymark.shared.NoticeForUser;
import org.waymark.shared.Timestamps;
import org.waymark.shared.WaymarkSettings;

/**
 * "Register missing": a session with no mark {@code waymark.attendance.register-deadline-minutes} after it starts
 * is announced once to the provider's staff and the school's key contact (notice and e-mail through the outbox).
 * Checked every five minutes on one instance.
 */
@Service
public class RegisterAlerts {

    private final JdbcClient db;
    private final Clock clock;
    private final Organisations organisations;
    private final Placements placements;
    private final SchoolCalendar calendar;
    private final Users users;
    private final AttendanceRegisters registers;
    private final ApplicationEventPublisher events;
    private final WaymarkSettings waymark;

    RegisterAlerts(JdbcClient db, Clock clock, Organisations organisations, Placements placements,
            SchoolCalendar calendar, Users users, AttendanceRegisters registers, ApplicationEventPublisher events,
            WaymarkSettings waymark) {
        this.db = db;
        this.clock = clock;
        this.organisations = organisations;
        this.placements = placements;
        this.calendar = calendar;
        this.users = users;
        this.registers = registers;
        this.events = events;
        this.waymark = waymark;
    }

    @Scheduled(cron = "${waymark.attendance.missing-check-cron:0 */5 * * * *}", zone = "Europe/London")
    @SchedulerLock(name = "register-missing-alerts", lockAtMostFor = "PT4M")
    void check() {
        sendMissingRegisterAlerts();
    }

    /** Sends the alerts now due; returns how many sessions were announced. */
    @Transactional
    public int sendMissingRegisterAlerts() {
        LocalDateTime now = LocalDateTime.now(clock.withZone(AttendanceRegisters.LONDON));
        LocalDate today = now.toLocalDate();
        int deadline = registers.settings().deadlineMinutes();
        record Due(PlacementSummary placement, SessionTimes session) {
        }
        List<Due> due = new ArrayList<>();
        for (UUID la : organisations.allLocalAuthorityIds()) {
            LaCalendar cal = calendar.forLocalAuthority(la);
            if (!cal.isSchoolDay(today)) {
                continue;
            }
            for (PlacementSummary p : placements.activeOn(la, today)) {
                for (SessionTimes t : SessionTimes.between(AttendanceRegisters.providerSlots(p.timetable()), today, today,
                        cal::isSchoolDay)) {
                    if (!now.isBefore(t.startsAt().plusMinutes(deadline))) {
                        due.add(new Due(p, t));
                    }
                }
            }
        }
        if (due.isEmpty()) {
            return 0;
        }
        List<UUID> ids = due.stream().map(d -> d.placement().id()).distinct().toList();
        Set<String> done = new HashSet<>();
        db.sql("select placement_id, session_half from attendance_mark where mark_date = :d and placement_id in (:ids)")
                .param("d", today).param("ids", ids)
                .query((rs, i) -> done.add(rs.getString(1) + rs.getString(2))).list();
        db.sql("select placement_id, session_half from register_missing_alert where alert_date = :d and placement_id in (:ids)")
                .param("d", today).param("ids", ids)
                .query((rs, i) -> done.add(rs.getString(1) + rs.getString(2))).list();
        int sent = 0;
        for (Due d : due) {
            if (done.contains(d.placement().id() + d.session().session().name())) {
                continue;
            }
            db.sql("insert into register_missing_alert (placement_id, alert_date, session_half, sent_at) values (?, ?, ?, ?)")
                    .params(d.placement().id(), today, d.session().session().name(), Timestamps.now(clock)).update();
            announce(d.placement(), d.session());
            sent++;
        }
        return sent;
    }

    private void announce(PlacementSummary p, SessionTimes t) {
        String title = "Register missing";
        String when = "the " + t.session() + " session of " + t.date() + " (from " + t.startsAt().toLocalTime() + ")";
        String base = waymark.baseUrl() == null ? "" : waymark.baseUrl();
        for (UserAccount staff : users.activeUsersOf(p.providerId(), Role.PROVIDER_STAFF)) {
            events.publishEvent(new NoticeForUser(staff.id(), title, "No mark has been recorded for "
                    + p.pupilName() + " in " + when + ". Take the register.",
                    "/register?date=" + t.date() + "&session=" + t.session()));
            events.publishEvent(new MailMessage(staff.email(), "Register missing: " + t.session() + " " + t.date(),
                    "A pupil placed with you has no mark for " + when + ".\n\nTake the register in Waymark: " + base
                            + "/register?date=" + t.date() + "&session=" + t.session()));
        }
        for (UserAccount contact : registers.contacts(p)) {
            events.publishEvent(new NoticeForUser(contact.id(), title, "The provider has not recorded whether "
                    + p.pupilName() + " attended " + when + ".", "/attendance/placements/" + p.id()));
            events.publishEvent(new MailMessage(contact.email(), "Register missing at alternative provision",
                    "The provider has not recorded whether a pupil you are the contact for attended " + when
                            + ".\n\nSee the placement in Waymark: " + base + "/attendance/placements/" + p.id()));
        }
    }
}
