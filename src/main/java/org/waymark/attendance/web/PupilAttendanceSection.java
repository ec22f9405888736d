package org.waymark.attendance.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.waymark.attendance.AttendanceRecords;
import org.waymark.attendance.AttendanceRegisters;
import org.waymark.attendance.AttendanceSummary;
import org.waymark.attendance.PlacementAttendance;
import org.waymark.commissioning.PlacementStatus;
import org.waymark.commissioning.PlacementSummary;
import org.waymark.commissioning.Placements;
import org.waymark.commissioning.PupilPageSection;
import org.waymark.organisation.SignedInUser;

/**
 * The attendance of each started placement on the pupil's page: its rate and its latest weeks as the same grid as the
 * placement's attendance page, for the placements the viewer may see (a provider: only its own).
 */
@Component
class PupilAttendanceSection implements PupilPageSection {

    static final int WEEKS_SHOWN = 8;

    /** One placement's grid on the pupil's page. */
    record PlacementGrid(PlacementSummary placement, AttendanceSummary summary, List<AttendanceGrid.WeekRow> weeks,
            List<AttendanceGrid.KeyEntry> key, int shownWeeks, int allWeeks) {
    }

    private final Placements placements;
    private final AttendanceRecords records;
    private final AttendanceRegisters registers;
    private final AttendanceGrid grid;

    PupilAttendanceSection(Placements placements, AttendanceRecords records, AttendanceRegisters registers,
            AttendanceGrid grid) {
        this.placements = placements;
        this.records = records;
        this.registers = registers;
        this.grid = grid;
    }

    @Override
    public Optional<Part> partFor(SignedInUser user, UUID pupilId) {
        List<PlacementGrid> grids = new ArrayList<>();
        LocalDate today = registers.today();
        for (PlacementSummary p : placements.forPupil(user, pupilId)) {
            if (p.status() != PlacementStatus.ACTIVE && p.status() != PlacementStatus.ENDED) {
                continue;
            }
            LocalDate to = p.endedOn() != null ? p.endedOn() : today;
            if (to.isBefore(p.startDate())) {
                continue;
            }
            PlacementAttendance a = records.forPlacement(user, p.id(), p.startDate(), to);
            AttendanceGrid.Grid g = grid.of(p, a.marks(), to);
            List<AttendanceGrid.WeekRow> shown = g.weeks().subList(0, Math.min(WEEKS_SHOWN, g.weeks().size()));
            grids.add(new PlacementGrid(p, a.summary(), shown, keyOf(shown, g.key()), shown.size(), g.weeks().size()));
        }
        return grids.isEmpty() ? Optional.empty()
                : Optional.of(new Part(10, "attendance/grid", "pupilSection", grids));
    }

    /** The key entries for the codes in the weeks shown. */
    private static List<AttendanceGrid.KeyEntry> keyOf(List<AttendanceGrid.WeekRow> weeks,
            List<AttendanceGrid.KeyEntry> key) {
        java.util.Set<String> used = new java.util.HashSet<>();
        weeks.forEach(w -> w.days().forEach(d -> {
            used.add(d.am());
            used.add(d.pm());
        }));
        return key.stream().filter(k -> used.contains(k.code())).toList();
    }
}
