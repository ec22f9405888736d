package org.waymark.quality;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.waymark.directory.QaOutcomes;
import org.waymark.directory.QaSummary;

/**
 * What other modules read of quality assurance, about providers rather than for a user: the latest signed-off
 * outcome, the last visit date, and concerns. These reads are not scoped to a signed-in user: callers (the
 * compliance rules, the directory page, oversight counts) scope what they show. Also answers the directory's
 * {@link QaOutcomes}, so every commissioner sees the latest outcome on a provider's directory page.
 */
@Service
public class QaRecords implements QaOutcomes {

    private static final String LATEST = """
            select v.id, v.provider_id, v.visited_on, v.visit_type, v.overall_outcome,
                   exists (select 1 from qa_visit e where e.provider_id = v.provider_id and e.escalation is not null
                           and e.escalation <> 'RESOLVED') as open_escalation
            from qa_visit v
            where v.status = 'SIGNED_OFF' and v.provider_id in (:ids)
              and not exists (select 1 from qa_visit w where w.provider_id = v.provider_id and w.status = 'SIGNED_OFF'
                              and (w.visited_on > v.visited_on or (w.visited_on = v.visited_on and w.signed_off_at > v.signed_off_at)))""";

    private static final String CONCERN = "select id, provider_id, pupil_id, category, raised_on, closed_on from concern";

    private final JdbcClient db;

    QaRecords(JdbcClient db) {
        this.db = db;
    }

    /** The latest signed-off QA outcome of a provider. */
    public Optional<QaOutcome> latestOutcome(UUID providerId) {
        return Optional.ofNullable(latestOutcomes(List.of(providerId)).get(providerId));
    }

    /** The latest signed-off QA outcome of each provider that has one. */
    public Map<UUID, QaOutcome> latestOutcomes(Collection<UUID> providerIds) {
        Map<UUID, QaOutcome> map = new HashMap<>();
        if (providerIds.isEmpty()) {
            return map;
        }
        db.sql(LATEST).param("ids", providerIds).query((rs, i) -> new QaOutcome(rs.getObject("provider_id", UUID.class),
                rs.getObject("id", UUID.class), rs.getObject("visited_on", LocalDate.class),
                VisitType.valueOf(rs.getString("visit_type")), Judgement.valueOf(rs.getString("overall_outcome")),
                rs.getBoolean("open_escalation"))).list().forEach(o -> map.putIfAbsent(o.providerId(), o));
        return map;
    }

    /** The date of the provider's latest QA visit that took place (recorded or signed off). */
    public Optional<LocalDate> lastVisitDate(UUID providerId) {
        return Optional.ofNullable(lastVisitDates(List.of(providerId)).get(providerId));
    }

    /** The date of each provider's latest QA visit that took place; providers never visited are absent. */
    public Map<UUID, LocalDate> lastVisitDates(Collection<UUID> providerIds) {
        Map<UUID, LocalDate> map = new HashMap<>();
        if (providerIds.isEmpty()) {
            return map;
        }
        db.sql("""
                select provider_id, max(visited_on) as last_visit from qa_visit
                where provider_id in (:ids) and status in ('RECORDED', 'SIGNED_OFF') and visited_on is not null
                group by provider_id""").param("ids", providerIds)
                .query((rs, i) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class))).list()
                .forEach(e -> map.put(e.getKey(), e.getValue()));
        return map;
    }

    /** The open concerns about a provider, oldest first. */
    public List<ConcernSummary> openConcerns(UUID providerId) {
        return db.sql(CONCERN + " where provider_id = ? and status <> 'CLOSED' order by raised_on, id")
                .param(providerId).query(ConcernSummary.class).list();
    }

    public long openConcernCount(UUID providerId) {
        return openConcerns(providerId).size();
    }

    /** The number of open concerns about each provider that has any. */
    public Map<UUID, Long> openConcernCounts(Collection<UUID> providerIds) {
        Map<UUID, Long> map = new HashMap<>();
        if (providerIds.isEmpty()) {
            return map;
        }
        db.sql("select provider_id, count(*) from concern where provider_id in (:ids) and status <> 'CLOSED' "
                        + "group by provider_id").param("ids", providerIds)
                .query((rs, i) -> Map.entry(rs.getObject(1, UUID.class), rs.getLong(2))).list()
                .forEach(e -> map.put(e.getKey(), e.getValue()));
        return map;
    }

    /** Every concern, open and closed, about these providers (for rules that need when each was open). */
    public List<ConcernSummary> concernsAbout(Collection<UUID> providerIds) {
        if (providerIds.isEmpty()) {
            return List.of();
        }
        return db.sql(CONCERN + " where provider_id in (:ids) order by raised_on, id").param("ids", providerIds)
                .query(ConcernSummary.class).list();
    }

    // ---- the directory's seam ----------------------------------------------------------------

    @Override
    public Optional<QaSummary> latest(UUID providerId) {
        return latestOutcome(providerId).map(QaRecords::summary);
    }

    @Override
    public Map<UUID, QaSummary> latest(Collection<UUID> providerIds) {
        Map<UUID, QaSummary> map = new HashMap<>();
        latestOutcomes(providerIds).forEach((id, o) -> map.put(id, summary(o)));
        return map;
    }

    private static QaSummary summary(QaOutcome o) {
        return new QaSummary(o.visitDate(), o.visitType().name(), o.outcome().label(), o.openEscalation());
    }
}
