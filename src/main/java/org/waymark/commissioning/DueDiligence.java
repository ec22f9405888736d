package org.waymark.commissioning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.audit.AuditTrail;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.shared.ConflictException;
import org.waymark.shared.ForbiddenException;
import org.waymark.shared.Problems;

/** The commissioner's due diligence checklist for a placement (each check with date, evidence and who). */
@Service
public class DueDiligence {

    private final JdbcClient db;
    private final Clock clock;
    private final Placements placements;
    private final AuditTrail audit;

    DueDiligence(JdbcClient db, Clock clock, Placements placements, AuditTrail audit) {
        this.db = db;
        this.clock = clock;
        this.placements = placements;
        this.audit = audit;
    }

    /** Every check in order, done or not. */
    public List<DueDiligenceItem> items(SignedInUser user, UUID placementId) {
        placements.read(user, placementId);
        if (user.role() == Role.PROVIDER_STAFF) {
            throw new ForbiddenException("Due diligence is the commissioner's record");
        }
        return load(placementId);
    }

    List<DueDiligenceItem> load(UUID placementId) {
        Map<DueDiligenceCheck, DueDiligenceItem> done = new EnumMap<>(DueDiligenceCheck.class);
        db.sql("select check_code, completed_on, evidence, completed_by from due_diligence_item where placement_id = ?")
                .param(placementId)
                .query((rs, i) -> {
                    DueDiligenceCheck c = Placements.enumOf(DueDiligenceCheck.class, rs.getString(1));
                    if (c != null) {
                        done.put(c, new DueDiligenceItem(c, rs.getObject(2, LocalDate.class), rs.getString(3),
                                rs.getString(4)));
                    }
                    return c;
                }).list();
        List<DueDiligenceItem> all = new ArrayList<>();
        for (DueDiligenceCheck c : DueDiligenceCheck.values()) {
            all.add(done.getOrDefault(c, new DueDiligenceItem(c, null, null, null)));
        }
        return all;
    }

    /** An item as typed: {@code check} is the check's code. */
    public record ItemInput(String check, LocalDate completedOn, String evidence, String completedBy) {
    }

    /**
     * Saves the checklist. Marking it {@code complete} needs every check done (date and evidence); items not sent
     * keep what they had.
     */
    @Transactional
    public List<DueDiligenceItem> save(SignedInUser user, UUID placementId, List<ItemInput> items, boolean complete) {
        PlacementSummary s = placements.requireCommissioner(user, placementId);
        if (s.status() != PlacementStatus.DRAFT && s.status() != PlacementStatus.PROPOSED) {
            throw new ConflictException("Due diligence is recorded before the placement starts",
                    List.of("The placement is " + s.status().label().toLowerCase(java.util.Locale.ROOT)));
        }
        Problems p = new Problems();
        LocalDate today = LocalDate.now(clock);
        Map<DueDiligenceCheck, ItemInput> byCheck = new EnumMap<>(DueDiligenceCheck.class);
        for (int i = 0; i < items.size(); i++) {
            ItemInput in = items.get(i);
            DueDiligenceCheck c = in == null ? null : Placements.enumOf(DueDiligenceCheck.class, in.check());
            String f = "items[" + i + "]";
            if (c == null) {
                p.add(f + ".check", "Not a due diligence check");
                continue;
            }
            if (in.completedOn() != null && in.completedOn().isAfter(today)) {
                p.add(f + ".completedOn", "The date must be today or in the past");
            }
            if (in.evidence() != null && in.evidence().length() > 2000) {
                p.add(f + ".evidence", "Evidence must be 2000 characters or fewer");
            }
            if (in.completedBy() != null && in.completedBy().length() > 200) {
                p.add(f + ".completedBy", "Must be 200 characters or fewer");
            }
            if (in.completedOn() != null && blank(in.evidence()) == null) {
                p.add(f + ".evidence", "Say what evidence was seen for: " + c.label());
            }
            byCheck.put(c, in);
        }
        p.throwIfAny();
        for (ItemInput in : byCheck.values()) {
            DueDiligenceCheck c = DueDiligenceCheck.valueOf(in.check().trim());
            db.sql("delete from due_diligence_item where placement_id = ? and check_code = ?").params(placementId, c.name())
                    .update();
            if (in.completedOn() != null || blank(in.evidence()) != null) {
                db.sql("insert into due_diligence_item (placement_id, check_code, completed_on, evidence, completed_by) "
                        + "values (?, ?, ?, ?, ?)").params(placementId, c.name(), in.completedOn(), blank(in.evidence()),
                                blank(in.completedBy())).update();
            }
        }
        List<DueDiligenceItem> now = load(placementId);
        if (complete) {
            List<String> missing = now.stream().filter(i -> !i.done()).map(i -> i.check().label()).toList();
            if (!missing.isEmpty()) {
                Problems m = new Problems();
                for (DueDiligenceItem i : now) {
                    if (!i.done()) {
                        m.add("items[" + i.check().ordinal() + "].completedOn", "Record the date and evidence for: "
                                + i.check().label());
                    }
                }
                m.throwIfAny();
            }
        }
        db.sql("update placement set due_diligence_complete = ?, version = version + 1 where id = ?")
                .params(complete, placementId).update();
        if (complete && !s.dueDiligenceComplete()) {
            placements.history(placementId, user, s.status(), "Due diligence completed");
        }
        audit.record(user, AuditTrail.Action.CHANGED, "DUE_DILIGENCE", placementId, s.pupilId(), s.localAuthorityId(),
                complete ? "due diligence completed" : "due diligence saved");
        return now;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
