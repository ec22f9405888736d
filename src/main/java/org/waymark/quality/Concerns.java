package org.waymark.quality;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.audit.AuditTrail;
import org.waymark.organisation.SignedInUser;
import org.waymark.shared.ConflictException;
import org.waymark.shared.ForbiddenException;
import org.waymark.shared.NotFoundException;
import org.waymark.shared.Problems;
import org.waymark.shared.Timestamps;

/**
 * The concerns register: anyone working with a provider raises a concern about it (optionally about one child);
 * safeguarding concerns reach the LA AP lead and officers at once; the LA triages, links a responsive QA visit,
 * records the outcome and closes it. Scope: the LA's officers see concerns about providers its children attend
 * (and those its own people raised); a school, provider or family sees those its people raised; a partner or
 * QA professional those they raised themselves (and a QA professional those behind visits assigned to them).
 */
@Service
public class Concerns {

    public record Concern(UUID id, UUID providerId, String providerName, UUID pupilId, ConcernCategory category,
            String description, ConcernStatus status, UUID raisedBy, String raisedByName, String raisedByOrgType,
            UUID raisedByOrgId, LocalDate raisedOn, LocalDate triagedOn, String triageNote, UUID responsiveVisitId,
            String outcome, LocalDate closedOn, int version) {
        public boolean open() {
            return status != ConcernStatus.CLOSED;
        }
    }

    private static final String COLUMNS = """
            c.id, c.provider_id, p.name as provider_name, c.pupil_id, c.category, c.description, c.status, c.raised_by,
            u.name as raised_by_name, c.raised_by_org_type, c.raised_by_org_id, c.raised_on, c.triaged_on, c.triage_note,
            c.responsive_visit_id, c.outcome, c.closed_on, c.version
            from concern c join provider p on p.id = c.provider_id join app_user u on u.id = c.raised_by
            """;

    private final JdbcClient db;
    private final Clock clock;
    private final QaNotifier notify;
    private final QaVisits visits;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    private final org.waymark.pupil.Pupils pupils;

    Concerns(JdbcClient db, Clock clock, QaNotifier notify, QaVisits visits, AuditTrail audit,
            ApplicationEventPublisher events, org.waymark.pupil.Pupils pupils) {
        this.pupils = pupils;
        this.db = db;
        this.clock = clock;
        this.notify = notify;
        this.visits = visits;
        this.audit = audit;
        this.events = events;
    }

    private static String scope(SignedInUser user) {
        return switch (user.role()) {
            case LA_ADMIN, LA_OFFICER -> "(c.raised_by_la_id = :la or exists (select 1 from provider_local_authority pla "
                    + "where pla.provider_id = c.provider_id and pla.local_authority_id = :la))";
            case QA_PROFESSIONAL -> "(c.raised_by = :me or exists (select 1 from qa_visit v where v.concern_id = c.id "
                    + "and v.qa_professional_id = :me))";
            case PARTNER -> "c.raised_by = :me";
            default -> "c.raised_by_org_id = :org";
        };
    }

    private JdbcClient.StatementSpec scoped(String sql, SignedInUser user) {
        return db.sql(sql).param("la", user.localAuthorityId()).param("me", user.id())
                .param("org", user.organisationId());
    }

    /** Raises a concern about a provider the user's LA works with. */
    @Transactional
    public Concern raise(SignedInUser user, UUID providerId, UUID pupilId, String category, String description) {
        Problems p = new Problems();
        if (providerId == null) {
            p.add("providerId", "Choose the provider the concern is about");
        } else if (db.sql("select count(*) from provider_local_authority where provider_id = ? and local_authority_id = ?")
                .params(providerId, user.localAuthorityId()).query(Long.class).single() == 0) {
            p.add("providerId", "Choose a provider your local authority works with");
        }
        ConcernCategory cat = null;
        if (category == null || category.isBlank()) {
            p.add("category", "Choose the category of the concern");
        } else {
            try {
                cat = ConcernCategory.valueOf(category);
            } catch (IllegalArgumentException e) {
                p.add("category", "Choose the category of the concern");
            }
        }
        if (description == null || description.isBlank()) {
            p.add("description", "Describe the concern");
        } else if (description.length() > 4000) {
            p.add("description", "The description must be 4,000 characters or fewer");
        }
        p.throwIfAny();
        if (pupilId != null && !pupils.canSee(user, pupilId)) {
            throw new NotFoundException("Pupil"); // a concern names only a pupil the reporter may see
        }
        UUID id = UUID.randomUUID();
        LocalDate today = LocalDate.now(clock);
        db.sql("""
                insert into concern (id, provider_id, pupil_id, category, description, status, raised_by, raised_by_org_type,
                    raised_by_org_id, raised_by_la_id, raised_on, raised_at) values (?, ?, ?, ?, ?, 'RAISED', ?, ?, ?, ?, ?, ?)""")
                .params(id, providerId, pupilId, cat.name(), description.trim(), user.id(), user.organisationType().name(),
                        user.organisationId(), user.localAuthorityId(), today, Timestamps.now(clock)).update();
        if (pupilId != null) {
            audit.record(user, AuditTrail.Action.CREATED, "CONCERN", id, pupilId, user.localAuthorityId(),
                    "concern raised about a provider, naming the child");
        }
        List<UUID> las = db.sql("select local_authority_id from provider_local_authority where provider_id = ?")
                .param(providerId).query(UUID.class).list();
        String providerName = db.sql("select name from provider where id = ?").param(providerId).query(String.class).single();
        String categoryWords = cat.label().toLowerCase();
        boolean safeguarding = cat == ConcernCategory.SAFEGUARDING;
        for (UUID la : las) {
            if (safeguarding) {
                notify.laLeads(la, "Safeguarding concern raised: " + providerName,
                        "A safeguarding concern about " + providerName + " was raised on " + QaWords.date(today)
                                + ". Triage it now.", "/concerns/" + id);
            } else {
                db.sql("select id from app_user where organisation_id = ? and active = true and role in ('LA_ADMIN', 'LA_OFFICER')")
                        .param(la).query(UUID.class).list()
                        .forEach(u -> notify.noticeOnly(u, "Concern raised: " + providerName,
                                "A " + categoryWords + " concern about " + providerName + " was raised.", "/concerns/" + id));
            }
        }
        events.publishEvent(new ConcernRaised(id, providerId, pupilId, cat));
        return concern(user, id);
    }

    /** A concern the user may see, or 404; a view of a concern naming a child is audited. */
    public Concern concern(SignedInUser user, UUID id) {
        Concern c = scoped("select " + COLUMNS + " where c.id = :id and " + scope(user), user).param("id", id)
                .query(Concern.class).optional().orElseThrow(() -> new NotFoundException("Concern"));
        if (c.pupilId() != null) {
            audit.record(user, AuditTrail.Action.VIEWED, "CONCERN", id, c.pupilId(), user.localAuthorityId(),
                    "concern viewed");
        }
        return c;
    }

    /** Concerns in the user's scope, open first then newest; optionally only those about one provider. */
    public List<Concern> list(SignedInUser user, UUID providerId, boolean openOnly, int page, int size) {
        return scoped("select " + COLUMNS + " where " + scope(user) + filter(providerId, openOnly)
                + " order by case when c.status = 'CLOSED' then 1 else 0 end, c.raised_on desc, c.id"
                + " limit :size offset :offset", user).param("provider", providerId).param("size", size)
                .param("offset", (long) page * size).query(Concern.class).list();
    }

    public long count(SignedInUser user, UUID providerId, boolean openOnly) {
        return scoped("select count(*) from concern c where " + scope(user) + filter(providerId, openOnly), user)
                .param("provider", providerId).query(Long.class).single();
    }

    private static String filter(UUID providerId, boolean openOnly) {
        return (providerId == null ? "" : " and c.provider_id = :provider") + (openOnly ? " and c.status <> 'CLOSED'" : "");
    }

    private Concern ownLaConcern(SignedInUser user, UUID id) {
        if (!user.isLaWide()) {
            throw new ForbiddenException("Only the LA's AP lead and officers triage and close concerns");
        }
        return concern(user, id);
    }

    /** The LA records its triage: what it will do. The concern stays open. */
    @Transactional
    public void triage(SignedInUser user, UUID id, int version, String note) {
        Concern c = ownLaConcern(user, id);
        if (!c.open()) {
            throw new ConflictException("The concern is closed");
        }
        if (note == null || note.isBlank()) {
            throw new org.waymark.shared.InvalidInputException("triageNote", "Enter the triage decision");
        }
        if (note.length() > 4000) {
            throw new org.waymark.shared.InvalidInputException("triageNote", "The triage decision must be 4,000 characters or fewer");
        }
        QaVisits.bump(db.sql("""
                update concern set status = 'TRIAGED', triaged_by = ?, triaged_on = ?, triage_note = ?, version = version + 1
                where id = ? and version = ?""").params(user.id(), LocalDate.now(clock), note.trim(), id, version).update());
        audit(user, c, "concern triaged");
    }

    /** Plans a responsive QA visit about the concern and links it; the concern is triaged. */
    @Transactional
    public UUID arrangeResponsiveVisit(SignedInUser user, UUID id, int version, LocalDate plannedOn, UUID visitorId) {
        Concern c = ownLaConcern(user, id);
        if (!c.open()) {
            throw new ConflictException("The concern is closed");
        }
        if (c.responsiveVisitId() != null) {
            throw new ConflictException("A responsive visit is already linked to this concern");
        }
        UUID visitId = visits.plan(user, c.providerId(), VisitType.RESPONSIVE, plannedOn, visitorId, id);
        QaVisits.bump(db.sql("""
                update concern set status = 'TRIAGED', responsive_visit_id = ?, triaged_by = coalesce(triaged_by, ?),
                    triaged_on = coalesce(triaged_on, ?), version = version + 1 where id = ? and version = ?""")
                .params(visitId, user.id(), LocalDate.now(clock), id, version).update());
        audit(user, c, "responsive visit linked");
        return visitId;
    }

    /** Links a visit the LA already planned or recorded as the concern's responsive visit; the concern is triaged. */
    @Transactional
    public void linkResponsiveVisit(SignedInUser user, UUID id, int version, UUID visitId) {
        Concern c = ownLaConcern(user, id);
        QaVisits.QaVisit v = visits.visit(user, visitId);
        if (!v.providerId().equals(c.providerId()) || !v.localAuthorityId().equals(user.localAuthorityId())) {
            throw new ConflictException("The visit must be your local authority's visit of the same provider");
        }
        QaVisits.bump(db.sql("""
                update concern set status = case when status = 'CLOSED' then status else 'TRIAGED' end,
                    responsive_visit_id = ?, triaged_by = coalesce(triaged_by, ?), triaged_on = coalesce(triaged_on, ?),
                    version = version + 1 where id = ? and version = ?""")
                .params(visitId, user.id(), LocalDate.now(clock), id, version).update());
        db.sql("update qa_visit set concern_id = ? where id = ?").params(id, visitId).update();
        audit(user, c, "responsive visit linked");
    }

    /** The LA records the outcome and closes the concern. */
    @Transactional
    public void close(SignedInUser user, UUID id, int version, String outcome) {
        Concern c = ownLaConcern(user, id);
        if (!c.open()) {
            throw new ConflictException("The concern is already closed");
        }
        if (outcome == null || outcome.isBlank()) {
            throw new org.waymark.shared.InvalidInputException("outcome", "Enter the outcome of the concern");
        }
        if (outcome.length() > 4000) {
            throw new org.waymark.shared.InvalidInputException("outcome", "The outcome must be 4,000 characters or fewer");
        }
        QaVisits.bump(db.sql("""
                update concern set status = 'CLOSED', outcome = ?, closed_by = ?, closed_on = ?, version = version + 1
                where id = ? and version = ?""").params(outcome.trim(), user.id(), LocalDate.now(clock), id, version).update());
        audit(user, c, "concern closed");
        if (!c.raisedBy().equals(user.id())) {
            notify.noticeOnly(c.raisedBy(), "Concern closed: " + c.providerName(),
                    "The local authority has closed the concern you raised and recorded its outcome.", "/concerns/" + id);
        }
    }

    private void audit(SignedInUser user, Concern c, String detail) {
        if (c.pupilId() != null) {
            audit.record(user, AuditTrail.Action.CHANGED, "CONCERN", c.id(), c.pupilId(), user.localAuthorityId(), detail);
        }
    }
}
