package org.waymark.organisation;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.organisation.security.PasswordPolicy;
import org.waymark.organisation.security.PasswordResets;
import org.waymark.shared.ConflictException;
import org.waymark.shared.ForbiddenException;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.NotFoundException;
import org.waymark.shared.Problems;
import org.waymark.shared.Timestamps;

/** User accounts. LA admins create, edit and deactivate the users of organisations in their LA. */
@Service
public class Users {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");
    private static final String COLUMNS = "id, email, name, role, organisation_type, organisation_id, "
            + "local_authority_id, active, version";

    private final JdbcClient db;
    private final Clock clock;
    private final PasswordEncoder passwords;
    private final Organisations organisations;
    private final PasswordResets resets;

    Users(JdbcClient db, Clock clock, PasswordEncoder passwords, Organisations organisations, PasswordResets resets) {
        this.db = db;
        this.clock = clock;
        this.passwords = passwords;
        this.organisations = organisations;
        this.resets = resets;
    }

    /** An LA admin adds a user; the user gets an e-mail link to choose their password. */
    @Transactional
    public UserAccount invite(SignedInUser admin, String email, String name, Role role, UUID organisationId) {
        requireAdmin(admin);
        UserAccount user = insert(admin.localAuthorityId(), email, name, role, organisationId, null);
        resets.sendInvitation(user.id(), user.email(), user.name());
        return user;
    }

    /** Demo data and first-run set-up: a user with a known password. */
    @Transactional
    public UserAccount createWithPassword(UUID localAuthorityId, String email, String name, Role role,
            UUID organisationId, String password) {
        Optional<String> weak = PasswordPolicy.problem(password, email);
        if (weak.isPresent()) {
            throw new InvalidInputException("password", weak.get());
        }
        return insert(localAuthorityId, email, name, role, organisationId, password);
    }

    private UserAccount insert(UUID localAuthorityId, String email, String name, Role role, UUID organisationId,
            String password) {
        String normalised = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        Problems p = new Problems();
        if (normalised.isEmpty()) {
            p.add("email", "Enter an email address");
        } else if (normalised.length() > 254 || !EMAIL.matcher(normalised).matches()) {
            p.add("email", "Enter an email address in the correct format, like name@example.org");
        } else if (findByEmail(normalised).isPresent()) {
            p.add("email", "A user with this email address already exists");
        }
        if (name == null || name.isBlank()) {
            p.add("name", "Enter the user's full name");
        } else if (name.length() > 200) {
            p.add("name", "Name must be 200 characters or fewer");
        }
        if (role == null) {
            p.add("role", "Choose the user's role");
        }
        OrganisationRef organisation = organisationId == null ? null : organisations.administeredBy(localAuthorityId)
                .stream().filter(o -> o.id().equals(organisationId)).findFirst().orElse(null);
        if (organisation == null) {
            p.add("organisationId", "Choose an organisation in your local authority");
        } else if (role != null && role.organisationType() != organisation.type()) {
            p.add("role", "A " + role.label() + " must belong to a " + describe(role.organisationType())
                    + ", not a " + describe(organisation.type()));
        }
        p.throwIfAny();
        UUID id = UUID.randomUUID();
        // an invited user has no usable password until they follow the e-mail link
        String hash = passwords.encode(password != null ? password : UUID.randomUUID() + "-" + UUID.randomUUID());
        var now = Timestamps.now(clock);
        db.sql("""
                insert into app_user (id, email, name, role, organisation_type, organisation_id, local_authority_id,
                    password_hash, active, created_at, sessions_valid_after)
                values (?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?)""")
                .params(id, normalised, name.trim(), role.name(), organisation.type().name(), organisationId,
                        localAuthorityId, hash, now, now.minus(Duration.ofSeconds(1)))
                .update();
        return new UserAccount(id, normalised, name.trim(), role, organisation.type(), organisationId,
                localAuthorityId, true, 0);
    }

    private static String describe(OrganisationType type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** Edits name and role; a stale version (someone else saved first) is refused. */
    @Transactional
    public void update(SignedInUser admin, UUID userId, int version, String name, Role role) {
        UserAccount user = user(admin, userId);
        Problems p = new Problems();
        if (name == null || name.isBlank()) {
            p.add("name", "Enter the user's full name");
        }
        if (role == null) {
            p.add("role", "Choose the user's role");
        } else if (role.organisationType() != user.organisationType()) {
            p.add("role", "A " + role.label() + " must belong to a " + describe(role.organisationType()));
        }
        if (userId.equals(admin.id()) && role != Role.LA_ADMIN) {
            p.add("role", "You cannot remove your own LA admin role");
        }
        p.throwIfAny();
        int changed = db.sql("update app_user set name = ?, role = ?, version = version + 1 where id = ? and version = ?")
                .params(name.trim(), role.name(), userId, version).update();
        if (changed == 0) {
            throw ConflictException.staleEdit("This user");
        }
        if (role != user.role()) {
            endSessions(userId); // a new role takes effect at the next sign-in, so no old role lingers
        }
    }

    /** Deactivation ends the user's sessions and stops their API tokens at once. */
    @Transactional
    public void setActive(SignedInUser admin, UUID userId, int version, boolean active) {
        user(admin, userId);
        if (userId.equals(admin.id()) && !active) {
            throw new InvalidInputException("active", "You cannot deactivate your own account");
        }
        var now = Timestamps.now(clock);
        int changed = db.sql("""
                update app_user set active = ?, deactivated_at = ?, sessions_valid_after = ?, version = version + 1
                where id = ? and version = ?""")
                .params(active, active ? null : now, now, userId, version).update();
        if (changed == 0) {
            throw ConflictException.staleEdit("This user");
        }
    }

    void endSessions(UUID userId) {
        db.sql("update app_user set sessions_valid_after = ? where id = ?").params(Timestamps.now(clock), userId)
                .update();
    }

    /** A user an LA admin administers, or 404. */
    public UserAccount user(SignedInUser admin, UUID userId) {
        requireAdmin(admin);
        return db.sql("select " + COLUMNS + " from app_user where id = ? and local_authority_id = ?")
                .params(userId, admin.localAuthorityId()).query(UserAccount.class).optional()
                .orElseThrow(() -> new NotFoundException("User"));
    }

    public List<UserAccount> usersOf(SignedInUser admin) {
        requireAdmin(admin);
        return db.sql("select " + COLUMNS + " from app_user where local_authority_id = ? order by name, email")
                .param(admin.localAuthorityId()).query(UserAccount.class).list();
    }

    public Optional<UserAccount> findByEmail(String email) {
        return db.sql("select " + COLUMNS + " from app_user where email = ?")
                .param(email.trim().toLowerCase(Locale.ROOT)).query(UserAccount.class).optional();
    }

    /** The names of many users at once, by id (ids not found are absent). */
    public java.util.Map<UUID, String> names(java.util.Collection<UUID> ids) {
        return NamesById.read(db, "app_user", ids);
    }

    public Optional<UserAccount> find(UUID id) {
        return db.sql("select " + COLUMNS + " from app_user where id = ?").param(id).query(UserAccount.class)
                .optional();
    }

    /** The active users of an organisation with one of the roles: who to tell about something. */
    public List<UserAccount> activeUsersOf(UUID organisationId, Role... roles) {
        List<String> names = java.util.Arrays.stream(roles).map(Enum::name).toList();
        return db.sql("select " + COLUMNS + " from app_user where organisation_id = :org and active = true"
                        + " and role in (:roles) order by email")
                .param("org", organisationId).param("roles", names).query(UserAccount.class).list();
    }

    public long countActiveUsers(UUID organisationId) {
        return db.sql("select count(*) from app_user where organisation_id = ? and active = true")
                .param(organisationId).query(Long.class).single();
    }

    public long countActiveUsersInLa(UUID localAuthorityId) {
        return db.sql("select count(*) from app_user where local_authority_id = ? and active = true")
                .param(localAuthorityId).query(Long.class).single();
    }

    private static void requireAdmin(SignedInUser admin) {
        if (admin.role() != Role.LA_ADMIN) {
            throw new ForbiddenException("Only an LA admin can manage users");
        }
    }
}
