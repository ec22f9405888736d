package org.waymark.quality;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.calendar.SchoolCalendar;
import org.waymark.calendar.Term;
import org.waymark.organisation.SignedInUser;
import org.waymark.shared.ConflictException;
import org.waymark.shared.ForbiddenException;
import org.waymark.shared.NotFoundException;
import org.waymark.shared.Problems;
import org.waymark.shared.Timestamps;

/**
 * The LA's termly evaluation of QA report quality (Manchester: "the SSQA team evaluate the quality of the QA
 * reports termly"): a senior LA reviewer grades sampled signed-off reports, with feedback to the QA professional,
 * and sees a summary of report quality per term. LA AP lead and officers only.
 */
@Service
public class ReportEvaluations {

    public record Evaluation(UUID visitId, String providerName, String qaProfessionalName, String termLabel,
            ReportGrade grade, String feedback, LocalDate visitedOn) {
    }

    public record TermSummary(String termLabel, Map<ReportGrade, Long> grades, long reports) {
    }

    public record Unevaluated(UUID visitId, String providerName, String qaProfessionalName, LocalDate visitedOn,
            Judgement outcome) {
    }

    private final JdbcClient db;
    private final Clock clock;
    private final SchoolCalendar calendar;
    private final QaNotifier notify;

    ReportEvaluations(JdbcClient db, Clock clock, SchoolCalendar calendar, QaNotifier notify) {
        this.db = db;
        this.clock = clock;
        this.calendar = calendar;
        this.notify = notify;
    }

    private static void requireLa(SignedInUser user) {
        if (!user.isLaWide()) {
            throw new ForbiddenException("The LA evaluates the quality of QA reports");
        }
    }

    /** Signed-off reports of the LA not yet evaluated, newest first: the sample is taken from these. */
    public List<Unevaluated> toEvaluate(SignedInUser user) {
        requireLa(user);
        return db.sql("""
                select v.id as visit_id, p.name as provider_name, u.name as qa_professional_name, v.visited_on,
                       v.overall_outcome as outcome
                from qa_visit v join provider p on p.id = v.provider_id left join app_user u on u.id = v.qa_professional_id
                where v.local_authority_id = ? and v.status = 'SIGNED_OFF'
                  and not exists (select 1 from qa_report_evaluation e where e.visit_id = v.id)
                order by v.visited_on desc""").param(user.localAuthorityId()).query(Unevaluated.class).list();
    }

    public List<Evaluation> evaluations(SignedInUser user) {
        requireLa(user);
        return db.sql("""
                select e.visit_id, p.name as provider_name, u.name as qa_professional_name, e.term_label, e.grade,
                       e.feedback, v.visited_on
                from qa_report_evaluation e join qa_visit v on v.id = e.visit_id join provider p on p.id = v.provider_id
                left join app_user u on u.id = v.qa_professional_id
                where v.local_authority_id = ? order by e.evaluated_at desc""")
                .param(user.localAuthorityId()).query(Evaluation.class).list();
    }

    /** Report quality per term, latest term first. */
    public List<TermSummary> summary(SignedInUser user) {
        Map<String, Map<ReportGrade, Long>> byTerm = new LinkedHashMap<>();
        for (Evaluation e : evaluations(user)) {
            byTerm.computeIfAbsent(e.termLabel(), t -> new EnumMap<>(ReportGrade.class)).merge(e.grade(), 1L, Long::sum);
        }
        List<TermSummary> list = new ArrayList<>();
        byTerm.forEach((term, grades) -> list.add(new TermSummary(term, grades,
                grades.values().stream().mapToLong(Long::longValue).sum())));
        return list;
    }

    @Transactional
    public void evaluate(SignedInUser user, UUID visitId, String grade, String feedback) {
        requireLa(user);
        record V(UUID id, UUID qaProfessionalId, String providerName, LocalDate visitedOn) {
        }
        V v = db.sql("""
                select v.id, v.qa_professional_id, p.name as provider_name, v.visited_on from qa_visit v
                join provider p on p.id = v.provider_id
                where v.id = ? and v.local_authority_id = ? and v.status = 'SIGNED_OFF'""")
                .params(visitId, user.localAuthorityId()).query(V.class).optional()
                .orElseThrow(() -> new NotFoundException("QA report"));
        if (db.sql("select count(*) from qa_report_evaluation where visit_id = ?").param(visitId).query(Long.class)
                .single() > 0) {
            throw new ConflictException("This report has already been evaluated");
        }
        Problems p = new Problems();
        ReportGrade g = null;
        try {
            g = grade == null || grade.isBlank() ? null : ReportGrade.valueOf(grade);
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (g == null) {
            p.add("grade", "Choose the quality of the report");
        }
        if (feedback == null || feedback.isBlank()) {
            p.add("feedback", "Enter feedback for the QA professional");
        } else if (feedback.length() > 4000) {
            p.add("feedback", "Feedback must be 4,000 characters or fewer");
        }
        p.throwIfAny();
        String term = termLabel(user.localAuthorityId(), LocalDate.now(clock));
        db.sql("""
                insert into qa_report_evaluation (id, visit_id, term_label, grade, feedback, evaluated_by, evaluated_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), visitId, term, g.name(), feedback.trim(), user.id(), Timestamps.now(clock))
                .update();
        if (v.qaProfessionalId() != null) {
            notify.user(v.qaProfessionalId(), "Feedback on your QA report: " + v.providerName(),
                    "The LA has evaluated your report of the visit on " + QaWords.date(v.visitedOn()) + " as "
                            + g.label().toLowerCase() + ". Read the feedback in Waymark.", "/qa/visits/" + visitId);
        }
    }

    /** The evaluation of one report, for the visit page. */
    public java.util.Optional<Evaluation> of(UUID visitId) {
        return db.sql("""
                select e.visit_id, p.name as provider_name, u.name as qa_professional_name, e.term_label, e.grade,
                       e.feedback, v.visited_on
                from qa_report_evaluation e join qa_visit v on v.id = e.visit_id join provider p on p.id = v.provider_id
                left join app_user u on u.id = v.qa_professional_id where e.visit_id = ?""")
                .param(visitId).query(Evaluation.class).optional();
    }

    /** "Autumn term 2026/27", or the academic year's dates when the day falls in a holiday. */
    String termLabel(UUID localAuthorityId, LocalDate day) {
        return calendar.forLocalAuthority(localAuthorityId).terms().stream()
                .filter(t -> !t.endDate().isBefore(day)).findFirst()
                .map(ReportEvaluations::label).orElse("Year " + day.getYear());
    }

    private static String label(Term t) {
        return t.name() + " term " + t.academicYear();
    }
}
