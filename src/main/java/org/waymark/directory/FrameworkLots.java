package org.waymark.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.organisation.LocalAuthorityCreated;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.shared.ConflictException;
import org.waymark.shared.ForbiddenException;
import org.waymark.shared.NotFoundException;
import org.waymark.shared.Problems;

/** An LA's framework lots: seeded with Manchester's FPS lots 1–10 (domain.md), edited by the LA. */
@Service
public class FrameworkLots {

    /** Manchester's MIAPS FPS framework lots (seed 002), the default set. */
    public static final List<String[]> MANCHESTER = List.of(
            new String[] {"Full-time AP (registered independent schools)",
                    "Full-time alternative provision in registered independent schools."},
            new String[] {"Part-time: sports science, health and wellbeing",
                    "Part-time alternative provision in sports science, health and wellbeing."},
            new String[] {"Part-time: sports coaching / life skills",
                    "Part-time alternative provision in sports coaching and life skills."},
            new String[] {"Part-time: hair and beauty", "Part-time alternative provision in hair and beauty."},
            new String[] {"Part-time: construction", "Part-time alternative provision in construction."},
            new String[] {"Part-time: creative / media", "Part-time alternative provision in creative arts and media."},
            new String[] {"Complementary: animal care", "Complementary provision in animal care."},
            new String[] {"Complementary: innovation", "Complementary provision in innovation."},
            new String[] {"One-to-one tutoring", "One-to-one tutoring, in person or online."},
            new String[] {"Mentoring and coaching", "Mentoring and coaching."});

    private final JdbcClient db;

    FrameworkLots(JdbcClient db) {
        this.db = db;
    }

    @EventListener
    void seed(LocalAuthorityCreated event) {
        seedDefaults(event.localAuthorityId());
    }

    /** Adds the default lots an LA does not have yet (by number). */
    @Transactional
    public void seedDefaults(UUID localAuthorityId) {
        for (int i = 0; i < MANCHESTER.size(); i++) {
            int number = i + 1;
            boolean exists = db.sql("select count(*) from framework_lot where local_authority_id = ? and number = ?")
                    .params(localAuthorityId, number).query(Long.class).single() > 0;
            if (!exists) {
                db.sql("insert into framework_lot (id, local_authority_id, number, name, description) values (?, ?, ?, ?, ?)")
                        .params(UUID.randomUUID(), localAuthorityId, number, MANCHESTER.get(i)[0], MANCHESTER.get(i)[1])
                        .update();
            }
        }
    }

    public List<FrameworkLot> of(UUID localAuthorityId) {
        return db.sql("""
                select id, local_authority_id, number, name, description, version from framework_lot
                where local_authority_id = ? order by number""")
                .param(localAuthorityId).query(FrameworkLot.class).list();
    }

    public Optional<FrameworkLot> find(UUID localAuthorityId, int number) {
        return of(localAuthorityId).stream().filter(l -> l.number() == number).findFirst();
    }

    public FrameworkLot lot(SignedInUser user, UUID id) {
        return db.sql("""
                select id, local_authority_id, number, name, description, version from framework_lot
                where id = ? and local_authority_id = ?""")
                .params(id, user.localAuthorityId()).query(FrameworkLot.class).optional()
                .orElseThrow(() -> new NotFoundException("Lot"));
    }

    @Transactional
    public UUID add(SignedInUser user, String number, String name, String description) {
        requireAdmin(user);
        Problems p = new Problems();
        Integer n = parseNumber(number, p);
        if (n != null && find(user.localAuthorityId(), n).isPresent()) {
            p.add("number", "Lot " + n + " already exists");
        }
        checkName(name, description, p);
        p.throwIfAny();
        UUID id = UUID.randomUUID();
        db.sql("insert into framework_lot (id, local_authority_id, number, name, description) values (?, ?, ?, ?, ?)")
                .params(id, user.localAuthorityId(), n, name.trim(), blankToNull(description)).update();
        return id;
    }

    @Transactional
    public void change(SignedInUser user, UUID id, int version, String name, String description) {
        requireAdmin(user);
        lot(user, id);
        Problems p = new Problems();
        checkName(name, description, p);
        p.throwIfAny();
        int n = db.sql("""
                update framework_lot set name = ?, description = ?, version = version + 1
                where id = ? and local_authority_id = ? and version = ?""")
                .params(name.trim(), blankToNull(description), id, user.localAuthorityId(), version).update();
        if (n == 0) {
            throw ConflictException.staleEdit("The lot");
        }
    }

    private static Integer parseNumber(String number, Problems p) {
        try {
            int n = Integer.parseInt(number == null ? "" : number.trim());
            if (n < 1 || n > 99) {
                p.add("number", "Lot number must be between 1 and 99");
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            p.add("number", "Enter the lot number, like 11");
            return null;
        }
    }

    private static void checkName(String name, String description, Problems p) {
        if (name == null || name.isBlank()) {
            p.add("name", "Enter the lot's name");
        } else if (name.length() > 200) {
            p.add("name", "Name must be 200 characters or fewer");
        }
        if (description != null && description.length() > 1000) {
            p.add("description", "Description must be 1,000 characters or fewer");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static void requireAdmin(SignedInUser user) {
        if (!user.is(Role.LA_ADMIN, Role.LA_OFFICER)) {
            throw new ForbiddenException("Only the local authority's AP team edits the framework lots");
        }
    }
}
