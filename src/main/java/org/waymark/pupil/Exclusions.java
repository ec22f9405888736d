package org.waymark.pupil;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.audit.AuditTrail;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.shared.ForbiddenException;
import org.waymark.shared.Problems;
import org.waymark.shared.Timestamps;

/**
 * Permanent exclusions and suspensions on the child's record. The school records them for pupils on its roll;
 * the LA's officers read them. Other roles do not see them (a provider or partner learns of them through the
 * support plan, where the school chooses to say).
 */
@Service
public class Exclusions {

    /** A suspension is at most 45 school days in an academic year (dfe-reference §4.3): 90 sessions. */
    public static final int MAX_SESSIONS_A_YEAR = 90;
    public static final int MAX_REASONS = 3;

    /** What a school enters. {@code reasons} are DfE codes. */
    public record Input(String kind, LocalDate startDate, Integer sessions, List<String> reasons, String note) {
    }

    private record Row(UUID id, UUID pupilId, UUID localAuthorityId, UUID schoolId, String kind, LocalDate startDate,
            Integer sessions, String reasons, String note, int version) {
        Exclusion exclusion() {
            List<ExclusionReason> list = Arrays.stream(reasons.split(",")).filter(s -> !s.isBlank())
                    .map(s -> ExclusionReason.parse(s).orElseThrow()).toList();
            return new Exclusion(id, pupilId, localAuthorityId, schoolId, ExclusionKind.valueOf(kind), startDate,
                    sessions, list, note, version);
        }
    }

    private static final String COLUMNS = "id, pupil_id, local_authority_id, school_id, kind, start_date, sessions, "
            + "reasons, note, version";

    private final JdbcClient db;
    private final Pupils pupils;
    private final AuditTrail audit;
    private final Clock clock;

    Exclusions(JdbcClient db, Pupils pupils, AuditTrail audit, Clock clock) {
        this.db = db;
        this.pupils = pupils;
        this.audit = audit;
        this.clock = clock;
    }

    public static boolean mayRead(SignedInUser user) {
        return user.isLaWide() || user.role() == Role.SCHOOL_COMMISSIONER;
    }

    public static boolean mayRecord(SignedInUser user) {
        return user.role() == Role.SCHOOL_COMMISSIONER;
    }

    /** The pupil's exclusions and suspensions, latest first (the view is audited). */
    public List<Exclusion> forPupil(SignedInUser user, UUID pupilId) {
        if (!mayRead(user)) {
            throw new ForbiddenException("Exclusions are seen by the pupil's school and the local authority");
        }
        Pupil pupil = pupils.read(user, pupilId);
        List<Exclusion> list = db.sql("select " + COLUMNS + " from exclusion where pupil_id = ? "
                + "order by start_date desc, recorded_at desc").param(pupilId).query(Row.class).list().stream()
                .map(Row::exclusion).toList();
        audit.record(user, AuditTrail.Action.VIEWED, "EXCLUSION", pupilId, pupilId, pupil.localAuthorityId(),
                "exclusions and suspensions");
        return list;
    }

    @Transactional
    public Exclusion record(SignedInUser user, UUID pupilId, Input input) {
        if (!mayRecord(user)) {
            throw new ForbiddenException("Exclusions and suspensions are recorded by the pupil's school");
        }
        Pupil pupil = pupils.read(user, pupilId);
        Problems p = new Problems();
        Optional<ExclusionKind> kind = ExclusionKind.parse(input.kind());
        if (kind.isEmpty()) {
            p.add("kind", "Choose whether this is a permanent exclusion or a suspension");
        }
        LocalDate today = LocalDate.now(clock);
        if (input.startDate() == null) {
            p.add("startDate", "Enter the date the exclusion or suspension started");
        } else if (input.startDate().isAfter(today)) {
            p.add("startDate", "The date must be today or in the past: record a suspension once it has been given");
        } else if (input.startDate().isBefore(pupil.dateOfBirth().plusYears(4))) {
            p.add("startDate", "The date must be after the pupil started school");
        }
        if (kind.isPresent()) {
            checkSessions(p, kind.get(), pupilId, input);
        }
        List<ExclusionReason> reasons = reasons(p, input.reasons());
        if (input.note() != null && input.note().length() > 2000) {
            p.add("note", "The note must be 2000 characters or fewer");
        }
        p.throwIfAny();
        UUID id = UUID.randomUUID();
        String note = input.note() == null || input.note().isBlank() ? null : input.note().trim();
        Integer sessions = kind.get() == ExclusionKind.SUSPENSION ? input.sessions() : null;
        db.sql("""
                insert into exclusion (id, pupil_id, local_authority_id, school_id, kind, start_date, sessions, reasons,
                    note, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, pupilId, pupil.localAuthorityId(), user.organisationId(), kind.get().name(),
                        input.startDate(), sessions, String.join(",", reasons.stream().map(Enum::name).toList()), note,
                        user.id(), Timestamps.now(clock))
                .update();
        audit.record(user, AuditTrail.Action.CREATED, "EXCLUSION", id, pupilId, pupil.localAuthorityId(),
                kind.get() == ExclusionKind.PERMANENT ? "permanent exclusion recorded" : "suspension recorded");
        return new Exclusion(id, pupilId, pupil.localAuthorityId(), user.organisationId(), kind.get(),
                input.startDate(), sessions, reasons, note, 0);
    }

    private void checkSessions(Problems p, ExclusionKind kind, UUID pupilId, Input input) {
        Integer sessions = input.sessions();
        if (kind == ExclusionKind.PERMANENT) {
            if (sessions != null) {
                p.add("sessions", "Leave the number of sessions blank for a permanent exclusion");
            }
            return;
        }
        if (sessions == null) {
            p.add("sessions", "Enter the number of sessions of the suspension (one school day is 2 sessions)");
        } else if (sessions < 1 || sessions > MAX_SESSIONS_A_YEAR) {
            p.add("sessions", "A suspension is from 1 to " + MAX_SESSIONS_A_YEAR
                    + " sessions (45 school days, the most in an academic year)");
        } else if (input.startDate() != null) {
            int year = YearGroup.academicYearOf(input.startDate());
            int already = db.sql("select coalesce(sum(sessions), 0) from exclusion where pupil_id = ? "
                    + "and kind = 'SUSPENSION' and start_date between ? and ?")
                    .params(pupilId, LocalDate.of(year, 9, 1), LocalDate.of(year + 1, 8, 31))
                    .query(Integer.class).single();
            if (already + sessions > MAX_SESSIONS_A_YEAR) {
                p.add("sessions", "This pupil already has " + already + " sessions of suspension in " + year + "/"
                        + String.valueOf(year + 1).substring(2) + "; suspensions cannot total more than "
                        + MAX_SESSIONS_A_YEAR + " sessions (45 school days) in an academic year");
            }
        }
    }

    private static List<ExclusionReason> reasons(Problems p, List<String> codes) {
        Set<ExclusionReason> found = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            if (code == null || code.isBlank()) {
                continue;
            }
            ExclusionReason.parse(code).ifPresentOrElse(found::add, () -> unknown.add(code.trim()));
        }
        if (!unknown.isEmpty()) {
            p.add("reasons", "Unknown reason code " + String.join(", ", unknown)
                    + ": use the DfE codes, for example PD (persistent or general disruptive behaviour)");
        } else if (found.isEmpty()) {
            p.add("reasons", "Choose at least one reason");
        } else if (found.size() > MAX_REASONS) {
            p.add("reasons", "Choose up to " + MAX_REASONS + " reasons");
        }
        return List.copyOf(found);
    }

    /** Unscoped, for the LA's oversight figures: the LA's exclusions dated from {@code from} to {@code to}. */
    public List<Exclusion> inLocalAuthority(UUID localAuthorityId, LocalDate from, LocalDate to) {
        return db.sql("select " + COLUMNS + " from exclusion where local_authority_id = ? and start_date between ? "
                + "and ? order by start_date").params(localAuthorityId, from, to).query(Row.class).list().stream()
                .map(Row::exclusion).toList();
    }
}
