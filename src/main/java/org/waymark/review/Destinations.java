package org.waymark.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.audit.AuditTrail;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.shared.ConflictException;
import org.waymark.shared.ForbiddenException;
import org.waymark.shared.NotFoundException;
import org.waymark.shared.Problems;
import org.waymark.shared.RecordsChanged;

/**
 * Destination checks on Year 11 leavers, 3, 12 and 24 months after leaving: the LA's due list and what each check
 * found. Kept by the LA (its admins and AP officers); only its own children's checks.
 */
@Service
public class Destinations {

    /** What a check can find. */
    public static final Map<String, String> DESTINATIONS = destinations();

    private static Map<String, String> destinations() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("SIXTH_FORM_OR_COLLEGE", "In education (school sixth form or college)");
        m.put("APPRENTICESHIP", "Apprenticeship");
        m.put("TRAINING", "Training (traineeship or supported internship)");
        m.put("EMPLOYMENT", "Employment with training");
        m.put("EMPLOYMENT_WITHOUT_TRAINING", "Employment without training");
        m.put("NEET", "Not in education, employment or training");
        m.put("MOVED_AWAY", "Moved away");
        m.put("NOT_KNOWN", "Could not be contacted (not known)");
        return Collections.unmodifiableMap(m);
    }

    private final JdbcClient db;
    private final Clock clock;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    Destinations(JdbcClient db, Clock clock, AuditTrail audit, ApplicationEventPublisher events) {
        this.db = db;
        this.clock = clock;
        this.audit = audit;
        this.events = events;
    }

    private static final String COLUMNS = """
            id, placement_id, pupil_id, months_after, due_on, checked_on, destination, notes, version""";

    record Row(UUID id, UUID placementId, UUID pupilId, int monthsAfter, LocalDate dueOn, LocalDate checkedOn,
            String destination, String notes, int version) {
        DestinationCheck check() {
            return new DestinationCheck(id, placementId, pupilId, monthsAfter, dueOn, checkedOn, destination,
                    destination == null ? null : DESTINATIONS.getOrDefault(destination, destination), notes, version);
        }
    }

    static List<DestinationCheck> checksOf(JdbcClient db, UUID placementId) {
        return db.sql("select " + COLUMNS + " from destination_check where placement_id = ? order by months_after")
                .param(placementId).query(Row.class).list().stream().map(Row::check).toList();
    }

    private static void requireLa(SignedInUser user) {
        if (!user.is(Role.LA_ADMIN, Role.LA_OFFICER)) {
            throw new ForbiddenException("Destination checks are kept by the local authority's AP team");
        }
    }

    /**
     * The LA's destination checks: with {@code dueOnly}, those not done whose due date has come (today
     * included), earliest first; otherwise every check.
     */
    public List<DestinationCheck> list(SignedInUser user, boolean dueOnly) {
        requireLa(user);
        String where = dueOnly ? " and checked_on is null and due_on <= ?" : "";
        var spec = db.sql("select " + COLUMNS + " from destination_check where local_authority_id = ?" + where
                + " order by checked_on nulls first, due_on, months_after").param(user.localAuthorityId());
        if (dueOnly) {
            spec = spec.param(LocalDate.now(clock));
        }
        return spec.query(Row.class).list().stream().map(Row::check).toList();
    }

    /** Checks not done whose due date has come, for the home page. */
    public long countDue(SignedInUser user) {
        if (!user.is(Role.LA_ADMIN, Role.LA_OFFICER)) {
            return 0;
        }
        return db.sql("select count(*) from destination_check where local_authority_id = ? and checked_on is null "
                + "and due_on <= ?").params(user.localAuthorityId(), LocalDate.now(clock)).query(Long.class).single();
    }

    public DestinationCheck check(SignedInUser user, UUID id) {
        requireLa(user);
        DestinationCheck c = db.sql("select " + COLUMNS + " from destination_check where id = ? "
                + "and local_authority_id = ?").params(id, user.localAuthorityId()).query(Row.class).optional()
                .map(Row::check).orElseThrow(() -> new NotFoundException("Destination check"));
        audit.record(user, AuditTrail.Action.VIEWED, "DESTINATION_CHECK", id, c.pupilId(), user.localAuthorityId(),
                "destination check");
        return c;
    }

    /** Records what a check found. A check cannot be recorded before it falls due less a month, nor in the future. */
    @Transactional
    public DestinationCheck record(SignedInUser user, UUID id, int version, LocalDate checkedOn, String destination,
            String notes, Problems earlier) {
        DestinationCheck c = check(user, id);
        Problems p = earlier;
        LocalDate today = LocalDate.now(clock);
        if (checkedOn == null && !p.has("checkedOn")) {
            p.add("checkedOn", "Enter the date of the check");
        } else if (checkedOn != null && checkedOn.isAfter(today)) {
            p.add("checkedOn", "The date of the check must be today or in the past");
        } else if (checkedOn != null && checkedOn.isBefore(c.dueOn().minusMonths(1))) {
            p.add("checkedOn", "The " + c.monthsAfter() + "-month check cannot be done before "
                    + c.dueOn().minusMonths(1) + " (it is due on " + c.dueOn() + ")");
        }
        if (destination == null || !DESTINATIONS.containsKey(destination)) {
            p.add("destination", "Choose what the check found");
        }
        if (notes != null && notes.length() > 2000) {
            p.add("notes", "Notes must be 2000 characters or fewer");
        }
        p.throwIfAny();
        int changed = db.sql("""
                update destination_check set checked_on = ?, destination = ?, notes = ?, recorded_by = ?,
                    version = version + 1 where id = ? and version = ?""")
                .params(checkedOn, destination, Reviews.blank(notes), user.id(), id, version).update();
        if (changed == 0) {
            throw ConflictException.staleEdit("This destination check");
        }
        audit.record(user, AuditTrail.Action.CHANGED, "DESTINATION_CHECK", id, c.pupilId(), user.localAuthorityId(),
                "destination check recorded");
        events.publishEvent(new RecordsChanged(user.localAuthorityId()));
        return check(user, id);
    }
}
