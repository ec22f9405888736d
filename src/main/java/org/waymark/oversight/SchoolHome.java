package org.waymark.oversight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.waymark.attendance.AttendanceRecords;
import org.waymark.attendance.AttendanceRegisters;
import org.waymark.attendance.AttendanceSummary;
import org.waymark.attendance.RecordedMark;
import org.waymark.calendar.SchoolCalendar;
import org.waymark.commissioning.PlacementStatus;
import org.waymark.commissioning.PlacementSummary;
import org.waymark.commissioning.Placements;
import org.waymark.compliance.FlagRecord;
import org.waymark.compliance.Flags;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.review.ReviewPlan;
import org.waymark.review.ReviewSchedule;
import org.waymark.review.Reviews;
import org.waymark.shared.ForbiddenException;

/**
 * A school commissioner's home page: the school's pupils in AP today, their open flags, the reviews due or overdue,
 * and attendance at AP this half-term, every figure scoped to the school's own pupils (the placements, flags and
 * attendance services scope each read to the caller).
 */
@Service
public class SchoolHome {

    /** How many placements the home page lists; the full list is behind the "pupils in AP" link. */
    public static final int LISTED = 200;

    /** A pupil in AP with their placement, open flags and next review. */
    public record PupilInAp(UUID pupilId, String name, UUID placementId, String provider, int tier, LocalDate start,
            long openFlags, LocalDate reviewDue, ReviewSchedule.Status reviewStatus) {
    }

    public record View(LocalDate today, long pupilsInAp, long openFlags, long criticalFlags, long reviewsDue,
            long reviewsOverdue, Optional<HalfTerm> halfTerm, AttendanceSummary attendance, long unresolvedAbsences,
            List<PupilInAp> pupils) {
    }

    private final Placements placements;
    private final Flags flags;
    private final Reviews reviews;
    private final AttendanceRecords attendance;
    private final AttendanceRegisters registers;
    private final SchoolCalendar calendar;

    SchoolHome(Placements placements, Flags flags, Reviews reviews, AttendanceRecords attendance,
            AttendanceRegisters registers, SchoolCalendar calendar) {
        this.placements = placements;
        this.flags = flags;
        this.reviews = reviews;
        this.attendance = attendance;
        this.registers = registers;
        this.calendar = calendar;
    }

    public View of(SignedInUser user) {
        if (!user.is(Role.SCHOOL_COMMISSIONER)) {
            throw new ForbiddenException("This page is a school's home page");
        }
        LocalDate today = registers.today();
        List<PlacementSummary> active = placements.list(user, null, null, PlacementStatus.ACTIVE, 0, LISTED).stream()
                .filter(p -> !p.startDate().isAfter(today)).toList();
        List<UUID> pupilIds = active.stream().map(PlacementSummary::pupilId).distinct().toList();
        Map<UUID, Long> flagsByPupil = new HashMap<>();
        long critical = 0;
        long open = 0;
        if (!pupilIds.isEmpty()) {
            var found = flags.list(user, Flags.Filter.open().pupils(pupilIds), 0, 1000);
            open = found.total();
            for (FlagRecord f : found.items()) {
                flagsByPupil.merge(f.pupilId(), 1L, Long::sum);
                critical += f.severity() == org.waymark.compliance.Severity.CRITICAL ? 1 : 0;
            }
        }
        List<PupilInAp> rows = new ArrayList<>();
        long due = 0;
        long overdue = 0;
        for (PlacementSummary p : active) {
            ReviewPlan plan = reviews.plan(p);
            due += plan.status() == ReviewSchedule.Status.DUE_SOON ? 1 : 0;
            overdue += plan.status() == ReviewSchedule.Status.OVERDUE ? 1 : 0;
            rows.add(new PupilInAp(p.pupilId(), p.pupilName(), p.id(), p.providerName(), p.tier(), p.startDate(),
                    flagsByPupil.getOrDefault(p.pupilId(), 0L), plan.nextDue(), plan.status()));
        }
        rows.sort(Comparator.comparing(PupilInAp::name).thenComparing(PupilInAp::start));
        Optional<HalfTerm> half = HalfTerm.containing(calendar.forLocalAuthority(user.localAuthorityId()), today);
        AttendanceSummary rate = half.map(h -> attendanceOf(attendance.marksInScope(user, h.from(),
                h.toOrToday(today)))).orElse(AttendanceSummary.ofCounts(0, 0, 0, 0, 0));
        return new View(today, pupilIds.size(), open, critical, due, overdue, half, rate,
                attendance.countUnresolved(user), rows);
    }

    /** All placements' sessions together (each placement's marks summarised on its own, then added). */
    static AttendanceSummary attendanceOf(List<RecordedMark> marks) {
        Map<UUID, List<org.waymark.attendance.Mark>> byPlacement = new HashMap<>();
        marks.forEach(m -> byPlacement.computeIfAbsent(m.placementId(), k -> new ArrayList<>()).add(m.mark()));
        int present = 0;
        int aea = 0;
        int authorised = 0;
        int unauthorised = 0;
        int notPossible = 0;
        for (var list : byPlacement.values()) {
            AttendanceSummary s = AttendanceSummary.of(list);
            present += s.present();
            aea += s.approvedEducationalActivity();
            authorised += s.authorisedAbsence();
            unauthorised += s.unauthorisedAbsence();
            notPossible += s.notPossible();
        }
        return AttendanceSummary.ofCounts(present, aea, authorised, unauthorised, notPossible);
    }
}
