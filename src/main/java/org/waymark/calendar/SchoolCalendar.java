package org.waymark.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.waymark.organisation.LocalAuthorityCreated;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.shared.ConflictException;
import org.waymark.shared.ForbiddenException;
import org.waymark.shared.NotFoundException;
import org.waymark.shared.Problems;

/**
 * The academic calendar of each LA: seeded with a typical English year for the current and next two
 * academic years when the LA is created, then edited by its LA admin.
 */
@Service
public class SchoolCalendar {

    public record AcademicYear(UUID id, String label, LocalDate startDate, LocalDate endDate) {
    }

    private final JdbcClient db;
    private final Clock clock;

    SchoolCalendar(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void onLocalAuthorityCreated(LocalAuthorityCreated event) {
        int current = EnglishCalendarTemplate.academicYearOf(LocalDate.now(clock));
        for (int year = current; year <= current + 2; year++) {
            seed(event.localAuthorityId(), year);
        }
    }

    /** Adds the template year unless the LA already has it. */
    @Transactional
    public void seed(UUID localAuthorityId, int year) {
        var plan = EnglishCalendarTemplate.plan(year);
        boolean exists = db.sql("select count(*) from academic_year where local_authority_id = ? and label = ?")
                .params(localAuthorityId, plan.label()).query(Long.class).single() > 0;
        if (exists) {
            return;
        }
        UUID yearId = UUID.randomUUID();
        db.sql("insert into academic_year (id, local_authority_id, label, start_date, end_date) values (?, ?, ?, ?, ?)")
                .params(yearId, localAuthorityId, plan.label(), plan.start(), plan.end()).update();
        for (var t : plan.terms()) {
            db.sql("insert into term (id, academic_year_id, number, name, start_date, end_date) values (?, ?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID(), yearId, t.number(), t.name(), t.start(), t.end()).update();
        }
        for (var c : plan.closures()) {
            db.sql("insert into closure_day (id, local_authority_id, closed_on, reason) values (?, ?, ?, ?) on conflict do nothing")
                    .params(UUID.randomUUID(), localAuthorityId, c.day(), c.reason()).update();
        }
    }

    /** The LA's whole calendar, to answer school-day and term questions in memory. */
    public LaCalendar forLocalAuthority(UUID localAuthorityId) {
        List<Term> terms = db.sql("""
                select t.id, y.label as academic_year, t.number, t.name, t.start_date, t.end_date, t.version
                from term t join academic_year y on y.id = t.academic_year_id
                where y.local_authority_id = ? order by t.start_date""")
                .param(localAuthorityId).query(Term.class).list();
        List<LocalDate> closures = db.sql("select closed_on from closure_day where local_authority_id = ?")
                .param(localAuthorityId).query(LocalDate.class).list();
        return new LaCalendar(terms, new HashSet<>(closures));
    }

    public boolean isSchoolDay(UUID localAuthorityId, LocalDate date) {
        return forLocalAuthority(localAuthorityId).isSchoolDay(date);
    }

    public Optional<Term> termOf(UUID localAuthorityId, LocalDate date) {
        return forLocalAuthority(localAuthorityId).termOf(date);
    }

    public int termsSpanned(UUID localAuthorityId, LocalDate from, LocalDate to) {
        return forLocalAuthority(localAuthorityId).termsSpanned(from, to);
    }

    public List<AcademicYear> years(UUID localAuthorityId) {
        return db.sql("select id, label, start_date, end_date from academic_year where local_authority_id = ? "
                + "order by start_date").param(localAuthorityId).query(AcademicYear.class).list();
    }

    public List<ClosureDay> closures(UUID localAuthorityId, LocalDate from, LocalDate to) {
        return db.sql("select id, closed_on, reason from closure_day where local_authority_id = ? and closed_on between ? and ? "
                + "order by closed_on").params(localAuthorityId, from, to).query(ClosureDay.class).list();
    }

    // ---- editing (LA admin) ----------------------------------------------------------------

    @Transactional
    public void changeTerm(SignedInUser admin, UUID termId, int version, LocalDate start, LocalDate end) {
        requireAdmin(admin);
        Term term = term(admin, termId);
        AcademicYear year = years(admin.localAuthorityId()).stream().filter(y -> y.label().equals(term.academicYear()))
                .findFirst().orElseThrow(() -> new NotFoundException("Term"));
        Problems p = new Problems();
        if (start == null) {
            p.add("start-day", "Enter the first day of term");
        }
        if (end == null) {
            p.add("end-day", "Enter the last day of term");
        }
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                p.add("end-day", "The last day of term must be on or after the first day");
            }
            if (start.isBefore(year.startDate()) || end.isAfter(year.endDate())) {
                p.add("start-day", "Term dates must fall within the academic year " + year.label() + " ("
                        + year.startDate() + " to " + year.endDate() + ")");
            }
            for (Term other : forLocalAuthority(admin.localAuthorityId()).terms()) {
                if (!other.id().equals(termId) && other.overlaps(start, end)) {
                    p.add("start-day", "These dates overlap the " + other.name() + " term " + other.academicYear());
                    break;
                }
            }
        }
        p.throwIfAny();
        int changed = db.sql("update term set start_date = ?, end_date = ?, version = version + 1 where id = ? and version = ?")
                .params(start, end, termId, version).update();
        if (changed == 0) {
            throw ConflictException.staleEdit("This term");
        }
    }

    public Term term(SignedInUser user, UUID termId) {
        return db.sql("""
                select t.id, y.label as academic_year, t.number, t.name, t.start_date, t.end_date, t.version
                from term t join academic_year y on y.id = t.academic_year_id
                where t.id = ? and y.local_authority_id = ?""")
                .params(termId, user.localAuthorityId()).query(Term.class).optional()
                .orElseThrow(() -> new NotFoundException("Term"));
    }

    @Transactional
    public void addClosure(SignedInUser admin, LocalDate day, String reason) {
        addClosure(admin, day, reason, new Problems());
    }

    /** Adds a closure day; {@code p} may already hold problems found while reading the form. */
    @Transactional
    public void addClosure(SignedInUser admin, LocalDate day, String reason, Problems p) {
        requireAdmin(admin);
        if (day == null) {
            if (!p.has("day-day")) {
                p.add("day-day", "Enter the date of the closure day");
            }
        } else if (db.sql("select count(*) from closure_day where local_authority_id = ? and closed_on = ?")
                .params(admin.localAuthorityId(), day).query(Long.class).single() > 0) {
            p.add("day-day", "That day is already a closure day");
        }
        if (reason == null || reason.isBlank()) {
            p.add("reason", "Enter why schools are closed, like 'Training day'");
        } else if (reason.length() > 100) {
            p.add("reason", "Reason must be 100 characters or fewer");
        }
        p.throwIfAny();
        db.sql("insert into closure_day (id, local_authority_id, closed_on, reason) values (?, ?, ?, ?)")
                .params(UUID.randomUUID(), admin.localAuthorityId(), day, reason.trim()).update();
    }

    @Transactional
    public void removeClosure(SignedInUser admin, UUID closureId) {
        requireAdmin(admin);
        int removed = db.sql("delete from closure_day where id = ? and local_authority_id = ?")
                .params(closureId, admin.localAuthorityId()).update();
        if (removed == 0) {
            throw new NotFoundException("Closure day");
        }
    }

    private static void requireAdmin(SignedInUser user) {
        if (user.role() != Role.LA_ADMIN) {
            throw new ForbiddenException("Only an LA admin can change the calendar");
        }
    }
}
