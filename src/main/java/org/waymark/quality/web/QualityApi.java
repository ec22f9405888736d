package org.waymark.quality.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.quality.Activity;
import org.waymark.quality.Concerns;
import org.waymark.quality.Judgement;
import org.waymark.quality.QaSection;
import org.waymark.quality.QaVisits;
import org.waymark.quality.VisitType;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.ListPage;
import org.waymark.shared.Problems;

/** {@code /providers/{id}/qa-visits} and {@code /concerns} of api.md, with a few additions. */
@RestController
@RequestMapping("/api/v1")
class QualityApi {

    record SectionJson(String section, String judgement, String strengths, String areasForDevelopment) {
    }

    record ActionJson(UUID id, String section, String description, String owner, LocalDate dueOn, String status) {
    }

    record VisitJson(UUID id, UUID providerId, UUID localAuthorityId, String type, String status, LocalDate date,
            LocalDate plannedOn, LocalDate visitedOn, UUID qaProfessionalId, List<String> activities,
            String overallOutcome, List<SectionJson> sections, List<ActionJson> actionItems, String escalation,
            boolean openEscalation, UUID concernId) {
    }

    /**
     * A visit to plan ({@code date} today or later) or one that took place ({@code date} in the past, with
     * {@code activities} and optionally {@code sections}), which is recorded at once for the LA to sign off.
     */
    record NewVisit(String type, LocalDate date, UUID qaProfessionalId, List<String> activities,
            List<SectionJson> sections, String summary) {
    }

    record ConcernJson(UUID id, UUID providerId, UUID pupilId, String category, String description, String status,
            LocalDate raisedOn, LocalDate closedOn, UUID responsiveVisitId, String outcome) {
        static ConcernJson of(Concerns.Concern c) {
            return new ConcernJson(c.id(), c.providerId(), c.pupilId(), c.category().name(), c.description(),
                    c.status().name(), c.raisedOn(), c.closedOn(), c.responsiveVisitId(), c.outcome());
        }
    }

    record NewConcern(String providerId, String pupilId, String category, String description) {
    }

    record Closing(Integer version, String outcome) {
    }

    private final QaVisits visits;
    private final Concerns concerns;
    private final java.time.Clock clock;

    QualityApi(QaVisits visits, Concerns concerns, java.time.Clock clock) {
        this.visits = visits;
        this.concerns = concerns;
        this.clock = clock;
    }

    @GetMapping("/providers/{id}/qa-visits")
    ListPage<VisitJson> visitsOf(SignedInUser user, @PathVariable UUID id) {
        List<VisitJson> items = visits.visitsOfProvider(user, id).stream().map(v -> json(user, v)).toList();
        return new ListPage<>(items, 0, items.size(), items.size());
    }

    @GetMapping("/qa-visits/{id}")
    VisitJson visit(SignedInUser user, @PathVariable UUID id) {
        return json(user, visits.visit(user, id));
    }

    @PostMapping("/providers/{id}/qa-visits")
    @ResponseStatus(HttpStatus.CREATED)
    VisitJson plan(SignedInUser user, @PathVariable UUID id, @RequestBody NewVisit body) {
        if (!user.isLaWide()) {
            throw new org.waymark.shared.ForbiddenException("Only the LA's AP lead and officers plan QA visits");
        }
        Problems p = new Problems();
        VisitType type = QaPages.enumOf(VisitType.class, body.type());
        if (body.type() != null && type == null) {
            p.add("type", "type must be one of ANNUAL, NEW_PROVIDER, REQUESTED, RESPONSIVE");
        }
        if (body.date() == null) {
            p.add("date", "Enter the date of the visit");
        }
        p.throwIfAny();
        LocalDate today = LocalDate.now(clock);
        boolean tookPlace = body.date().isBefore(today);
        UUID visitId = visits.plan(user, id, type == null ? VisitType.ANNUAL : type, tookPlace ? today : body.date(),
                body.qaProfessionalId(), null);
        if (tookPlace) {
            Set<Activity> activities = EnumSet.noneOf(Activity.class);
            for (String a : body.activities() == null ? List.<String>of() : body.activities()) {
                Activity x = QaPages.enumOf(Activity.class, a);
                if (x == null) {
                    throw new InvalidInputException("activities", "Unknown activity " + a);
                }
                activities.add(x);
            }
            Map<QaSection, QaVisits.SectionJudgement> sections = new EnumMap<>(QaSection.class);
            for (SectionJson s : body.sections() == null ? List.<SectionJson>of() : body.sections()) {
                QaSection section = QaPages.enumOf(QaSection.class, s.section());
                Judgement judgement = QaPages.enumOf(Judgement.class, s.judgement());
                if (section == null || (s.judgement() != null && judgement == null)) {
                    throw new InvalidInputException("sections", "Each section needs a section of QaSection and a "
                            + "judgement of EFFECTIVE, REQUIRES_IMPROVEMENT or SIGNIFICANT_CONCERNS");
                }
                sections.put(section, new QaVisits.SectionJudgement(section, judgement, s.strengths(),
                        s.areasForDevelopment()));
            }
            visits.record(user, visitId, visits.visit(user, visitId).version(),
                    new QaVisits.VisitRecord(body.date(), activities, Map.of(), sections, body.summary()));
        }
        return json(user, visits.visit(user, visitId));
    }

    private VisitJson json(SignedInUser user, QaVisits.QaVisit v) {
        boolean visible = v.visitedOn() != null && (user.role() != Role.PROVIDER_STAFF || v.signedOff());
        List<SectionJson> sections = new ArrayList<>();
        List<ActionJson> actions = new ArrayList<>();
        if (visible) {
            visits.judgements(user, v.id()).forEach(j -> sections.add(new SectionJson(j.section().name(),
                    j.judgement() == null ? null : j.judgement().name(), j.strengths(), j.areasForDevelopment())));
            visits.actionItems(user, v.id()).forEach(a -> actions.add(new ActionJson(a.id(), a.section().name(),
                    a.description(), a.owner(), a.dueOn(), a.status())));
        }
        return new VisitJson(v.id(), v.providerId(), v.localAuthorityId(), v.visitType().name(), v.status().name(),
                v.visitedOn() != null ? v.visitedOn() : v.plannedOn(), v.plannedOn(), visible ? v.visitedOn() : null,
                v.qaProfessionalId(), visible ? v.activityList().stream().map(Enum::name).toList() : List.of(),
                visible && v.overallOutcome() != null ? v.overallOutcome().name() : null, sections, actions,
                v.escalation() == null ? null : v.escalation().name(), v.escalationOpen(),
                user.role() == Role.PROVIDER_STAFF ? null : v.concernId());
    }

    // ---- concerns ----------------------------------------------------------------------------

    @PostMapping("/concerns")
    @ResponseStatus(HttpStatus.CREATED)
    ConcernJson raise(SignedInUser user, @RequestBody NewConcern body) {
        Problems p = new Problems();
        UUID providerId = QaPages.uuid(body.providerId());
        if (body.providerId() != null && !body.providerId().isBlank() && providerId == null) {
            p.add("providerId", "providerId must be a provider's id");
        }
        UUID pupilId = QaPages.uuid(body.pupilId());
        if (body.pupilId() != null && !body.pupilId().isBlank() && pupilId == null) {
            p.add("pupilId", "pupilId must be a pupil's id, or left out");
        }
        p.throwIfAny();
        return ConcernJson.of(concerns.raise(user, providerId, pupilId, body.category(), body.description()));
    }

    @GetMapping("/concerns")
    ListPage<ConcernJson> list(SignedInUser user, @RequestParam(required = false) UUID providerId,
            @RequestParam(required = false) String status, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        int[] b = ListPage.bounds(page, size);
        boolean openOnly = "OPEN".equalsIgnoreCase(status);
        return new ListPage<>(concerns.list(user, providerId, openOnly, b[0], b[1]).stream().map(ConcernJson::of)
                .toList(), b[0], b[1], concerns.count(user, providerId, openOnly));
    }

    @GetMapping("/concerns/{id}")
    ConcernJson concern(SignedInUser user, @PathVariable UUID id) {
        return ConcernJson.of(concerns.concern(user, id));
    }

    @PostMapping("/concerns/{id}/close")
    ConcernJson close(SignedInUser user, @PathVariable UUID id, @RequestBody Closing body) {
        int version = body.version() != null ? body.version() : concerns.concern(user, id).version();
        concerns.close(user, id, version, body.outcome());
        return ConcernJson.of(concerns.concern(user, id));
    }
}
