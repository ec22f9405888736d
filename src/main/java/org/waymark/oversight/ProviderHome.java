package org.waymark.oversight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.waymark.attendance.AttendanceRegisters;
import org.waymark.attendance.RegisterProgress;
import org.waymark.commissioning.PlacementStatus;
import org.waymark.commissioning.PlacementSummary;
import org.waymark.commissioning.Placements;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.quality.QaVisits;
import org.waymark.quality.VisitStatus;
import org.waymark.shared.ForbiddenException;

/**
 * A provider's home page: today's registers (taken or still to take), the pupils placed with it, the placements
 * proposed to it, and its QA actions (open action-plan items and the next visit). Scoped to the provider the
 * signed-in member of staff belongs to.
 */
@Service
public class ProviderHome {

    public static final int LISTED = 200;

    /** An open item of a QA action plan, with the visit it came from. */
    public record OpenAction(QaVisits.ActionItem item, QaVisits.QaVisit visit, boolean overdue) {
    }

    public record View(LocalDate today, List<RegisterProgress> registers, long placedNow, long proposed,
            List<PlacementSummary> placements, List<OpenAction> actions, Optional<QaVisits.QaVisit> nextVisit) {
    }

    private final Placements placements;
    private final AttendanceRegisters registers;
    private final QaVisits visits;

    ProviderHome(Placements placements, AttendanceRegisters registers, QaVisits visits) {
        this.placements = placements;
        this.registers = registers;
        this.visits = visits;
    }

    public View of(SignedInUser user) {
        if (!user.is(Role.PROVIDER_STAFF)) {
            throw new ForbiddenException("This page is a provider's home page");
        }
        LocalDate today = registers.today();
        List<RegisterProgress> progress = registers.progress(user, user.organisationId(), today);
        List<PlacementSummary> active = placements.list(user, null, null, PlacementStatus.ACTIVE, 0, LISTED).stream()
                .sorted(Comparator.comparing(PlacementSummary::pupilName)).toList();
        long placedNow = placements.count(user, null, null, PlacementStatus.ACTIVE);
        long proposed = placements.count(user, null, null, PlacementStatus.PROPOSED);
        List<QaVisits.QaVisit> all = visits.visitsOfProvider(user, user.organisationId());
        List<OpenAction> actions = new ArrayList<>();
        for (QaVisits.QaVisit v : all) {
            if (v.status() == VisitStatus.RECORDED || v.status() == VisitStatus.SIGNED_OFF) {
                for (QaVisits.ActionItem item : visits.actionItems(user, v.id())) {
                    if (!item.done()) {
                        actions.add(new OpenAction(item, v, item.dueOn() != null && item.dueOn().isBefore(today)));
                    }
                }
            }
        }
        actions.sort(Comparator.comparing((OpenAction a) -> a.item().dueOn(),
                Comparator.nullsLast(Comparator.naturalOrder())));
        Optional<QaVisits.QaVisit> next = all.stream()
                .filter(v -> v.status() == VisitStatus.PLANNED && v.plannedOn() != null
                        && !v.plannedOn().isBefore(today))
                .min(Comparator.comparing(QaVisits.QaVisit::plannedOn));
        return new View(today, progress, placedNow, proposed, active, actions, next);
    }
}
