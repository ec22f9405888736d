package org.waymark.directory;

import org.waymark.directory.internal.UkDates;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.organisation.UserAccount;
import org.waymark.organisation.Users;
import org.waymark.shared.ConflictException;
import org.waymark.shared.ForbiddenException;
import org.waymark.shared.MailMessage;
import org.waymark.shared.NotFoundException;
import org.waymark.shared.NoticeForUser;
import org.waymark.shared.Problems;
import org.waymark.shared.Timestamps;

/**
 * Applications to join an LA's directory (Oxfordshire's catalogue process): the provider or an LA officer
 * applies, an officer records each check with date, outcome and evidence, the LA lead approves or rejects with
 * reasons. Every resulting status change goes through {@link ProviderDirectory#changeStatus}.
 */
@Service
public class Applications {

    /** The checks of an application (Oxfordshire's approval process, issue 3). */
    public enum CheckType {
        HEALTH_AND_SAFETY("Health and safety"),
        SAFEGUARDING("Safeguarding"),
        STAFFING_AND_VETTING("Staffing and vetting"),
        TRAINING_AND_SUPERVISION("Training and supervision"),
        POLICIES("Policies"),
        INSURANCES("Insurances");

        private final String label;

        CheckType(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Outcome { MET, NOT_MET }

    public record Application(UUID id, UUID providerId, UUID localAuthorityId, LocalDate submittedOn, UUID submittedBy,
            String submittedByName, String statement, String status, LocalDate decidedOn, String decidedByName,
            String decisionReason, int version) {
        public boolean isOpen() {
            return status.equals("SUBMITTED") || status.equals("UNDER_CHECK");
        }
    }

    public record Check(UUID id, CheckType checkType, LocalDate checkedOn, Outcome outcome, String evidence,
            String checkedByName, OffsetDateTime recordedAt, int version) {
    }

    private final JdbcClient db;
    private final Clock clock;
    private final ProviderDirectory directory;
    private final Users users;
    private final ApplicationEventPublisher events;

    Applications(JdbcClient db, Clock clock, ProviderDirectory directory, Users users, ApplicationEventPublisher events) {
        this.db = db;
        this.clock = clock;
        this.directory = directory;
        this.users = users;
        this.events = events;
    }

    private static final String SELECT = """
            select a.id, a.provider_id, a.local_authority_id, a.submitted_on, a.submitted_by,
                   s.name as submitted_by_name, a.statement, a.status, a.decided_on, d.name as decided_by_name,
                   a.decision_reason, a.version
            from provider_application a left join app_user s on s.id = a.submitted_by
            left join app_user d on d.id = a.decided_by""";

    /** The provider's applications, newest first. */
    public List<Application> of(UUID providerId) {
        return db.sql(SELECT + " where a.provider_id = ? order by a.submitted_on desc, a.created_at desc")
                .param(providerId).query(Application.class).list();
    }

    public Optional<Application> open(UUID providerId) {
        return of(providerId).stream().filter(Application::isOpen).findFirst();
    }

    public Optional<Application> find(UUID applicationId) {
        return db.sql(SELECT + " where a.id = ?").param(applicationId).query(Application.class).optional();
    }

    public Application get(SignedInUser user, UUID applicationId) {
        Application a = db.sql(SELECT + " where a.id = ?").param(applicationId).query(Application.class).optional()
                .orElseThrow(() -> new NotFoundException("Application"));
        if (!directory.visibleTo(user, a.providerId())) {
            throw new NotFoundException("Application");
        }
        return a;
    }

    /** Applications waiting for checks or a decision in the caller's LA. */
    public List<Application> openIn(UUID localAuthorityId) {
        return db.sql(SELECT + " where a.local_authority_id = ? and a.status in ('SUBMITTED', 'UNDER_CHECK') order by a.submitted_on")
                .param(localAuthorityId).query(Application.class).list();
    }

    public List<Check> checks(UUID applicationId) {
        return db.sql("""
                select c.id, c.check_type, c.checked_on, c.outcome, c.evidence, u.name as checked_by_name,
                       c.recorded_at, c.version
                from provider_check c left join app_user u on u.id = c.checked_by
                where c.application_id = ? order by c.checked_on, c.recorded_at""")
                .param(applicationId).query(Check.class).list();
    }

    /** The provider (its own staff) or an LA officer on its behalf applies; the provider becomes APPLIED. */
    @Transactional
    public UUID apply(SignedInUser user, UUID providerId, LocalDate on, String statement) {
        if (!directory.visibleTo(user, providerId)) {
            throw new NotFoundException("Provider");
        }
        boolean la = user.is(Role.LA_ADMIN, Role.LA_OFFICER);
        boolean own = user.role() == Role.PROVIDER_STAFF && user.belongsTo(providerId);
        if (!la && !own) {
            throw new ForbiddenException("Only the provider or the local authority's AP team can apply");
        }
        Problems p = new Problems();
        if (statement == null || statement.isBlank()) {
            p.add("statement", "Describe the provision the provider offers and why it applies");
        } else if (statement.length() > 4000) {
            p.add("statement", "The statement must be 4,000 characters or fewer");
        }
        p.throwIfAny();
        if (on.isAfter(LocalDate.now(clock))) {
            throw new org.waymark.shared.InvalidInputException("submittedOn", "The application date must be today or in the past");
        }
        UUID laId = la ? user.localAuthorityId() : directory.localAuthorityIds(providerId).get(0);
        UUID id = submit(providerId, laId, on, statement.trim(), user.id());
        for (UserAccount u : users.activeUsersOf(laId, Role.LA_OFFICER, Role.LA_ADMIN)) {
            events.publishEvent(new NoticeForUser(u.id(), "New directory application",
                    "A provider has applied to join the directory. Record the checks.", "/directory/applications/" + id));
        }
        return id;
    }

    /** Records an application (the provider becomes APPLIED) without telling anyone: for {@link #apply} and the demo. */
    @Transactional
    public UUID submit(UUID providerId, UUID laId, LocalDate on, String statement, UUID by) {
        if (open(providerId).isPresent()) {
            throw new ConflictException("The provider already has an application being checked");
        }
        DirectoryStatus status = directory.status(providerId).orElseThrow(() -> new NotFoundException("Provider"));
        if (!status.canBecome(DirectoryStatus.APPLIED)) {
            throw new ConflictException("A provider that is " + status.label().toLowerCase() + " cannot apply",
                    List.of("Only a provider that is not listed or was removed can apply"));
        }
        UUID id = UUID.randomUUID();
        db.sql("""
                insert into provider_application (id, provider_id, local_authority_id, submitted_on, submitted_by,
                    statement, status, created_at) values (?, ?, ?, ?, ?, ?, 'SUBMITTED', ?)""")
                .params(id, providerId, laId, on, by, statement, Timestamps.now(clock)).update();
        directory.changeStatus(providerId, DirectoryStatus.APPLIED, on, "Application submitted", by);
        return id;
    }

    /** An LA officer records (or re-records) one check; the first check puts the provider UNDER_CHECK. */
    @Transactional
    public void recordCheck(SignedInUser user, UUID applicationId, String type, LocalDate checkedOn, String outcome,
            String evidence, Problems p) {
        requireLa(user);
        Application a = get(user, applicationId);
        CheckType t = null;
        try {
            t = CheckType.valueOf(type == null ? "" : type);
        } catch (IllegalArgumentException e) {
            p.add("checkType", "Choose the check");
        }
        Outcome o = null;
        try {
            o = Outcome.valueOf(outcome == null ? "" : outcome);
        } catch (IllegalArgumentException e) {
            p.add("outcome", "Choose whether the check was met");
        }
        if (checkedOn != null && checkedOn.isAfter(LocalDate.now(clock))) {
            p.add("checkedOn-day", "The date of the check must be today or in the past");
        }
        if (checkedOn != null && checkedOn.isBefore(a.submittedOn())) {
            p.add("checkedOn-day", "The date of the check must be on or after the application date");
        }
        if (evidence == null || evidence.isBlank()) {
            p.add("evidence", "Enter the evidence seen, like 'Employer's liability certificate, Zurich, to 31/8/2027'");
        } else if (evidence.length() > 2000) {
            p.add("evidence", "Evidence must be 2,000 characters or fewer");
        }
        p.throwIfAny();
        if (!a.isOpen()) {
            throw new ConflictException("The application has been decided; its checks can no longer change");
        }
        record(a, t, checkedOn, o, evidence.trim(), user.id());
    }

    /** Records a check with no role check, for the demo story; same rules of state as {@link #recordCheck}. */
    @Transactional
    public void record(Application a, CheckType t, LocalDate checkedOn, Outcome o, String evidence, UUID by) {
        int n = db.sql("""
                update provider_check set checked_on = ?, outcome = ?, evidence = ?, checked_by = ?, recorded_at = ?,
                       version = version + 1 where application_id = ? and check_type = ?""")
                .params(checkedOn, o.name(), evidence, by, Timestamps.now(clock), a.id(), t.name()).update();
        if (n == 0) {
            db.sql("""
                    insert into provider_check (id, application_id, check_type, checked_on, outcome, evidence, checked_by,
                        recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), a.id(), t.name(), checkedOn, o.name(), evidence, by, Timestamps.now(clock))
                    .update();
        }
        String status = db.sql("select status from provider_application where id = ?").param(a.id())
                .query(String.class).single();
        if (status.equals("SUBMITTED")) {
            db.sql("update provider_application set status = 'UNDER_CHECK', version = version + 1 where id = ?")
                    .param(a.id()).update();
            directory.changeStatus(a.providerId(), DirectoryStatus.UNDER_CHECK, checkedOn,
                    "Checks started: " + t.label().toLowerCase(), by);
        }
    }

    /** The unmet requirements for approval: each check recorded and met. */
    public List<String> missingForApproval(UUID applicationId) {
        List<Check> done = checks(applicationId);
        List<String> missing = new ArrayList<>();
        for (CheckType t : CheckType.values()) {
            Optional<Check> c = done.stream().filter(x -> x.checkType() == t).findFirst();
            if (c.isEmpty()) {
                missing.add(t.label() + ": not checked yet");
            } else if (c.get().outcome() != Outcome.MET) {
                missing.add(t.label() + ": not met");
            }
        }
        return missing;
    }

    /** The LA lead approves (every check met) or rejects (with reasons) the application. */
    @Transactional
    public void decide(SignedInUser user, UUID applicationId, int version, boolean approve, LocalDate on,
            String reason) {
        requireLa(user);
        Application a = get(user, applicationId);
        if (!approve && (reason == null || reason.isBlank())) {
            throw new org.waymark.shared.InvalidInputException("reason", "Enter the reasons for rejecting the application");
        }
        if (on.isAfter(LocalDate.now(clock))) {
            throw new org.waymark.shared.InvalidInputException("decidedOn-day", "The decision date must be today or in the past");
        }
        decideUnchecked(a, version, approve, on, reason, user.id());
    }

    /** {@link #decide} without the role check, for the demo story. */
    @Transactional
    public void decideUnchecked(Application a, int version, boolean approve, LocalDate on, String reason, UUID by) {
        decide(a, version, approve, on, reason, by, true);
    }

    /** The decision; {@code notify} e-mails the provider's staff. */
    @Transactional
    public void decide(Application a, int version, boolean approve, LocalDate on, String reason, UUID by,
            boolean notify) {
        if (!a.isOpen()) {
            throw new ConflictException("The application has already been decided");
        }
        if (approve) {
            List<String> missing = missingForApproval(a.id());
            if (!missing.isEmpty()) {
                throw new ConflictException("The application cannot be approved yet", missing);
            }
        }
        int n = db.sql("""
                update provider_application set status = ?, decided_on = ?, decided_by = ?, decision_reason = ?,
                       version = version + 1 where id = ? and version = ?""")
                .params(approve ? "APPROVED" : "REJECTED", on, by, reason == null || reason.isBlank() ? null : reason.trim(),
                        a.id(), version)
                .update();
        if (n == 0) {
            throw ConflictException.staleEdit("The application");
        }
        directory.changeStatus(a.providerId(), approve ? DirectoryStatus.APPROVED : DirectoryStatus.NOT_LISTED, on,
                approve ? (reason == null || reason.isBlank() ? "Application approved: every check met" : reason.trim())
                        : "Application rejected: " + reason.trim(), by);
        for (UserAccount u : notify ? users.activeUsersOf(a.providerId(), Role.PROVIDER_STAFF) : List.<UserAccount>of()) {
            events.publishEvent(new MailMessage(u.email(),
                    approve ? "Your directory application is approved" : "Your directory application was not approved",
                    approve ? "The local authority approved your application to join its directory of alternative "
                            + "provision from " + UkDates.format(on) + ". Commissioners can now find you in the directory."
                            : "The local authority did not approve your application to join its directory: "
                            + reason.trim() + "\n\nYou can apply again when these points are put right."));
        }
    }

    private static void requireLa(SignedInUser user) {
        if (!user.is(Role.LA_ADMIN, Role.LA_OFFICER)) {
            throw new ForbiddenException("Only the local authority's AP team records checks and decisions");
        }
    }
}
