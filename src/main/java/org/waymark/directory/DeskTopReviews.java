package org.waymark.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.organisation.OrganisationType;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.organisation.UserAccount;
import org.waymark.organisation.Users;
import org.waymark.shared.ConflictException;
import org.waymark.shared.ForbiddenException;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.NotFoundException;
import org.waymark.shared.NoticeForUser;
import org.waymark.shared.Problems;
import org.waymark.shared.Timestamps;

/**
 * Desk-top reviews of providers that are not on the directory (domain.md rule 8, Oxfordshire's guidance): a
 * commissioner who needs one requests a review; the LA AP lead records insurances, policies and safeguarding
 * checked and decides. Approval makes the provider APPROVED through changeStatus (ADR 0101).
 */
@Service
public class DeskTopReviews {

    public record Review(UUID id, UUID providerId, String providerName, UUID localAuthorityId, UUID requestedBy,
            String requestedByName, String requesterOrgType, UUID requesterOrgId, String requesterOrgName,
            LocalDate requestedOn, String reason, String status, boolean insurancesChecked, String insurancesNote,
            boolean policiesChecked, String policiesNote, boolean safeguardingChecked, String safeguardingNote,
            LocalDate decidedOn, String decidedByName, String decisionReason, int version) {
        public boolean isOpen() {
            return status.equals("REQUESTED");
        }
    }

    private static final String SELECT = """
            select r.id, r.provider_id, p.name as provider_name, r.local_authority_id, r.requested_by,
                   u.name as requested_by_name, r.requester_org_type, r.requester_org_id,
                   coalesce(s.name, f.name, la.name) as requester_org_name, r.requested_on, r.reason, r.status,
                   r.insurances_checked, r.insurances_note, r.policies_checked, r.policies_note,
                   r.safeguarding_checked, r.safeguarding_note, r.decided_on, d.name as decided_by_name,
                   r.decision_reason, r.version
            from desk_top_review r join provider p on p.id = r.provider_id
            left join app_user u on u.id = r.requested_by left join app_user d on d.id = r.decided_by
            left join school s on s.id = r.requester_org_id left join family f on f.id = r.requester_org_id
            left join local_authority la on la.id = r.requester_org_id""";

    private final JdbcClient db;
    private final Clock clock;
    private final ProviderDirectory directory;
    private final Organisations organisations;
    private final Users users;
    private final ApplicationEventPublisher events;

    DeskTopReviews(JdbcClient db, Clock clock, ProviderDirectory directory, Organisations organisations, Users users,
            ApplicationEventPublisher events) {
        this.db = db;
        this.clock = clock;
        this.directory = directory;
        this.organisations = organisations;
        this.users = users;
        this.events = events;
    }

    /** The reviews the caller may see: the LA team all of its LA's, a commissioner its own organisation's. */
    public List<Review> visibleTo(SignedInUser user) {
        if (user.is(Role.LA_ADMIN, Role.LA_OFFICER)) {
            return db.sql(SELECT + " where r.local_authority_id = ? order by r.status desc, r.requested_on desc")
                    .param(user.localAuthorityId()).query(Review.class).list();
        }
        if (user.is(Role.SCHOOL_COMMISSIONER, Role.PARENT_COMMISSIONER)) {
            return db.sql(SELECT + " where r.requester_org_id = ? order by r.requested_on desc")
                    .param(user.organisationId()).query(Review.class).list();
        }
        return List.of();
    }

    public Review get(SignedInUser user, UUID id) {
        Review r = db.sql(SELECT + " where r.id = ?").param(id).query(Review.class).optional()
                .orElseThrow(() -> new NotFoundException("Desk-top review"));
        boolean la = user.is(Role.LA_ADMIN, Role.LA_OFFICER) && r.localAuthorityId().equals(user.localAuthorityId());
        boolean requester = r.requesterOrgId().equals(user.organisationId());
        if (!la && !requester) {
            throw new NotFoundException("Desk-top review");
        }
        return r;
    }

    public List<Review> of(UUID providerId) {
        return db.sql(SELECT + " where r.provider_id = ? order by r.requested_on desc").param(providerId)
                .query(Review.class).list();
    }

    /**
     * A commissioner (or the LA team for one) asks for a provider that is not listed: an existing one
     * ({@code providerId}) or a new one named here, which is added to the LA's providers as not listed.
     */
    @Transactional
    public UUID request(SignedInUser user, UUID providerId, String newName, String newRegistration, String reason) {
        if (!user.is(Role.SCHOOL_COMMISSIONER, Role.PARENT_COMMISSIONER, Role.LA_ADMIN, Role.LA_OFFICER)) {
            throw new ForbiddenException("Only commissioners and the LA's AP team request desk-top reviews");
        }
        Problems p = new Problems();
        if (providerId == null) {
            if (newName == null || newName.isBlank()) {
                p.add("providerId", "Choose the provider, or enter the name of a provider that is not in the list");
            } else if (newName.length() > 200) {
                p.add("newName", "Name must be 200 characters or fewer");
            }
            if ((newName != null && !newName.isBlank()) && Registration.parse(newRegistration) == null) {
                p.add("newRegistration", "Choose the new provider's registration status");
            }
        } else if (!directory.visibleTo(user, providerId)) {
            throw new NotFoundException("Provider");
        }
        if (reason == null || reason.isBlank()) {
            p.add("reason", "Explain why the pupil needs this provider and no listed one meets the need");
        } else if (reason.length() > 2000) {
            p.add("reason", "The reason must be 2,000 characters or fewer");
        }
        p.throwIfAny();
        UUID provider = providerId;
        if (provider == null) {
            provider = organisations.createProviderOrganisation(newName.trim(), Registration.parse(newRegistration).name(),
                    user.localAuthorityId());
        }
        DirectoryStatus status = directory.status(provider).orElseThrow();
        if (status != DirectoryStatus.NOT_LISTED) {
            throw new ConflictException("A desk-top review is only for providers that are not listed",
                    List.of("This provider is " + status.label().toLowerCase() + " on the directory"));
        }
        if (of(provider).stream().anyMatch(Review::isOpen)) {
            throw new ConflictException("A desk-top review of this provider has already been requested",
                    List.of("The local authority's AP lead is reviewing it; you will be told the decision"));
        }
        UUID id = UUID.randomUUID();
        LocalDate today = LocalDate.now(clock);
        db.sql("""
                insert into desk_top_review (id, provider_id, local_authority_id, requested_by, requester_org_type,
                    requester_org_id, requested_on, reason, status, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'REQUESTED', ?)""")
                .params(id, provider, user.localAuthorityId(), user.id(), user.organisationType().name(),
                        user.organisationId(), today, reason.trim(), Timestamps.now(clock))
                .update();
        for (UserAccount u : users.activeUsersOf(user.localAuthorityId(), Role.LA_OFFICER, Role.LA_ADMIN)) {
            events.publishEvent(new NoticeForUser(u.id(), "Desk-top review requested",
                    "A commissioner needs a provider that is not on the directory. Check its insurances, policies "
                            + "and safeguarding.", "/directory/desk-top-reviews/" + id));
        }
        return id;
    }

    /** The LA AP lead records what was checked (kept while the review is open). */
    @Transactional
    public void recordChecks(SignedInUser user, UUID id, int version, boolean insurances, String insurancesNote,
            boolean policies, String policiesNote, boolean safeguarding, String safeguardingNote) {
        requireLa(user);
        Review r = get(user, id);
        if (!r.isOpen()) {
            throw new ConflictException("The review has been decided; its checks can no longer change");
        }
        Problems p = new Problems();
        note(p, "insurancesNote", insurances, insurancesNote, "insurances");
        note(p, "policiesNote", policies, policiesNote, "policies");
        note(p, "safeguardingNote", safeguarding, safeguardingNote, "safeguarding");
        p.throwIfAny();
        int n = db.sql("""
                update desk_top_review set insurances_checked = ?, insurances_note = ?, policies_checked = ?,
                    policies_note = ?, safeguarding_checked = ?, safeguarding_note = ?, version = version + 1
                where id = ? and version = ?""")
                .params(insurances, blank(insurancesNote), policies, blank(policiesNote), safeguarding,
                        blank(safeguardingNote), id, version)
                .update();
        if (n == 0) {
            throw ConflictException.staleEdit("The desk-top review");
        }
    }

    public static List<String> missingForApproval(Review r) {
        List<String> missing = new ArrayList<>();
        if (!r.insurancesChecked()) {
            missing.add("Insurances: not checked yet");
        }
        if (!r.policiesChecked()) {
            missing.add("Policies: not checked yet");
        }
        if (!r.safeguardingChecked()) {
            missing.add("Safeguarding: not checked yet");
        }
        return missing;
    }

    /** The decision: approval needs all three checks; a rejection needs reasons. */
    @Transactional
    public void decide(SignedInUser user, UUID id, int version, boolean approve, String reason) {
        requireLa(user);
        Review r = get(user, id);
        if (!approve && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("decisionReason", "Enter the reasons the provider cannot be used");
        }
        if (!r.isOpen()) {
            throw new ConflictException("The review has already been decided");
        }
        if (approve && !missingForApproval(r).isEmpty()) {
            throw new ConflictException("The provider cannot be approved yet", missingForApproval(r));
        }
        LocalDate today = LocalDate.now(clock);
        int n = db.sql("""
                update desk_top_review set status = ?, decided_on = ?, decided_by = ?, decision_reason = ?,
                    version = version + 1 where id = ? and version = ?""")
                .params(approve ? "APPROVED" : "REJECTED", today, user.id(), blank(reason), id, version).update();
        if (n == 0) {
            throw ConflictException.staleEdit("The desk-top review");
        }
        if (approve) {
            directory.changeStatus(r.providerId(), DirectoryStatus.APPROVED, today,
                    "Approved by desk-top review" + (blank(reason) == null ? "" : ": " + reason.trim()), user.id());
        }
        events.publishEvent(new NoticeForUser(r.requestedBy(),
                approve ? "Desk-top review: provider approved" : "Desk-top review: provider not approved",
                approve ? r.providerName() + " passed the local authority's desk-top review and can take placements."
                        : r.providerName() + " did not pass the desk-top review: " + reason.trim(),
                "/directory/desk-top-reviews/" + id));
    }

    private static void note(Problems p, String field, boolean checked, String note, String what) {
        if (checked && (note == null || note.isBlank())) {
            p.add(field, "Enter what you saw of the provider's " + what);
        } else if (note != null && note.length() > 2000) {
            p.add(field, "The note must be 2,000 characters or fewer");
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static void requireLa(SignedInUser user) {
        if (!user.is(Role.LA_ADMIN, Role.LA_OFFICER)) {
            throw new ForbiddenException("Only the local authority's AP lead records desk-top reviews");
        }
    }

    static boolean isCommissioner(SignedInUser user) {
        return user.organisationType() == OrganisationType.SCHOOL || user.organisationType() == OrganisationType.FAMILY;
    }
}
