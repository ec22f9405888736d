package org.waymark.quality;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.calendar.SchoolCalendar;
import org.waymark.directory.DirectoryStatus;
import org.waymark.directory.ProviderDirectory;
import org.waymark.organisation.OrganisationRef;
import org.waymark.organisation.OrganisationType;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.organisation.UserAccount;
import org.waymark.organisation.Users;
import org.waymark.shared.ConflictException;
import org.waymark.shared.ForbiddenException;
import org.waymark.shared.NotFoundException;
import org.waymark.shared.Problems;
import org.waymark.shared.Timestamps;

/**
 * QA visits of providers: the plan, assignment and notice to the provider, the visit record, sign-off and sharing,
 * action plans and their escalation to suspension. Reads and writes are scoped in SQL: the LA's officers see the
 * visits of providers its children attend and change their own LA's; a QA professional sees the visits assigned to
 * them; provider staff see their own provider's visits, and its report once signed off.
 */
@Service
public class QaVisits {

    public record QaVisit(UUID id, UUID localAuthorityId, UUID providerId, String providerName, VisitType visitType,
            VisitStatus status, LocalDate plannedOn, UUID qaProfessionalId, String qaProfessionalName, UUID concernId,
            OffsetDateTime providerNotifiedAt, LocalDate visitedOn, String activities, Judgement overallOutcome,
            String summary, OffsetDateTime signedOffAt, Escalation escalation, LocalDate escalatedOn,
            String escalationReason, LocalDate escalationClosedOn, int version) {

        public List<Activity> activityList() {
            return activities == null || activities.isBlank() ? List.of()
                    : Arrays.stream(activities.split(",")).map(Activity::valueOf).toList();
        }

        public boolean escalationOpen() {
            return escalation != null && escalation.open();
        }

        public boolean signedOff() {
            return status == VisitStatus.SIGNED_OFF;
        }
    }

    public record SectionJudgement(QaSection section, Judgement judgement, String strengths,
            String areasForDevelopment) {
    }

    public record ActionItem(UUID id, UUID visitId, QaSection section, String description, String owner,
            LocalDate dueOn, String status, LocalDate completedOn, int version) {
        public boolean done() {
            return "DONE".equals(status);
        }
    }

    /** What the QA professional records of a visit; judgements may be incomplete until sign-off. */
    public record VisitRecord(LocalDate visitedOn, Set<Activity> activities,
            Map<ChecklistItem, ChecklistItem.Answer> checklist, Map<QaSection, SectionJudgement> sections,
            String summary) {
    }

    /** A provider on the LA's directory and when its next routine visit falls due. */
    public record DueProvider(UUID providerId, String providerName, LocalDate lastVisit, LocalDate dueBy,
            VisitType type, boolean overdue, UUID plannedVisitId, LocalDate plannedOn) {
    }

    static final String COLUMNS = """
            v.id, v.local_authority_id, v.provider_id, p.name as provider_name, v.visit_type, v.status, v.planned_on,
            v.qa_professional_id, u.name as qa_professional_name, v.concern_id, v.provider_notified_at, v.visited_on,
            v.activities, v.overall_outcome, v.summary, v.signed_off_at, v.escalation, v.escalated_on,
            v.escalation_reason, v.escalation_closed_on, v.version
            from qa_visit v join provider p on p.id = v.provider_id left join app_user u on u.id = v.qa_professional_id
            """;

    private final JdbcClient db;
    private final Clock clock;
    private final Organisations organisations;
    private final Users users;
    private final ProviderDirectory directory;
    private final SchoolCalendar calendar;
    private final QaNotifier notify;
    private final org.waymark.commissioning.Placements placements;
    private final QaRecords records;
    private final ApplicationEventPublisher events;

    QaVisits(JdbcClient db, Clock clock, Organisations organisations, Users users, ProviderDirectory directory,
            SchoolCalendar calendar, QaNotifier notify, QaRecords records, ApplicationEventPublisher events,
            org.waymark.commissioning.Placements placements) {
        this.placements = placements;
        this.db = db;
        this.clock = clock;
        this.organisations = organisations;
        this.users = users;
        this.directory = directory;
        this.calendar = calendar;
        this.notify = notify;
        this.records = records;
        this.events = events;
    }

    // ---- scope -----------------------------------------------------------------------------

    /** The SQL condition on {@code v} (qa_visit) for what the user may read; 403 for roles that see no QA. */
    static String readScope(SignedInUser user) {
        return switch (user.role()) {
            // the LAs the provider works with; and, for its signed-off reports, every LA whose children attend it
            case LA_ADMIN, LA_OFFICER -> "(exists (select 1 from provider_local_authority pla "
                    + "where pla.provider_id = v.provider_id and pla.local_authority_id = :la)"
                    + " or (v.status = 'SIGNED_OFF' and v.provider_id in (:attended)))";
            case QA_PROFESSIONAL -> "v.qa_professional_id = :me";
            case PROVIDER_STAFF -> "v.provider_id = :org and v.status <> 'CANCELLED'";
            default -> throw new ForbiddenException("QA visits are for the local authority, QA professionals and "
                    + "the provider; the latest outcome is on the provider's directory page");
        };
    }

    private JdbcClient.StatementSpec scoped(String sql, SignedInUser user) {
        return db.sql(sql).param("la", user.localAuthorityId()).param("me", user.id())
                .param("org", user.organisationId()).param("attended", attended(user));
    }

    /** The providers where the LA's children are placed now (never empty: SQL {@code in ()} is invalid). */
    List<UUID> attended(SignedInUser user) {
        if (!user.isLaWide()) {
            return List.of(new UUID(0, 0));
        }
        List<UUID> ids = placements.providersAttendedBy(user.localAuthorityId());
        return ids.isEmpty() ? List.of(new UUID(0, 0)) : ids;
    }

    /** A visit the user may see, or 404. */
    public QaVisit visit(SignedInUser user, UUID id) {
        return scoped("select " + COLUMNS + " where v.id = :id and " + readScope(user), user).param("id", id)
                .query(QaVisit.class).optional().orElseThrow(() -> new NotFoundException("QA visit"));
    }

    /** The visits of a provider the user may see, newest first; 404 when the provider is out of scope. */
    public List<QaVisit> visitsOfProvider(SignedInUser user, UUID providerId) {
        readScope(user);
        requireProviderInScope(user, providerId);
        return scoped("select " + COLUMNS + " where v.provider_id = :provider and " + readScope(user)
                + " order by v.planned_on desc, v.created_at desc", user).param("provider", providerId)
                .query(QaVisit.class).list();
    }

    /** The visits the user may see planned or done between two dates, by date. */
    public List<QaVisit> visitsBetween(SignedInUser user, LocalDate from, LocalDate to) {
        return scoped("select " + COLUMNS + " where coalesce(v.visited_on, v.planned_on) between :from and :to and "
                + readScope(user) + " order by coalesce(v.visited_on, v.planned_on), p.name", user)
                .param("from", from).param("to", to).query(QaVisit.class).list();
    }

    private void requireProviderInScope(SignedInUser user, UUID providerId) {
        boolean ok = switch (user.role()) {
            case LA_ADMIN, LA_OFFICER -> db.sql("select count(*) from provider_local_authority "
                    + "where provider_id = ? and local_authority_id = ?").params(providerId, user.localAuthorityId())
                    .query(Long.class).single() > 0 || attended(user).contains(providerId);
            case QA_PROFESSIONAL -> db.sql("select count(*) from qa_visit where provider_id = ? and qa_professional_id = ?")
                    .params(providerId, user.id()).query(Long.class).single() > 0;
            case PROVIDER_STAFF -> user.organisationId().equals(providerId);
            default -> false;
        };
        if (!ok) {
            throw new NotFoundException("Provider");
        }
    }

    private static void requireLaOfficer(SignedInUser user) {
        if (!user.isLaWide()) {
            throw new ForbiddenException("Only the LA's AP lead and officers plan and sign off QA");
        }
    }

    /** A visit the LA officer's own LA carries out (404 otherwise, 403 for other roles). */
    private QaVisit ownLaVisit(SignedInUser user, UUID id) {
        requireLaOfficer(user);
        QaVisit v = visit(user, id);
        if (!v.localAuthorityId().equals(user.localAuthorityId())) {
            throw new NotFoundException("QA visit");
        }
        return v;
    }

    /** A visit the user may record: its assigned QA professional, or the LA's officers. */
    private QaVisit recordableVisit(SignedInUser user, UUID id) {
        if (!user.isLaWide() && user.role() != Role.QA_PROFESSIONAL) {
            throw new ForbiddenException("Only the QA professional or the LA records a QA visit");
        }
        QaVisit v = visit(user, id);
        if (user.isLaWide() && !v.localAuthorityId().equals(user.localAuthorityId())) {
            throw new NotFoundException("QA visit");
        }
        return v;
    }

    // ---- the plan ----------------------------------------------------------------------------

    /** The people of the LA who may carry out a visit: QA professionals, the AP lead and officers. */
    public List<UserAccount> visitors(UUID localAuthorityId) {
        List<UserAccount> list = new ArrayList<>(users.activeUsersOf(localAuthorityId, Role.QA_PROFESSIONAL));
        list.addAll(users.activeUsersOf(localAuthorityId, Role.LA_ADMIN, Role.LA_OFFICER));
        return list;
    }

    /** Providers the LA works with (for choosing one), by name. */
    public List<OrganisationRef> providersOf(SignedInUser user) {
        requireLaOfficer(user);
        return organisations.administeredBy(user.localAuthorityId()).stream()
                .filter(o -> o.type() == OrganisationType.PROVIDER).toList();
    }

    /**
     * Every approved provider of the LA with the date its next routine visit is due, and the visit planned for
     * it if any (a planned or recorded visit after its last one).
     */
    public List<DueProvider> due(SignedInUser user) {
        LocalDate today = LocalDate.now(clock);
        List<OrganisationRef> providers = providersOf(user);
        Map<UUID, LocalDate> last = records.lastVisitDates(providers.stream().map(OrganisationRef::id).toList());
        List<DueProvider> list = new ArrayList<>();
        for (OrganisationRef p : providers) {
            if (!directory.isApproved(p.id())) {
                continue;
            }
            LocalDate lastVisit = last.get(p.id());
            LocalDate approvedOn = directory.statusSince(p.id()).orElse(today);
            LocalDate dueBy = VisitSchedule.dueBy(lastVisit, approvedOn);
            Optional<Map.Entry<UUID, LocalDate>> planned = db.sql("""
                    select id, planned_on from qa_visit where provider_id = ? and local_authority_id = ?
                    and status = 'PLANNED' order by planned_on fetch first 1 rows only""")
                    .params(p.id(), user.localAuthorityId())
                    .query((rs, i) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class)))
                    .optional();
            list.add(new DueProvider(p.id(), p.name(), lastVisit, dueBy, VisitSchedule.routineType(lastVisit),
                    VisitSchedule.overdue(lastVisit, approvedOn, today), planned.map(Map.Entry::getKey).orElse(null),
                    planned.map(Map.Entry::getValue).orElse(null)));
        }
        list.sort(java.util.Comparator.comparing(DueProvider::dueBy));
        return list;
    }

    /**
     * Plans a routine visit for every approved provider due one by the end of the academic year and without a
     * planned visit, on the proposed date; the LA then assigns each to a visitor. Answers how many were planned.
     */
    @Transactional
    public int planDueVisits(SignedInUser user) {
        requireLaOfficer(user);
        LocalDate today = LocalDate.now(clock);
        LocalDate yearEnd = calendar.years(user.localAuthorityId()).stream()
                .filter(y -> !today.isBefore(y.startDate()) && !today.isAfter(y.endDate()))
                .map(SchoolCalendar.AcademicYear::endDate).findFirst().orElse(today.plusYears(1));
        int planned = 0;
        for (DueProvider d : due(user)) {
            if (d.plannedVisitId() == null && VisitSchedule.dueWithin(d.dueBy(), yearEnd)) {
                insert(user, d.providerId(), d.type(), VisitSchedule.proposedDate(d.dueBy(), today), null, null);
                planned++;
            }
        }
        return planned;
    }

    /**
     * Plans a visit of a provider of the LA. With a visitor named, the provider is told the date at once and asked
     * for its self-assessment.
     */
    @Transactional
    public UUID plan(SignedInUser user, UUID providerId, VisitType type, LocalDate plannedOn, UUID visitorId,
            UUID concernId) {
        return plan(user, providerId, type, plannedOn, visitorId, concernId, new Problems());
    }

    /** As {@link #plan}, adding to problems already found in the input (e.g. a date that is not a date). */
    @Transactional
    public UUID plan(SignedInUser user, UUID providerId, VisitType type, LocalDate plannedOn, UUID visitorId,
            UUID concernId, Problems p) {
        requireLaOfficer(user);
        if (providerId == null) {
            p.add("providerId", "Choose the provider to visit");
        } else if (providersOf(user).stream().noneMatch(o -> o.id().equals(providerId))) {
            throw new NotFoundException("Provider");
        }
        if (type == null) {
            p.add("type", "Choose the type of visit");
        }
        checkDateAndVisitor(user, plannedOn, visitorId, p);
        p.throwIfAny();
        UUID id = insert(user, providerId, type, plannedOn, visitorId, concernId);
        if (visitorId != null) {
            notifyAssignment(id);
        }
        return id;
    }

    private void checkDateAndVisitor(SignedInUser user, LocalDate plannedOn, UUID visitorId, Problems p) {
        if (plannedOn == null) {
            if (!p.has("plannedOn-day")) {
                p.add("plannedOn-day", "Enter the date of the visit");
            }
        } else if (plannedOn.isBefore(LocalDate.now(clock))) {
            p.add("plannedOn-day", "The date of the visit must be today or in the future");
        }
        if (visitorId != null && visitors(user.localAuthorityId()).stream().noneMatch(u -> u.id().equals(visitorId))) {
            p.add("visitorId", "Choose a QA professional or officer of your local authority");
        }
    }

    private UUID insert(SignedInUser user, UUID providerId, VisitType type, LocalDate plannedOn, UUID visitorId,
            UUID concernId) {
        UUID id = UUID.randomUUID();
        db.sql("""
                insert into qa_visit (id, local_authority_id, provider_id, visit_type, status, planned_on,
                    qa_professional_id, concern_id, created_by, created_at) values (?, ?, ?, ?, 'PLANNED', ?, ?, ?, ?, ?)""")
                .params(id, user.localAuthorityId(), providerId, type.name(), plannedOn, visitorId, concernId,
                        user.id(), Timestamps.now(clock)).update();
        db.sql("insert into qa_self_assessment (visit_id, status) values (?, 'NOT_STARTED')").param(id).update();
        return id;
    }

    /** A visit that took place on {@code visitedOn}, entered afterwards (history, or through the API). */
    UUID insertTookPlace(SignedInUser user, UUID providerId, VisitType type, LocalDate visitedOn, UUID visitorId) {
        requireLaOfficer(user);
        if (providersOf(user).stream().noneMatch(o -> o.id().equals(providerId))) {
            throw new NotFoundException("Provider");
        }
        Problems p = new Problems();
        if (visitedOn == null || visitedOn.isAfter(LocalDate.now(clock))) {
            p.add("visitedOn", "Enter the date the visit took place, today or earlier");
        }
        if (visitorId != null && visitors(user.localAuthorityId()).stream().noneMatch(u -> u.id().equals(visitorId))) {
            p.add("qaProfessionalId", "Choose a QA professional or officer of your local authority");
        }
        p.throwIfAny();
        return insert(user, providerId, type, visitedOn, visitorId, null);
    }

    /** Assigns (or reassigns) the visitor and date of a planned visit, and tells the provider. */
    @Transactional
    public void assign(SignedInUser user, UUID visitId, int version, UUID visitorId, LocalDate plannedOn) {
        QaVisit v = ownLaVisit(user, visitId);
        if (v.status() != VisitStatus.PLANNED) {
            throw new ConflictException("Only a planned visit can be assigned", List.of("The visit is " + v.status().label().toLowerCase()));
        }
        Problems p = new Problems();
        if (visitorId == null) {
            p.add("visitorId", "Choose who will carry out the visit");
        }
        checkDateAndVisitor(user, plannedOn, visitorId, p);
        p.throwIfAny();
        bump(db.sql("update qa_visit set qa_professional_id = ?, planned_on = ?, version = version + 1 "
                + "where id = ? and version = ?").params(visitorId, plannedOn, visitId, version).update());
        notifyAssignment(visitId);
    }

    private void notifyAssignment(UUID visitId) {
        var v = db.sql("select " + COLUMNS + " where v.id = ?").param(visitId).query(QaVisit.class).single();
        String date = QaWords.date(v.plannedOn());
        notify.providerStaff(v.providerId(), "QA visit on " + date,
                v.visitType().label() + " QA visit of " + v.providerName() + " on " + date + " by "
                        + v.qaProfessionalName() + ". Please complete your self-assessment across the five "
                        + "sections and list or upload your policies before the visit.",
                "/qa/visits/" + visitId + "/self-assessment");
        notify.user(v.qaProfessionalId(), "QA visit assigned: " + v.providerName(),
                "You are to carry out the " + v.visitType().label().toLowerCase() + " QA visit of " + v.providerName()
                        + " on " + date + ".", "/qa/visits/" + visitId);
        db.sql("update qa_visit set provider_notified_at = ? where id = ?").params(Timestamps.now(clock), visitId).update();
    }

    @Transactional
    public void cancel(SignedInUser user, UUID visitId, int version) {
        QaVisit v = ownLaVisit(user, visitId);
        if (v.status() != VisitStatus.PLANNED) {
            throw new ConflictException("Only a planned visit can be cancelled");
        }
        bump(db.sql("update qa_visit set status = 'CANCELLED', version = version + 1 where id = ? and version = ?")
                .params(visitId, version).update());
    }

    // ---- the visit record ------------------------------------------------------------------

    public List<SectionJudgement> judgements(SignedInUser user, UUID visitId) {
        visit(user, visitId);
        Map<QaSection, SectionJudgement> found = new EnumMap<>(QaSection.class);
        db.sql("select section, judgement, strengths, areas_for_development from qa_section_judgement where visit_id = ?")
                .param(visitId).query(SectionJudgement.class).list().forEach(j -> found.put(j.section(), j));
        return Arrays.stream(QaSection.values())
                .map(s -> found.getOrDefault(s, new SectionJudgement(s, null, null, null))).toList();
    }

    public Map<ChecklistItem, ChecklistItem.Answer> checklist(SignedInUser user, UUID visitId) {
        visit(user, visitId);
        Map<ChecklistItem, ChecklistItem.Answer> map = new EnumMap<>(ChecklistItem.class);
        db.sql("select item, answer from qa_checklist_answer where visit_id = ?").param(visitId)
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2))).list().forEach(e -> {
                    try {
                        map.put(ChecklistItem.valueOf(e.getKey()), ChecklistItem.Answer.valueOf(e.getValue()));
                    } catch (IllegalArgumentException ignored) {
                        // an item retired from the checklist
                    }
                });
        return map;
    }

    /** Saves the visit record (again, until sign-off); the visit becomes recorded. */
    @Transactional
    public void record(SignedInUser user, UUID visitId, int version, VisitRecord r) {
        QaVisit v = recordableVisit(user, visitId);
        if (v.status() == VisitStatus.SIGNED_OFF || v.status() == VisitStatus.CANCELLED) {
            throw new ConflictException("The visit is " + v.status().label().toLowerCase() + " and can no longer be changed");
        }
        Problems p = new Problems();
        if (r.visitedOn() == null) {
            if (!p.has("visitedOn-day")) {
                p.add("visitedOn-day", "Enter the date of the visit");
            }
        } else if (r.visitedOn().isAfter(LocalDate.now(clock))) {
            p.add("visitedOn-day", "The date of the visit must be today or in the past");
        }
        if (r.activities() == null || r.activities().isEmpty()) {
            p.add("activities", "Select the activities carried out on the visit");
        }
        for (SectionJudgement s : r.sections().values()) {
            if (length(s.strengths()) > 4000 || length(s.areasForDevelopment()) > 4000) {
                p.add("strengths-" + s.section().name(), "Strengths and areas for development must be 4,000 characters or fewer");
            }
        }
        if (length(r.summary()) > 4000) {
            p.add("summary", "The summary must be 4,000 characters or fewer");
        }
        p.throwIfAny();
        String activities = r.activities().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        Judgement overall = Judgement.overall(r.sections().values().stream().map(SectionJudgement::judgement).toList())
                .orElse(null);
        bump(db.sql("""
                update qa_visit set status = 'RECORDED', visited_on = ?, activities = ?, summary = ?, overall_outcome = ?,
                    recorded_by = ?, recorded_at = ?, version = version + 1 where id = ? and version = ?""")
                .params(r.visitedOn(), activities, blankToNull(r.summary()), overall == null ? null : overall.name(),
                        user.id(), Timestamps.now(clock), visitId, version).update());
        db.sql("delete from qa_section_judgement where visit_id = ?").param(visitId).update();
        for (QaSection s : QaSection.values()) {
            SectionJudgement j = r.sections().get(s);
            if (j != null) {
                db.sql("insert into qa_section_judgement (visit_id, section, judgement, strengths, areas_for_development) "
                        + "values (?, ?, ?, ?, ?)").params(visitId, s.name(), j.judgement() == null ? null : j.judgement().name(),
                        blankToNull(j.strengths()), blankToNull(j.areasForDevelopment())).update();
            }
        }
        db.sql("delete from qa_checklist_answer where visit_id = ?").param(visitId).update();
        r.checklist().forEach((item, answer) -> db.sql("insert into qa_checklist_answer (visit_id, item, answer) values (?, ?, ?)")
                .params(visitId, item.name(), answer.name()).update());
    }

    /** What stops a recorded visit from being signed off; empty when it can be. */
    public List<String> signOffProblems(SignedInUser user, UUID visitId) {
        QaVisit v = visit(user, visitId);
        List<String> problems = new ArrayList<>();
        if (v.status() != VisitStatus.RECORDED) {
            problems.add(v.status() == VisitStatus.SIGNED_OFF ? "The report is already signed off"
                    : "Record the visit before signing off the report");
            return problems;
        }
        List<SectionJudgement> judgements = judgements(user, visitId);
        boolean anyWeak = false;
        for (SectionJudgement j : judgements) {
            if (j.judgement() == null) {
                problems.add("Enter a judgement for section " + j.section().number() + ", " + j.section().label());
            } else if (j.judgement() != Judgement.EFFECTIVE) {
                anyWeak = true;
                if (j.areasForDevelopment() == null) {
                    problems.add("Enter the areas for development for section " + j.section().number() + ", "
                            + j.section().label());
                }
            }
        }
        if (anyWeak && actionItems(user, visitId).isEmpty()) {
            problems.add("Add an action plan item for each area that requires improvement");
        }
        return problems;
    }

    /**
     * The LA signs off the report and shares it with the provider. A report with significant concerns opens an
     * escalated action plan at once.
     */
    @Transactional
    public void signOff(SignedInUser user, UUID visitId, int version) {
        QaVisit v = ownLaVisit(user, visitId);
        List<String> problems = signOffProblems(user, visitId);
        if (!problems.isEmpty()) {
            throw new ConflictException("The report cannot be signed off yet", problems);
        }
        Judgement overall = Judgement.overall(judgements(user, visitId).stream().map(SectionJudgement::judgement).toList())
                .orElseThrow();
        LocalDate today = LocalDate.now(clock);
        boolean escalate = overall == Judgement.SIGNIFICANT_CONCERNS && !v.escalationOpen();
        bump(db.sql("""
                update qa_visit set status = 'SIGNED_OFF', overall_outcome = ?, signed_off_by = ?, signed_off_at = ?,
                    escalation = case when ? then 'ESCALATED' else escalation end,
                    escalated_on = case when ? then ? else escalated_on end,
                    escalation_reason = case when ? then ? else escalation_reason end,
                    version = version + 1 where id = ? and version = ?""")
                .params(overall.name(), user.id(), Timestamps.now(clock), escalate, escalate, today, escalate,
                        "The report found significant concerns", visitId, version).update());
        notify.providerStaff(v.providerId(), "QA report shared: " + v.providerName(),
                "The report of your QA visit on " + QaWords.date(v.visitedOn())
                        + " has been signed off by the local authority. Overall outcome: " + overall.label() + "."
                        + (escalate ? " Significant concerns have been escalated as an action plan." : ""),
                "/qa/visits/" + visitId);
        if (v.qaProfessionalId() != null) {
            notify.noticeOnly(v.qaProfessionalId(), "Report signed off: " + v.providerName(),
                    "The LA signed off your QA report.", "/qa/visits/" + visitId);
        }
        events.publishEvent(new QaReportSignedOff(visitId, v.providerId(), v.localAuthorityId(), overall));
    }

    // ---- action plans and escalation -------------------------------------------------------

    public List<ActionItem> actionItems(SignedInUser user, UUID visitId) {
        visit(user, visitId);
        return db.sql("""
                select id, visit_id, section, description, owner, due_on, status, completed_on, version
                from qa_action_item where visit_id = ? order by due_on, created_at""").param(visitId)
                .query(ActionItem.class).list();
    }

    @Transactional
    public UUID addActionItem(SignedInUser user, UUID visitId, QaSection section, String description, String owner,
            LocalDate dueOn, Problems p) {
        QaVisit v = recordableVisit(user, visitId);
        if (v.status() != VisitStatus.RECORDED && v.status() != VisitStatus.SIGNED_OFF) {
            throw new ConflictException("Record the visit before adding its action plan");
        }
        if (section == null) {
            p.add("section", "Choose the section the action is about");
        }
        if (description == null || description.isBlank()) {
            p.add("description", "Enter the action");
        } else if (description.length() > 2000) {
            p.add("description", "The action must be 2,000 characters or fewer");
        }
        if (owner == null || owner.isBlank()) {
            p.add("owner", "Enter who owns the action");
        } else if (owner.length() > 200) {
            p.add("owner", "The owner must be 200 characters or fewer");
        }
        if (dueOn == null) {
            if (!p.has("dueOn-day")) {
                p.add("dueOn-day", "Enter the date the action is due");
            }
        } else if (dueOn.isBefore(LocalDate.now(clock))) {
            p.add("dueOn-day", "The due date must be today or in the future");
        }
        p.throwIfAny();
        UUID id = UUID.randomUUID();
        db.sql("""
                insert into qa_action_item (id, visit_id, section, description, owner, due_on, status, created_at)
                values (?, ?, ?, ?, ?, ?, 'OPEN', ?)""")
                .params(id, visitId, section.name(), description.trim(), owner.trim(), dueOn, Timestamps.now(clock))
                .update();
        return id;
    }

    /** Marks an action done (or open again). The provider, the QA professional and the LA may. */
    @Transactional
    public UUID setActionDone(SignedInUser user, UUID itemId, int version, boolean done) {
        UUID visitId = db.sql("select visit_id from qa_action_item where id = ?").param(itemId).query(UUID.class)
                .optional().orElseThrow(() -> new NotFoundException("Action"));
        QaVisit v = visit(user, visitId);
        if (user.role() == Role.PROVIDER_STAFF && !v.signedOff()) {
            throw new NotFoundException("Action");
        }
        if (user.isLaWide() && !v.localAuthorityId().equals(user.localAuthorityId())) {
            throw new ForbiddenException("Only the LA that made the action plan changes it");
        }
        bump(db.sql("update qa_action_item set status = ?, completed_on = ?, version = version + 1 "
                + "where id = ? and version = ?").params(done ? "DONE" : "OPEN", done ? LocalDate.now(clock) : null,
                itemId, version).update());
        return visitId;
    }

    @Transactional
    public void escalate(SignedInUser user, UUID visitId, int version, String reason) {
        QaVisit v = recordableVisit(user, visitId);
        if (v.status() != VisitStatus.SIGNED_OFF && v.status() != VisitStatus.RECORDED) {
            throw new ConflictException("Only a recorded visit's action plan can be escalated");
        }
        if (v.escalationOpen()) {
            throw new ConflictException("The action plan is already escalated");
        }
        requireReason(reason);
        bump(db.sql("""
                update qa_visit set escalation = 'ESCALATED', escalated_on = ?, escalation_reason = ?,
                    escalation_closed_on = null, version = version + 1 where id = ? and version = ?""")
                .params(LocalDate.now(clock), reason.trim(), visitId, version).update());
        notify.laLeads(v.localAuthorityId(), "Action plan escalated: " + v.providerName(),
                "The QA action plan of " + v.providerName() + " has been escalated.", "/qa/visits/" + visitId);
    }

    @Transactional
    public void recommendSuspension(SignedInUser user, UUID visitId, int version, String reason) {
        QaVisit v = recordableVisit(user, visitId);
        if (v.escalation() != Escalation.ESCALATED) {
            throw new ConflictException("Suspension can be recommended only for an escalated action plan",
                    List.of("Escalate the action plan first"));
        }
        requireReason(reason);
        bump(db.sql("""
                update qa_visit set escalation = 'SUSPENSION_RECOMMENDED', suspension_recommended_by = ?,
                    escalation_reason = ?, version = version + 1 where id = ? and version = ?""")
                .params(user.id(), reason.trim(), visitId, version).update());
        notify.laLeads(v.localAuthorityId(), "Suspension recommended: " + v.providerName(),
                "Suspension of " + v.providerName() + " from the directory has been recommended after an escalated "
                        + "QA action plan. The LA AP lead decides.", "/qa/visits/" + visitId);
    }

    /**
     * The LA AP lead (the LA admin) confirms a recommended suspension: the provider is suspended from the directory
     * from today, so it takes no new placements (ADR 0601).
     */
    @Transactional
    public void confirmSuspension(SignedInUser user, UUID visitId, int version) {
        if (user.role() != Role.LA_ADMIN) {
            throw new ForbiddenException("Only the LA AP lead confirms a suspension");
        }
        QaVisit v = ownLaVisit(user, visitId);
        if (v.escalation() != Escalation.SUSPENSION_RECOMMENDED) {
            throw new ConflictException("There is no recommended suspension to confirm");
        }
        LocalDate today = LocalDate.now(clock);
        bump(db.sql("""
                update qa_visit set escalation = 'SUSPENDED', suspension_confirmed_by = ?, version = version + 1
                where id = ? and version = ?""").params(user.id(), visitId, version).update());
        if (directory.status(v.providerId()).orElse(DirectoryStatus.NOT_LISTED) != DirectoryStatus.REMOVED) {
            directory.changeStatus(v.providerId(), DirectoryStatus.SUSPENDED, today,
                    "Suspended after an escalated QA action plan (visit " + visitId + ")", user.id());
        }
        notify.providerStaff(v.providerId(), "Suspended from the directory",
                v.providerName() + " is suspended from the local authority's directory of approved providers from "
                        + QaWords.date(today) + " after an escalated QA action plan. It can take "
                        + "no new placements until the suspension is lifted.", "/qa/visits/" + visitId);
        events.publishEvent(new ProviderSuspendedAfterQa(v.providerId(), visitId, v.localAuthorityId(), today));
    }

    /** The LA closes an escalation (the directory status is the directory's to restore). */
    @Transactional
    public void resolveEscalation(SignedInUser user, UUID visitId, int version) {
        QaVisit v = ownLaVisit(user, visitId);
        if (!v.escalationOpen()) {
            throw new ConflictException("There is no open escalation");
        }
        bump(db.sql("""
                update qa_visit set escalation = 'RESOLVED', escalation_closed_on = ?, version = version + 1
                where id = ? and version = ?""").params(LocalDate.now(clock), visitId, version).update());
    }

    /**
     * Reminds providers of their open actions due within a week or overdue, at most once a week per action.
     * Answers how many actions were reminded.
     */
    @Transactional
    public int remindDueActions(LocalDate today) {
        record Due(UUID id, UUID visitId, UUID providerId, String providerName, String description, LocalDate dueOn,
                UUID qaProfessionalId) {
        }
        List<Due> due = db.sql("""
                select a.id, a.visit_id, v.provider_id, p.name as provider_name, a.description, a.due_on, v.qa_professional_id
                from qa_action_item a join qa_visit v on v.id = a.visit_id join provider p on p.id = v.provider_id
                where a.status = 'OPEN' and v.status = 'SIGNED_OFF' and a.due_on <= ?
                  and (a.last_reminded_on is null or a.last_reminded_on <= ?)""")
                .params(today.plusDays(7), today.minusDays(7)).query(Due.class).list();
        for (Due d : due) {
            boolean overdue = d.dueOn().isBefore(today);
            String when = QaWords.date(d.dueOn());
            notify.providerStaff(d.providerId(), (overdue ? "QA action overdue" : "QA action due") + ": " + d.providerName(),
                    "An action from your QA action plan " + (overdue ? "was due on " : "is due on ") + when + ".",
                    "/qa/visits/" + d.visitId());
            if (overdue && d.qaProfessionalId() != null) {
                notify.noticeOnly(d.qaProfessionalId(), "QA action overdue: " + d.providerName(),
                        "An action was due on " + when + ".", "/qa/visits/" + d.visitId());
            }
            db.sql("update qa_action_item set last_reminded_on = ? where id = ?").params(today, d.id()).update();
        }
        return due.size();
    }

    // ---- helpers ---------------------------------------------------------------------------

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new org.waymark.shared.InvalidInputException("reason", "Enter the reason");
        }
        if (reason.length() > 2000) {
            throw new org.waymark.shared.InvalidInputException("reason", "The reason must be 2,000 characters or fewer");
        }
    }

    static void bump(int updated) {
        if (updated == 0) {
            throw ConflictException.staleEdit("The QA record");
        }
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
