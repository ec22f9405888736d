package org.waymark.commissioning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.audit.AuditTrail;
import org.waymark.organisation.Role;
import org.waymark.organisation.SignedInUser;
import org.waymark.shared.ConflictException;
import org.waymark.shared.ForbiddenException;
import org.waymark.shared.Problems;
import org.waymark.shared.Timestamps;

/**
 * Commissioning decisions. The commissioner records them in steps (the question pages save as they go, so
 * nothing typed is lost) and confirms them on the check-your-answers page; the API records a whole decision at
 * once. Only while the placement is a draft or proposed.
 */
@Service
public class Decisions {

    public static final int MAX_ANSWER = 4000;

    private final JdbcClient db;
    private final Clock clock;
    private final Placements placements;
    private final AuditTrail audit;

    private final org.springframework.context.ApplicationEventPublisher events;

    Decisions(JdbcClient db, Clock clock, Placements placements, AuditTrail audit,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.db = db;
        this.clock = clock;
        this.placements = placements;
        this.audit = audit;
    }

    /** Unscoped, for the compliance rules: the date the LA SEN team decided, per placement that has one. */
    public java.util.Map<UUID, LocalDate> laSenDecisionDates(java.util.Collection<UUID> placementIds) {
        if (placementIds.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<UUID, LocalDate> dates = new java.util.HashMap<>();
        db.sql("select placement_id, la_sen_decision_on from commissioning_decision where placement_id in (:ids)"
                        + " and la_sen_decision_on is not null")
                .param("ids", placementIds)
                .query((rs, n) -> java.util.Map.entry(rs.getObject("placement_id", UUID.class),
                        rs.getObject("la_sen_decision_on", LocalDate.class)))
                .list().forEach(e -> dates.put(e.getKey(), e.getValue()));
        return dates;
    }

    /** The decision (empty if none yet) for the placement's commissioner, LA officers and partners; not providers. */
    public CommissioningDecision decision(SignedInUser user, UUID placementId) {
        PlacementSummary s = placements.read(user, placementId);
        if (user.role() == Role.PROVIDER_STAFF) {
            throw new ForbiddenException("The commissioning decision is the commissioner's record");
        }
        return load(s.id());
    }

    CommissioningDecision load(UUID placementId) {
        Map<Integer, String> answers = new TreeMap<>();
        Map<Integer, String> primary = new TreeMap<>();
        db.sql("select question_set, question, answer from decision_answer where placement_id = ?").param(placementId)
                .query((rs, i) -> ("PRIMARY".equals(rs.getString(1)) ? primary : answers).put(rs.getInt(2),
                        rs.getString(3)))
                .list();
        return db.sql("""
                select placement_id, decided_by, decider_capacity, decided_on, la_sen_decision_on, la_sen_decision_by,
                    health_decision_on, health_decision_by, child_views, family_views, how_found, how_found_detail,
                    confirmed_at, version from commissioning_decision where placement_id = ?""")
                .param(placementId)
                .query((rs, i) -> new CommissioningDecision(rs.getObject(1, UUID.class), rs.getString(2),
                        Placements.enumOf(DeciderCapacity.class, rs.getString(3)), rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class), rs.getString(6), rs.getObject(7, LocalDate.class),
                        rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12),
                        rs.getObject(13) != null, answers, primary, rs.getInt(14)))
                .optional().orElse(new CommissioningDecision(placementId, null, null, null, null, null, null, null, null,
                        null, null, null, false, answers, primary, -1));
    }

    /** Who may decide for this placement (rule 7). */
    public java.util.Set<DeciderCapacity> allowedCapacities(PlacementSummary s, boolean onRoll, boolean ehcp) {
        return DecisionMakers.allowed(s.commissioner().type(), s.route(), onRoll, ehcp);
    }

    /** What the user typed for the decision maker step. */
    public record DecisionMaker(String decidedBy, String capacity, LocalDate decidedOn, LocalDate laSenDecisionOn,
            String laSenDecisionBy, LocalDate healthDecisionOn, String healthDecisionBy) {
    }

    /** What the user typed for the views step. */
    public record Views(String childViews, String familyViews, String howFound, String howFoundDetail) {
    }

    /** Saves the decision maker step (unconfirms the decision until it is checked again). */
    @Transactional
    public void saveDecisionMaker(SignedInUser user, UUID placementId, DecisionMaker in) {
        PlacementSummary s = editable(user, placementId);
        Problems p = new Problems();
        checkDecisionMaker(p, in);
        p.throwIfAny();
        ensureRow(user, placementId);
        db.sql("""
                update commissioning_decision set decided_by = ?, decider_capacity = ?, decided_on = ?,
                    la_sen_decision_on = ?, la_sen_decision_by = ?, health_decision_on = ?, health_decision_by = ?,
                    confirmed_at = null, updated_at = ?, updated_by = ?, version = version + 1 where placement_id = ?""")
                .params(in.decidedBy().trim(), in.capacity(), in.decidedOn(), in.laSenDecisionOn(),
                        blank(in.laSenDecisionBy()), in.healthDecisionOn(), blank(in.healthDecisionBy()),
                        Timestamps.now(clock), user.id(), placementId)
                .update();
        changed(user, s, "decision maker recorded");
    }

    private void checkDecisionMaker(Problems p, DecisionMaker in) {
        if (in.decidedBy() == null || in.decidedBy().isBlank()) {
            p.add("decidedBy", "Enter the name and role of the person who made the decision");
        } else if (in.decidedBy().length() > 200) {
            p.add("decidedBy", "Must be 200 characters or fewer");
        }
        if (Placements.enumOf(DeciderCapacity.class, in.capacity()) == null) {
            p.add("capacity", "Choose the capacity in which the decision was made");
        }
        LocalDate today = LocalDate.now(clock);
        if (in.decidedOn() == null) {
            if (!p.has("decidedOn")) {
                p.add("decidedOn", "Enter the date of the decision");
            }
        } else if (in.decidedOn().isAfter(today)) {
            p.add("decidedOn", "The date of the decision must be today or in the past");
        }
        if (in.laSenDecisionOn() != null && in.laSenDecisionOn().isAfter(today)) {
            p.add("laSenDecisionOn", "The LA SEN team's decision date must be today or in the past");
        }
        if (in.laSenDecisionOn() != null && blank(in.laSenDecisionBy()) == null) {
            p.add("laSenDecisionBy", "Enter who in the LA SEN team decided");
        }
        if (in.healthDecisionOn() != null && in.healthDecisionOn().isAfter(today)) {
            p.add("healthDecisionOn", "The health service's decision date must be today or in the past");
        }
        if (in.healthDecisionOn() != null && blank(in.healthDecisionBy()) == null) {
            p.add("healthDecisionBy", "Enter the consultant or health professional who decided");
        }
    }

    /** Saves some answers of one question set (MIAPS or PRIMARY); blank answers are removed. */
    @Transactional
    public void saveAnswers(SignedInUser user, UUID placementId, String set, Map<Integer, String> answers,
            boolean required) {
        PlacementSummary s = editable(user, placementId);
        int max = "PRIMARY".equals(set) ? DecisionQuestions.PRIMARY.size() : DecisionQuestions.MIAPS.size();
        Problems p = new Problems();
        answers.forEach((q, a) -> {
            String field = ("PRIMARY".equals(set) ? "primary" : "q") + q;
            if (q < 1 || q > max) {
                p.add(field, "There is no question " + q);
            } else if (a == null || a.isBlank()) {
                if (required) {
                    p.add(field, "Answer question " + q);
                }
            } else if (a.length() > MAX_ANSWER) {
                p.add(field, "Answer must be " + MAX_ANSWER + " characters or fewer");
            }
        });
        p.throwIfAny();
        ensureRow(user, placementId);
        answers.forEach((q, a) -> {
            db.sql("delete from decision_answer where placement_id = ? and question_set = ? and question = ?")
                    .params(placementId, set, q).update();
            if (a != null && !a.isBlank()) {
                db.sql("insert into decision_answer (placement_id, question_set, question, answer) values (?, ?, ?, ?)")
                        .params(placementId, set, q, a.trim()).update();
            }
        });
        db.sql("update commissioning_decision set confirmed_at = null, updated_at = ?, updated_by = ?, "
                + "version = version + 1 where placement_id = ?").params(Timestamps.now(clock), user.id(), placementId)
                .update();
        changed(user, s, "decision answers recorded");
    }

    @Transactional
    public void saveViews(SignedInUser user, UUID placementId, Views in) {
        PlacementSummary s = editable(user, placementId);
        Problems p = new Problems();
        checkViews(p, in);
        p.throwIfAny();
        ensureRow(user, placementId);
        db.sql("""
                update commissioning_decision set child_views = ?, family_views = ?, how_found = ?, how_found_detail = ?,
                    confirmed_at = null, updated_at = ?, updated_by = ?, version = version + 1 where placement_id = ?""")
                .params(in.childViews().trim(), in.familyViews().trim(), in.howFound(), blank(in.howFoundDetail()),
                        Timestamps.now(clock), user.id(), placementId)
                .update();
        changed(user, s, "child's and family's views recorded");
    }

    private static void checkViews(Problems p, Views in) {
        if (in.childViews() == null || in.childViews().isBlank()) {
            p.add("childViews", "Enter the child's views");
        } else if (in.childViews().length() > MAX_ANSWER) {
            p.add("childViews", "Must be " + MAX_ANSWER + " characters or fewer");
        }
        if (in.familyViews() == null || in.familyViews().isBlank()) {
            p.add("familyViews", "Enter the family's views");
        } else if (in.familyViews().length() > MAX_ANSWER) {
            p.add("familyViews", "Must be " + MAX_ANSWER + " characters or fewer");
        }
        if (in.howFound() == null || !CommissioningDecision.HOW_FOUND.containsKey(in.howFound())) {
            p.add("howFound", "Choose how the provider was found");
        }
        if (in.howFoundDetail() != null && in.howFoundDetail().length() > 1000) {
            p.add("howFoundDetail", "Must be 1000 characters or fewer");
        }
    }

    /** What the decision still lacks before it can be confirmed (empty when complete). */
    public List<String> missing(CommissioningDecision d, boolean primaryAge) {
        List<String> missing = new java.util.ArrayList<>();
        if (d.decidedBy() == null) {
            missing.add("who made the decision");
        }
        if (d.childViews() == null) {
            missing.add("the child's and family's views");
        }
        for (int q = 1; q <= DecisionQuestions.MIAPS.size(); q++) {
            if (!d.answers().containsKey(q)) {
                missing.add("an answer to question " + q);
            }
        }
        if (primaryAge) {
            for (int q = 1; q <= DecisionQuestions.PRIMARY.size(); q++) {
                if (!d.primaryAnswers().containsKey(q)) {
                    missing.add("an answer to primary question " + q);
                }
            }
        }
        return missing;
    }

    /** Confirms the decision (check your answers), or 409 with what is missing. */
    @Transactional
    public void confirm(SignedInUser user, UUID placementId, boolean primaryAge) {
        PlacementSummary s = editable(user, placementId);
        CommissioningDecision d = load(placementId);
        List<String> missing = missing(d, primaryAge);
        if (!missing.isEmpty()) {
            throw new ConflictException("The decision is not complete", missing.stream().map(m -> "Add " + m).toList());
        }
        db.sql("update commissioning_decision set confirmed_at = ?, version = version + 1 where placement_id = ?")
                .params(Timestamps.now(clock), placementId).update();
        placements.history(placementId, user, s.status(), "Commissioning decision confirmed");
        changed(user, s, "decision confirmed");
    }

    /** The API's PUT: the whole decision at once, confirmed when it is valid. */
    @Transactional
    public CommissioningDecision put(SignedInUser user, UUID placementId, DecisionMaker maker, Views views,
            Map<Integer, String> answers, Map<Integer, String> primaryAnswers, List<Integer> duplicateQuestions) {
        PlacementSummary s = editable(user, placementId);
        Problems p = new Problems();
        checkDecisionMaker(p, maker);
        if (views != null) {
            checkViews(p, views);
        }
        for (Integer q : duplicateQuestions) {
            p.add("answers", "Question " + q + " is answered more than once");
        }
        answers.forEach((q, a) -> {
            if (q == null || q < 1 || q > DecisionQuestions.MIAPS.size()) {
                p.add("answers", "Questions are numbered 1 to " + DecisionQuestions.MIAPS.size());
            } else if (a == null || a.isBlank()) {
                p.add("answers", "Question " + q + " has no answer");
            } else if (a.length() > MAX_ANSWER) {
                p.add("answers", "The answer to question " + q + " must be " + MAX_ANSWER + " characters or fewer");
            }
        });
        p.throwIfAny();
        ensureRow(user, placementId);
        db.sql("delete from decision_answer where placement_id = ?").param(placementId).update();
        answers.forEach((q, a) -> db.sql("insert into decision_answer (placement_id, question_set, question, answer) "
                + "values (?, 'MIAPS', ?, ?)").params(placementId, q, a.trim()).update());
        primaryAnswers.forEach((q, a) -> {
            if (q != null && q >= 1 && q <= DecisionQuestions.PRIMARY.size() && a != null && !a.isBlank()) {
                db.sql("insert into decision_answer (placement_id, question_set, question, answer) "
                        + "values (?, 'PRIMARY', ?, ?)").params(placementId, q, a.trim()).update();
            }
        });
        db.sql("""
                update commissioning_decision set decided_by = ?, decider_capacity = ?, decided_on = ?,
                    la_sen_decision_on = ?, la_sen_decision_by = ?, health_decision_on = ?, health_decision_by = ?,
                    child_views = ?, family_views = ?, how_found = ?, how_found_detail = ?, confirmed_at = ?,
                    updated_at = ?, updated_by = ?, version = version + 1 where placement_id = ?""")
                .params(maker.decidedBy().trim(), maker.capacity(), maker.decidedOn(), maker.laSenDecisionOn(),
                        blank(maker.laSenDecisionBy()), maker.healthDecisionOn(), blank(maker.healthDecisionBy()),
                        views == null ? null : views.childViews().trim(), views == null ? null : views.familyViews().trim(),
                        views == null ? null : views.howFound(), views == null ? null : blank(views.howFoundDetail()),
                        Timestamps.now(clock), Timestamps.now(clock), user.id(), placementId)
                .update();
        placements.history(placementId, user, s.status(), "Commissioning decision recorded");
        changed(user, s, "decision recorded");
        return load(placementId);
    }

    private PlacementSummary editable(SignedInUser user, UUID placementId) {
        PlacementSummary s = placements.requireCommissioner(user, placementId);
        if (s.status() != PlacementStatus.DRAFT && s.status() != PlacementStatus.PROPOSED) {
            throw new ConflictException("The commissioning decision can be changed only before the placement starts",
                    List.of("The placement is " + s.status().label().toLowerCase(java.util.Locale.ROOT)));
        }
        return s;
    }

    private void ensureRow(SignedInUser user, UUID placementId) {
        db.sql("insert into commissioning_decision (placement_id, updated_at, updated_by) values (?, ?, ?) "
                + "on conflict do nothing").params(placementId, Timestamps.now(clock), user.id()).update();
    }

    private void changed(SignedInUser user, PlacementSummary s, String detail) {
        audit.record(user, AuditTrail.Action.CHANGED, "COMMISSIONING_DECISION", s.id(), s.pupilId(),
                s.localAuthorityId(), detail);
        // the LA SEN team's decision is a fact the flags read (EHCP_LA_NOT_CONSULTED)
        events.publishEvent(new org.waymark.shared.RecordsChanged(s.localAuthorityId()));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static Map<Integer, String> copy(Map<Integer, String> m) {
        return new HashMap<>(m);
    }
}
