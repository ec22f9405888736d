package org.waymark.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.waymark.attendance.AttendanceRegisters;
import org.waymark.attendance.ImportedMark;
import org.waymark.attendance.SessionTimes;
import org.waymark.calendar.LaCalendar;
import org.waymark.calendar.SchoolCalendar;
import org.waymark.commissioning.PlacementStatus;
import org.waymark.commissioning.PlacementSummary;
import org.waymark.commissioning.Placements;

/**
 * Registers for every active demo placement from its start up to the demo clock:
 * most pupils attend well, the second is persistently absent (about one session in six), the third severely
 * (more than half), the fourth was absent a lot at first and is improving. Older absences have been followed up by
 * the school (illness authorised, others not); those of the last three days wait for follow-up. The first
 * placement's register for the session under way today is missing.
 */
@Component
class AttendanceDemo implements DemoStory {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final Placements placements;
    private final AttendanceRegisters registers;
    private final SchoolCalendar calendar;
    private final Clock clock;

    AttendanceDemo(Placements placements, AttendanceRegisters registers, SchoolCalendar calendar, Clock clock) {
        this.placements = placements;
        this.registers = registers;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public void load(DemoFoundation foundation) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(LONDON));
        LocalDate today = now.toLocalDate();
        LaCalendar cal = calendar.forLocalAuthority(foundation.localAuthorityId());
        List<PlacementSummary> active = placements.allOf(foundation.localAuthorityId()).stream()
                .filter(p -> p.status() == PlacementStatus.ACTIVE && !p.startDate().isAfter(today)).toList();
        List<ImportedMark> marks = new ArrayList<>();
        for (int i = 0; i < active.size(); i++) {
            PlacementSummary p = active.get(i);
            LocalDate from = p.startDate(); // every session since the start, so no register is missing but today's
            List<SessionTimes> sessions = SessionTimes.between(AttendanceRegisters.providerSlots(p.timetable()), from,
                    today, cal::isSchoolDay);
            boolean skippedToday = false;
            for (int n = 0; n < sessions.size(); n++) {
                SessionTimes s = sessions.get(n);
                if (s.startsAt().isAfter(now)) {
                    continue;
                }
                if (i == 0 && s.date().equals(today) && !skippedToday) {
                    skippedToday = true; // the missing register
                    continue;
                }
                String code = code(i, n, sessions.size(), s);
                Integer late = code.equals("L") ? 10 + n % 20 : null;
                boolean absent = List.of("N", "I", "O", "M").contains(code);
                boolean followedUp = absent && s.date().isBefore(today.minusDays(3));
                String finalCode = null;
                String reason = null;
                LocalDate followedUpOn = null;
                if (followedUp) {
                    finalCode = code.equals("N") ? (n % 3 == 0 ? "I" : "O") : code;
                    reason = finalCode.equals("I") ? "Parent rang the school: unwell"
                            : finalCode.equals("M") ? "Dental appointment, letter seen"
                            : "No reason given after calls home";
                    followedUpOn = s.date().plusDays(1);
                }
                marks.add(new ImportedMark(p.id(), p.pupilId(), p.providerId(), p.localAuthorityId(), s.date(),
                        s.session(), code, late, null, finalCode, reason, followedUpOn));
            }
        }
        registers.importMarks(null, marks);
    }

    /** The demo pattern for placement {@code i}, session {@code n} of {@code total}. */
    static String code(int i, int n, int total, SessionTimes s) {
        String present = s.session().name().equals("AM") ? "/" : "\\";
        switch (i % 5) {
            case 1: // persistently absent: about one session in six
                return n % 6 == 2 ? "N" : n % 11 == 5 ? "L" : present;
            case 2: // severely absent: more than half
                return n % 5 < 3 ? (n % 2 == 0 ? "N" : "O") : present;
            case 3: // improving: absent often in the first half, rarely since
                return n < total / 2 ? (n % 3 == 0 ? "N" : present) : n % 15 == 7 ? "I" : present;
            default: // attends well
                return n % 23 == 11 ? "I" : n % 31 == 13 ? "M" : n % 17 == 3 ? "L" : present;
        }
    }
}
