package org.waymark.commissioning.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.waymark.audit.AuditTrail;
import org.waymark.commissioning.PlacementStatus;
import org.waymark.commissioning.PlacementSummary;
import org.waymark.commissioning.Placements;
import org.waymark.organisation.SignedInUser;
import org.waymark.shared.BadQueryException;
import org.waymark.shared.FieldProblem;
import org.waymark.shared.web.CsvDownload;

/** The placements list as CSV, with the list's filter; read and written a page at a time. */
@Controller
class PlacementExports {

    private final Placements placements;
    private final AuditTrail audit;

    PlacementExports(Placements placements, AuditTrail audit) {
        this.placements = placements;
        this.audit = audit;
    }

    @GetMapping("/placements.csv")
    void csv(SignedInUser user, @RequestParam(required = false) String status, HttpServletResponse response) {
        PlacementStatus st = null;
        if (status != null && !status.isBlank()) {
            st = Arrays.stream(PlacementStatus.values()).filter(s -> s.name().equals(status.strip())).findFirst()
                    .orElseThrow(() -> new BadQueryException(List.of(new FieldProblem("status",
                            "Status must be one of " + Arrays.toString(PlacementStatus.values())))));
        }
        placements.count(user, null, null, st); // 403 for a role that sees no placements, before the file starts
        try (CsvDownload csv = CsvDownload.start(response, "placements.csv", "placement_id", "pupil", "home_school",
                "provider", "commissioner", "status", "tier", "route", "start_date", "planned_end_date", "ended_on")) {
            int size = Placements.BATCH;
            for (int page = 0; ; page++) {
                List<PlacementSummary> batch = placements.list(user, null, null, st, page, size);
                for (PlacementSummary p : batch) {
                    csv.row(p.id().toString(), p.pupilName(), p.homeSchoolName(), p.providerName(),
                            p.commissioner().name(), p.status().label(), p.tier(), p.route().label(), p.startDate(),
                            p.plannedEndDate(), p.endedOn());
                }
                audit.recordAll(user, AuditTrail.Action.EXPORTED, "PLACEMENT", batch.stream()
                        .map(p -> new AuditTrail.Subject(p.id(), p.pupilId(), p.localAuthorityId())).toList(),
                        "placements CSV");
                if (batch.size() < size) {
                    break;
                }
            }
        }
    }
}
