package org.waymark.pupil;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.audit.AuditTrail;
import org.waymark.organisation.OrganisationType;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.Role;
import org.waymark.organisation.School;
import org.waymark.organisation.SignedInUser;
import org.waymark.organisation.UserAccount;
import org.waymark.organisation.Users;
import org.waymark.shared.ConflictException;
import org.waymark.shared.ForbiddenException;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.NotFoundException;
import org.waymark.shared.Problems;
import org.waymark.shared.Timestamps;

/**
 * Pupil records, scoped in SQL to the caller: the LA its own children, a school the pupils on its roll, a
 * family its own child, a partner the pupils granted to them, a provider the pupils placed with it. QA
 * professionals see no pupils.
 */
@Service
public class Pupils {

    static final String COLUMNS = """
            id, upn, temporary_upn, first_name, last_name, preferred_name, date_of_birth, home_school_id,
            local_authority_id, family_id, sen_status, primary_need, ehcp_personal_budget, looked_after,
            child_protection_plan, child_in_need, free_school_meals, version""";

    private final JdbcClient db;
    private final Clock clock;
    private final AuditTrail audit;
    private final Organisations organisations;
    private final Users users;
    private final ObjectProvider<PupilsPlacedWith> placedWith;

    Pupils(JdbcClient db, Clock clock, AuditTrail audit, Organisations organisations, Users users,
            ObjectProvider<PupilsPlacedWith> placedWith) {
        this.db = db;
        this.clock = clock;
        this.audit = audit;
        this.organisations = organisations;
        this.users = users;
        this.placedWith = placedWith;
    }

    // ---- reads ------------------------------------------------------------------------------

    /** A pupil the caller may see (the view is audited), or 404; 403 for a role that sees no pupils. */
    public Pupil pupil(SignedInUser user, UUID id) {
        Pupil p = read(user, id);
        audit.record(user, AuditTrail.Action.VIEWED, "PUPIL", id, id, p.localAuthorityId(), "pupil record");
        return p;
    }

    /** The same as {@link #pupil} without writing a view to the audit trail (for a page that audits itself). */
    public Pupil read(SignedInUser user, UUID id) {
        requireSeesPupils(user);
        if (!canSee(user, id)) {
            throw new NotFoundException("Pupil");
        }
        return find(id).orElseThrow(() -> new NotFoundException("Pupil"));
    }

    /** Unscoped: for services acting for a user they have already checked, and for scheduled work. */
    public Optional<Pupil> find(UUID id) {
        return db.sql("select " + COLUMNS + " from pupil where id = ?").param(id).query(Pupil.class).optional();
    }

    /** Unscoped, by id. */
    public Map<UUID, Pupil> find(Collection<UUID> ids) {
        Map<UUID, Pupil> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        db.sql("select " + COLUMNS + " from pupil where id in (:ids)").param("ids", List.copyOf(ids))
                .query(Pupil.class).list().forEach(p -> found.put(p.id(), p));
        return found;
    }

    /** Unscoped: the LA's pupils in school years {@code fromYear} to {@code toYear} (Reception 0) on {@code on}. */
    public List<UUID> idsInYearGroups(UUID localAuthorityId, int fromYear, int toYear, LocalDate on) {
        int academicYear = YearGroup.academicYearOf(on);
        LocalDate bornFrom = LocalDate.of(academicYear - 5 - toYear, 9, 1);
        LocalDate bornTo = LocalDate.of(academicYear - 5 - fromYear + 1, 8, 31);
        return db.sql("select id from pupil where local_authority_id = ? and date_of_birth between ? and ?")
                .params(localAuthorityId, bornFrom, bornTo).query(UUID.class).list();
    }

    public boolean canSee(SignedInUser user, UUID pupilId) {
        if (!seesPupils(user)) {
            return false;
        }
        if (user.role() == Role.PROVIDER_STAFF) {
            return providerPupils(user).contains(pupilId);
        }
        return db.sql("select count(*) from pupil where id = :id and " + scope(user)).param("id", pupilId)
                .params(scopeParams(user)).query(Long.class).single() > 0;
    }

    /** The ids of every pupil the caller may see (schools, families and partners see few). */
    public List<UUID> idsInScope(SignedInUser user) {
        if (!seesPupils(user)) {
            return List.of();
        }
        if (user.role() == Role.PROVIDER_STAFF) {
            return providerPupils(user);
        }
        return db.sql("select id from pupil where " + scope(user)).params(scopeParams(user)).query(UUID.class).list();
    }

    /** Pupils in scope whose name or UPN matches {@code q} (all when blank), by last name. */
    public List<Pupil> search(SignedInUser user, String q, int page, int size) {
        requireSeesPupils(user);
        return db.sql("select " + COLUMNS + " from pupil where " + searchWhere(user, q)
                        + " order by last_name, first_name, id limit :size offset :offset")
                .params(searchParams(user, q)).param("size", size).param("offset", (long) page * size)
                .query(Pupil.class).list();
    }

    public long count(SignedInUser user, String q) {
        requireSeesPupils(user);
        return db.sql("select count(*) from pupil where " + searchWhere(user, q)).params(searchParams(user, q))
                .query(Long.class).single();
    }

    private String searchWhere(SignedInUser user, String q) {
        String where = user.role() == Role.PROVIDER_STAFF ? providerWhere(user) : scope(user);
        if (q != null && !q.isBlank()) {
            where += " and (lower(first_name) like :q or lower(last_name) like :q or lower(preferred_name) like :q"
                    + " or upper(upn) = :upn)";
        }
        return where;
    }

    private Map<String, Object> searchParams(SignedInUser user, String q) {
        Map<String, Object> params = new HashMap<>(scopeParams(user));
        if (user.role() == Role.PROVIDER_STAFF) {
            List<UUID> ids = providerPupils(user);
            params.put("placed", ids.isEmpty() ? List.of(new UUID(0, 0)) : ids);
        }
        if (q != null && !q.isBlank()) {
            params.put("q", "%" + q.trim().toLowerCase(java.util.Locale.ROOT) + "%");
            params.put("upn", Upn.normalise(q));
        }
        return params;
    }

    private String providerWhere(SignedInUser user) {
        return "id in (:placed)";
    }

    private List<UUID> providerPupils(SignedInUser user) {
        PupilsPlacedWith source = placedWith.getIfAvailable();
        return source == null ? List.of() : source.pupilsPlacedWith(user.organisationId());
    }

    private static String scope(SignedInUser user) {
        return switch (user.role()) {
            case LA_ADMIN, LA_OFFICER -> "local_authority_id = :org";
            case SCHOOL_COMMISSIONER -> "home_school_id = :org";
            case PARENT_COMMISSIONER -> "family_id = :org";
            case PARTNER -> "id in (select pupil_id from partner_grant where partner_user_id = :org and revoked_at is null)";
            default -> "1 = 0";
        };
    }

    private static Map<String, Object> scopeParams(SignedInUser user) {
        return switch (user.role()) {
            case LA_ADMIN, LA_OFFICER -> Map.of("org", user.localAuthorityId());
            case PARTNER -> Map.of("org", user.id());
            case SCHOOL_COMMISSIONER, PARENT_COMMISSIONER -> Map.of("org", user.organisationId());
            default -> Map.of();
        };
    }

    private static boolean seesPupils(SignedInUser user) {
        return user.role() != Role.QA_PROFESSIONAL;
    }

    private static void requireSeesPupils(SignedInUser user) {
        if (!seesPupils(user)) {
            throw new ForbiddenException("Your role does not give access to pupils' records");
        }
    }

    /** Whether the user may add or change pupils' records at all (LA officers and admins, school commissioners). */
    public static boolean mayRecordPupils(SignedInUser user) {
        return user.isLaWide() || user.role() == Role.SCHOOL_COMMISSIONER;
    }

    // ---- changes ------------------------------------------------------------------------------

    @Transactional
    public Pupil create(SignedInUser user, PupilDetails details) {
        requireRecorder(user);
        Checked c = check(user, details, null);
        UUID id = UUID.randomUUID();
        db.sql("""
                insert into pupil (id, upn, temporary_upn, first_name, last_name, preferred_name, date_of_birth,
                    home_school_id, local_authority_id, family_id, sen_status, primary_need, ehcp_personal_budget,
                    looked_after, child_protection_plan, child_in_need, free_school_meals, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, c.upn, Upn.isTemporary(c.upn), details.firstName().trim(), details.lastName().trim(),
                        blankToNull(details.preferredName()), details.dateOfBirth(), c.homeSchoolId, c.localAuthorityId,
                        c.familyId, c.sen.name(), c.need == null ? null : c.need.name(),
                        c.sen == SenStatus.EHCP && details.ehcpPersonalBudget(), details.lookedAfter(),
                        details.childProtectionPlan(), details.childInNeed(), details.freeSchoolMeals(),
                        Timestamps.now(clock), user.id())
                .update();
        audit.record(user, AuditTrail.Action.CREATED, "PUPIL", id, id, c.localAuthorityId, "pupil record created");
        return find(id).orElseThrow();
    }

    @Transactional
    public Pupil update(SignedInUser user, UUID id, int version, PupilDetails details) {
        requireRecorder(user);
        Pupil existing = read(user, id);
        Checked c = check(user, details, existing);
        int changed = db.sql("""
                update pupil set upn = ?, temporary_upn = ?, first_name = ?, last_name = ?, preferred_name = ?,
                    date_of_birth = ?, home_school_id = ?, family_id = ?, sen_status = ?, primary_need = ?,
                    ehcp_personal_budget = ?, looked_after = ?, child_protection_plan = ?, child_in_need = ?,
                    free_school_meals = ?, version = version + 1
                where id = ? and version = ?""")
                .params(c.upn, Upn.isTemporary(c.upn), details.firstName().trim(), details.lastName().trim(),
                        blankToNull(details.preferredName()), details.dateOfBirth(), c.homeSchoolId, c.familyId,
                        c.sen.name(), c.need == null ? null : c.need.name(),
                        c.sen == SenStatus.EHCP && details.ehcpPersonalBudget(), details.lookedAfter(),
                        details.childProtectionPlan(), details.childInNeed(), details.freeSchoolMeals(), id, version)
                .update();
        if (changed == 0) {
            throw ConflictException.staleEdit("This pupil's record");
        }
        audit.record(user, AuditTrail.Action.CHANGED, "PUPIL", id, id, existing.localAuthorityId(), "pupil record changed");
        return find(id).orElseThrow();
    }

    private record Checked(String upn, UUID homeSchoolId, UUID localAuthorityId, UUID familyId, SenStatus sen,
            PrimaryNeed need) {
    }

    private Checked check(SignedInUser user, PupilDetails d, Pupil existing) {
        Problems p = new Problems();
        String upn = Upn.normalise(d.upn());
        Optional<String> upnProblem = Upn.problem(upn);
        if (upnProblem.isPresent()) {
            p.add("upn", upnProblem.get());
        } else {
            Optional<UUID> other = db.sql("select id from pupil where upn = ?").param(upn).query(UUID.class).optional()
                    .filter(o -> existing == null || !o.equals(existing.id()));
            other.ifPresent(o -> p.add("upn", "A pupil with UPN " + upn + " already has a record: /pupils/" + o));
        }
        name(p, "firstName", d.firstName(), "first name", true);
        name(p, "lastName", d.lastName(), "last name", true);
        name(p, "preferredName", d.preferredName(), "preferred name", false);
        LocalDate today = LocalDate.now(clock);
        if (d.dateOfBirth() == null) {
            p.add("dateOfBirth", "Enter the pupil's date of birth");
        } else if (d.dateOfBirth().isAfter(today)) {
            p.add("dateOfBirth", "Date of birth must be in the past");
        } else if (YearGroup.label(d.dateOfBirth(), today).isEmpty()) {
            p.add("dateOfBirth", "Date of birth must be that of a child of school age (Reception to Year 13) this "
                    + "academic year");
        }
        SenStatus sen = Arrays.stream(SenStatus.values()).filter(s -> s.name().equals(d.senStatus())).findFirst()
                .orElse(null);
        if (sen == null) {
            p.add("senStatus", "Choose the pupil's SEN status");
        }
        PrimaryNeed need = null;
        if (d.primaryNeed() != null && !d.primaryNeed().isBlank()) {
            need = Arrays.stream(PrimaryNeed.values()).filter(s -> s.name().equals(d.primaryNeed())).findFirst()
                    .orElse(null);
            if (need == null) {
                p.add("primaryNeed", "Choose the pupil's primary need from the census codes");
            }
        }
        if (sen != null && sen != SenStatus.NONE && need == null && !p.has("primaryNeed")) {
            p.add("primaryNeed", "Choose the pupil's primary need (SEN support and EHCP pupils have one)");
        }
        if (sen == SenStatus.NONE) {
            need = null;
        }
        if (d.ehcpPersonalBudget() && sen != SenStatus.EHCP) {
            p.add("ehcpPersonalBudget", "Only a pupil with an EHCP can have an EHCP personal budget");
        }
        UUID homeSchool = d.homeSchoolId();
        UUID la;
        if (user.role() == Role.SCHOOL_COMMISSIONER) {
            if (homeSchool == null) {
                homeSchool = user.organisationId();
            }
            if (!homeSchool.equals(user.organisationId())) {
                p.add("homeSchoolId", "You can record only pupils on your own school's roll");
            }
            la = organisations.findSchool(user.organisationId()).map(School::localAuthorityId)
                    .orElse(user.localAuthorityId());
        } else {
            la = existing == null ? user.localAuthorityId() : existing.localAuthorityId();
            if (homeSchool != null && organisations.findSchool(homeSchool).map(School::localAuthorityId)
                    .filter(la::equals).isEmpty()) {
                p.add("homeSchoolId", "Choose a school in your local authority, or no school place");
            }
        }
        UUID family = d.familyId();
        if (family != null) {
            if (!user.isLaWide()) {
                family = existing == null ? null : existing.familyId();
            } else if (organisations.find(OrganisationType.FAMILY, family).isEmpty()) {
                p.add("familyId", "Choose a family recorded in Waymark");
            }
        } else if (existing != null && !user.isLaWide()) {
            family = existing.familyId();
        }
        p.throwIfAny();
        return new Checked(upn, homeSchool, la, family, sen, need);
    }

    private static void name(Problems p, String field, String value, String label, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                p.add(field, "Enter the pupil's " + label);
            }
        } else if (value.trim().length() > 100) {
            p.add(field, capitalise(label) + " must be 100 characters or fewer");
        }
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static void requireRecorder(SignedInUser user) {
        if (!mayRecordPupils(user)) {
            throw new ForbiddenException("Only LA officers and school commissioners record pupils");
        }
    }

    // ---- Tier 1 support -----------------------------------------------------------------------

    public List<TierOneSupport> tierOneSupport(SignedInUser user, UUID pupilId) {
        read(user, pupilId);
        return db.sql("""
                select id, pupil_id, kind, description, delivered_by, started_on, ended_on, outcome, version
                from tier_one_support where pupil_id = ? order by started_on desc, id""")
                .param(pupilId).query(TierOneSupport.class).list();
    }

    @Transactional
    public TierOneSupport addTierOneSupport(SignedInUser user, UUID pupilId, String kind, String description,
            String deliveredBy, LocalDate startedOn, LocalDate endedOn, String outcome) {
        requireRecorder(user);
        Pupil pupil = read(user, pupilId);
        Problems p = new Problems();
        if (kind == null || !TierOneSupport.KINDS.containsKey(kind)) {
            p.add("kind", "Choose the kind of support");
        }
        text(p, "description", description, "Describe the support and what it aimed to change", 2000, true);
        text(p, "deliveredBy", deliveredBy, "", 200, false);
        text(p, "outcome", outcome, "", 2000, false);
        if (startedOn == null) {
            if (!p.has("startedOn")) {
                p.add("startedOn", "Enter the date the support started");
            }
        } else if (startedOn.isAfter(LocalDate.now(clock))) {
            p.add("startedOn", "The start date must be today or in the past");
        }
        if (startedOn != null && endedOn != null && endedOn.isBefore(startedOn)) {
            p.add("endedOn", "The end date must be on or after the start date");
        }
        p.throwIfAny();
        UUID id = UUID.randomUUID();
        db.sql("""
                insert into tier_one_support (id, pupil_id, kind, description, delivered_by, started_on, ended_on,
                    outcome, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, pupilId, kind, description.trim(), blankToNull(deliveredBy), startedOn, endedOn,
                        blankToNull(outcome), user.id(), Timestamps.now(clock))
                .update();
        audit.record(user, AuditTrail.Action.CHANGED, "TIER_ONE_SUPPORT", id, pupilId, pupil.localAuthorityId(),
                "tier 1 support recorded");
        return new TierOneSupport(id, pupilId, kind, description.trim(), blankToNull(deliveredBy), startedOn, endedOn,
                blankToNull(outcome), 0);
    }

    static void text(Problems p, String field, String value, String requiredMessage, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                p.add(field, requiredMessage);
            }
        } else if (value.length() > max) {
            p.add(field, "Must be " + max + " characters or fewer");
        }
    }

    // ---- partner grants ----------------------------------------------------------------------

    public List<PartnerGrant> partnerGrants(SignedInUser user, UUID pupilId) {
        read(user, pupilId);
        return db.sql("""
                select g.id, g.pupil_id, g.partner_user_id, u.name as partner_name, g.reason, g.granted_at
                from partner_grant g join app_user u on u.id = g.partner_user_id
                where g.pupil_id = ? and g.revoked_at is null order by g.granted_at""")
                .param(pupilId).query(PartnerGrant.class).list();
    }

    /** The partner users of the caller's LA, to choose from when granting access. */
    public List<UserAccount> partnersOf(SignedInUser user) {
        return users.activeUsersOf(user.localAuthorityId(), Role.PARTNER);
    }

    @Transactional
    public void grantPartner(SignedInUser user, UUID pupilId, UUID partnerUserId, String reason) {
        if (!user.isLaWide()) {
            throw new ForbiddenException("Only LA admins and officers grant partners access to a pupil");
        }
        Pupil pupil = read(user, pupilId);
        Problems p = new Problems();
        Optional<UserAccount> partner = partnerUserId == null ? Optional.empty() : users.find(partnerUserId)
                .filter(u -> u.role() == Role.PARTNER && u.localAuthorityId().equals(user.localAuthorityId()));
        if (partner.isEmpty()) {
            p.add("partnerUserId", "Choose a partner in your local authority");
        }
        text(p, "reason", reason, "Enter why the partner needs to see this pupil's record", 300, true);
        p.throwIfAny();
        boolean already = db.sql("select count(*) from partner_grant where pupil_id = ? and partner_user_id = ? "
                + "and revoked_at is null").params(pupilId, partnerUserId).query(Long.class).single() > 0;
        if (already) {
            throw new InvalidInputException("partnerUserId", "That partner can already see this pupil's record");
        }
        UUID id = UUID.randomUUID();
        db.sql("insert into partner_grant (id, pupil_id, partner_user_id, reason, granted_by, granted_at) "
                + "values (?, ?, ?, ?, ?, ?)").params(id, pupilId, partnerUserId, reason.trim(), user.id(),
                        Timestamps.now(clock)).update();
        audit.record(user, AuditTrail.Action.CHANGED, "PARTNER_GRANT", id, pupilId, pupil.localAuthorityId(),
                "partner access granted");
    }

    @Transactional
    public void revokePartner(SignedInUser user, UUID pupilId, UUID grantId) {
        if (!user.isLaWide()) {
            throw new ForbiddenException("Only LA admins and officers revoke partners' access");
        }
        Pupil pupil = read(user, pupilId);
        int changed = db.sql("update partner_grant set revoked_at = ? where id = ? and pupil_id = ? and revoked_at is null")
                .params(Timestamps.now(clock), grantId, pupilId).update();
        if (changed == 0) {
            throw new NotFoundException("Partner access");
        }
        audit.record(user, AuditTrail.Action.CHANGED, "PARTNER_GRANT", grantId, pupilId, pupil.localAuthorityId(),
                "partner access revoked");
    }
}
