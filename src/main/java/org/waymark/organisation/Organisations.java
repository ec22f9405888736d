package org.waymark.organisation;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.shared.NotFoundException;
import org.waymark.shared.Problems;
import org.waymark.shared.Timestamps;

/**
 * Local authorities, schools, providers (as organisations) and families. Reads are scoped: a caller
 * sees organisations of its own LA (LA roles), or its own organisation.
 */
@Service
public class Organisations {

    public static final BigDecimal DEFAULT_WEEKLY_HOURS = new BigDecimal("32.5");
    public static final List<String> PHASES = List.of("PRIMARY", "SECONDARY", "ALL_THROUGH", "SPECIAL",
            "MIDDLE_DEEMED_PRIMARY", "MIDDLE_DEEMED_SECONDARY", "NURSERY", "SIXTEEN_PLUS", "NOT_APPLICABLE");

    private final JdbcClient db;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Organisations(JdbcClient db, Clock clock, ApplicationEventPublisher events) {
        this.db = db;
        this.clock = clock;
        this.events = events;
    }

    // ---- local authorities ----------------------------------------------------------------

    @Transactional
    public LocalAuthority createLocalAuthority(String code, String name) {
        Problems p = new Problems();
        if (code == null || !code.matches("\\d{3}")) {
            p.add("code", "Enter the local authority's 3-digit DfE code, like 352");
        } else if (findLocalAuthorityByCode(code).isPresent()) {
            p.add("code", "A local authority with code " + code + " already exists");
        }
        if (name == null || name.isBlank()) {
            p.add("name", "Enter the local authority's name");
        } else if (name.length() > 200) {
            p.add("name", "Name must be 200 characters or fewer");
        }
        p.throwIfAny();
        UUID id = UUID.randomUUID();
        db.sql("insert into local_authority (id, code, name, created_at) values (?, ?, ?, ?)")
                .params(id, code, name.trim(), now()).update();
        events.publishEvent(new LocalAuthorityCreated(id));
        return new LocalAuthority(id, code, name.trim());
    }

    public Optional<LocalAuthority> findLocalAuthorityByCode(String code) {
        return db.sql("select id, code, name from local_authority where code = ?").param(code)
                .query(LocalAuthority.class).optional();
    }

    public Optional<LocalAuthority> findLocalAuthority(UUID id) {
        return db.sql("select id, code, name from local_authority where id = ?").param(id)
                .query(LocalAuthority.class).optional();
    }

    /** The LAs a caller may see: LA users their own, everyone else the LAs they work with. */
    public List<LocalAuthority> localAuthoritiesFor(SignedInUser user) {
        return db.sql("select id, code, name from local_authority where id = ? order by name")
                .param(user.localAuthorityId()).query(LocalAuthority.class).list();
    }

    public List<UUID> allLocalAuthorityIds() {
        return db.sql("select id from local_authority").query(UUID.class).list();
    }

    // ---- schools ---------------------------------------------------------------------------

    @Transactional
    public School createSchool(String urn, String name, UUID localAuthorityId, String phase,
            BigDecimal normalWeeklyHours, Integer numberOnRoll) {
        BigDecimal hours = normalWeeklyHours == null ? DEFAULT_WEEKLY_HOURS : normalWeeklyHours;
        Problems p = new Problems();
        if (urn == null || !urn.matches("\\d{6,7}")) {
            p.add("urn", "Enter the school's URN, 6 or 7 digits");
        } else if (db.sql("select count(*) from school where urn = ?").param(urn).query(Long.class).single() > 0) {
            p.add("urn", "A school with URN " + urn + " already exists");
        }
        if (name == null || name.isBlank()) {
            p.add("name", "Enter the school's name");
        } else if (name.length() > 200) {
            p.add("name", "Name must be 200 characters or fewer");
        }
        if (localAuthorityId == null || findLocalAuthority(localAuthorityId).isEmpty()) {
            p.add("localAuthorityId", "Choose the school's local authority");
        }
        if (phase == null || !PHASES.contains(phase)) {
            p.add("phase", "Choose the school's phase");
        }
        if (hours.compareTo(BigDecimal.TEN) < 0 || hours.compareTo(new BigDecimal("40")) > 0) {
            p.add("normalWeeklyHours", "Normal weekly hours must be between 10 and 40");
        }
        if (numberOnRoll != null && (numberOnRoll < 0 || numberOnRoll > 10000)) {
            p.add("numberOnRoll", "Number on roll must be between 0 and 10,000");
        }
        p.throwIfAny();
        UUID id = UUID.randomUUID();
        db.sql("""
                insert into school (id, urn, name, local_authority_id, phase, normal_weekly_hours, number_on_roll,
                                    created_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, urn, name.trim(), localAuthorityId, phase, hours, numberOnRoll, now()).update();
        return new School(id, urn, name.trim(), localAuthorityId, phase, hours, numberOnRoll, 0);
    }

    /**
     * Brings a school's register facts (name, phase, number on roll) up to date from an official register such as
     * GIAS; answers whether anything changed, so re-importing the same file changes nothing.
     */
    @Transactional
    public boolean updateSchoolFromRegister(UUID id, String name, String phase, Integer numberOnRoll) {
        School s = findSchool(id).orElseThrow(() -> new NotFoundException("School"));
        String newName = name == null || name.isBlank() ? s.name() : name.trim();
        String newPhase = phase == null || !PHASES.contains(phase) ? s.phase() : phase;
        Integer newRoll = numberOnRoll == null ? s.numberOnRoll() : numberOnRoll;
        if (newName.equals(s.name()) && newPhase.equals(s.phase()) && java.util.Objects.equals(newRoll, s.numberOnRoll())) {
            return false;
        }
        db.sql("update school set name = ?, phase = ?, number_on_roll = ?, version = version + 1 where id = ?")
                .params(newName, newPhase, newRoll, id).update();
        return true;
    }

    private static final String SCHOOL_COLUMNS =
            "id, urn, name, local_authority_id, phase, normal_weekly_hours, number_on_roll, version";

    /** A school the caller may see, or 404. */
    public School school(SignedInUser user, UUID id) {
        return findSchool(id).filter(s -> canSee(user, s)).orElseThrow(() -> new NotFoundException("School"));
    }

    public Optional<School> findSchool(UUID id) {
        return db.sql("select " + SCHOOL_COLUMNS + " from school where id = ?").param(id).query(School.class)
                .optional();
    }

    public Optional<School> findSchoolByUrn(String urn) {
        return db.sql("select " + SCHOOL_COLUMNS + " from school where urn = ?").param(urn).query(School.class)
                .optional();
    }

    private static boolean canSee(SignedInUser user, School s) {
        return switch (user.organisationType()) {
            case LOCAL_AUTHORITY -> s.localAuthorityId().equals(user.localAuthorityId());
            case SCHOOL -> s.id().equals(user.organisationId());
            default -> false;
        };
    }

    public List<School> schoolsFor(SignedInUser user, int page, int size) {
        return db.sql("select " + SCHOOL_COLUMNS + " from school where " + schoolScope(user)
                        + " order by name, id limit ? offset ?")
                .param(scopeParam(user)).param(size).param((long) page * size).query(School.class).list();
    }

    public long countSchoolsFor(SignedInUser user) {
        return db.sql("select count(*) from school where " + schoolScope(user)).param(scopeParam(user))
                .query(Long.class).single();
    }

    private static String schoolScope(SignedInUser user) {
        return switch (user.organisationType()) {
            case LOCAL_AUTHORITY -> "local_authority_id = ?";
            case SCHOOL -> "id = ?";
            default -> "1 = 0 and ? is not null";
        };
    }

    private static UUID scopeParam(SignedInUser user) {
        return user.organisationType() == OrganisationType.LOCAL_AUTHORITY ? user.localAuthorityId()
                : user.organisationId();
    }

    // ---- providers (as organisations; the directory module owns the rest) ---------------------

    @Transactional
    public UUID createProviderOrganisation(String name, String registration, UUID localAuthorityId) {
        Problems p = new Problems();
        if (name == null || name.isBlank()) {
            p.add("name", "Enter the provider's name");
        }
        if (registration == null || registration.isBlank()) {
            p.add("registration", "Choose the provider's registration status");
        }
        p.throwIfAny();
        UUID id = UUID.randomUUID();
        db.sql("insert into provider (id, name, registration, created_at) values (?, ?, ?, ?)")
                .params(id, name.trim(), registration, now()).update();
        db.sql("insert into provider_local_authority (provider_id, local_authority_id) values (?, ?)")
                .params(id, localAuthorityId).update();
        return id;
    }

    public Optional<String> providerName(UUID id) {
        return db.sql("select name from provider where id = ?").param(id).query(String.class).optional();
    }

    public long countProvidersFor(SignedInUser user) {
        return switch (user.organisationType()) {
            case LOCAL_AUTHORITY -> db.sql("select count(*) from provider_local_authority where local_authority_id = ?")
                    .param(user.localAuthorityId()).query(Long.class).single();
            case PROVIDER -> 1;
            default -> 0;
        };
    }

    // ---- families --------------------------------------------------------------------------

    @Transactional
    public UUID createFamily(String name, UUID localAuthorityId) {
        if (name == null || name.isBlank()) {
            throw new org.waymark.shared.InvalidInputException("name", "Enter the family's name");
        }
        UUID id = UUID.randomUUID();
        db.sql("insert into family (id, name, local_authority_id, created_at) values (?, ?, ?, ?)")
                .params(id, name.trim(), localAuthorityId, now()).update();
        return id;
    }

    // ---- any organisation ------------------------------------------------------------------

    /** The name and LA of an organisation; the LA is where its users are administered. */
    public Optional<OrganisationRef> find(OrganisationType type, UUID id) {
        return db.sql("select name from " + table(type) + " where id = ?").param(id).query(String.class).optional()
                .map(name -> new OrganisationRef(id, type, name));
    }

    /** The names of many organisations of one type at once, by id (ids not found are absent). */
    public java.util.Map<UUID, String> names(OrganisationType type, java.util.Collection<UUID> ids) {
        return NamesById.read(db, table(type), ids);
    }

    private static String table(OrganisationType type) {
        return switch (type) {
            case LOCAL_AUTHORITY -> "local_authority";
            case SCHOOL -> "school";
            case PROVIDER -> "provider";
            case FAMILY -> "family";
        };
    }

    /** Every organisation whose users an LA admin of this LA administers. */
    public List<OrganisationRef> administeredBy(UUID localAuthorityId) {
        return db.sql("""
                select id, 'LOCAL_AUTHORITY' as type, name from local_authority where id = :la
                union all select id, 'SCHOOL', name from school where local_authority_id = :la
                union all select p.id, 'PROVIDER', p.name from provider p
                          join provider_local_authority pla on pla.provider_id = p.id where pla.local_authority_id = :la
                union all select id, 'FAMILY', name from family where local_authority_id = :la
                order by 2, 3""")
                .param("la", localAuthorityId)
                .query((rs, i) -> new OrganisationRef(rs.getObject(1, UUID.class),
                        OrganisationType.valueOf(rs.getString(2)), rs.getString(3)))
                .list();
    }

    private java.time.OffsetDateTime now() {
        return Timestamps.now(clock);
    }
}
