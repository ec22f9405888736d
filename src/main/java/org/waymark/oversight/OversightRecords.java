package org.waymark.oversight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.waymark.attendance.AttendanceCategory;
import org.waymark.attendance.AttendanceCode;
import org.waymark.attendance.AttendanceSummary;
import org.waymark.calendar.SchoolCalendar;
import org.waymark.calendar.Term;

/**
 * The read side of the LA's oversight figures (ADR 0701): one LA's placements, endings, exclusions, baselines,
 * marks, directory history, QA visits and schools, read in a handful of SQL queries and never written. The
 * figures are then worked out in Java, so that each can be checked by hand against a small fixture.
 */
@Component
class OversightRecords {

    record PlacementFact(UUID id, UUID pupilId, UUID providerId, String commissionerType, String status,
            LocalDate startDate, LocalDate plannedEndDate, LocalDate endedOn, int tier, UUID homeSchoolId,
            LocalDate proposedOn) {

        boolean started() {
            return "ACTIVE".equals(status) || "ENDED".equals(status);
        }

        /** The last day it ran or will run (ended, else planned end, else {@code today}). */
        LocalDate lastDay(LocalDate today) {
            return endedOn != null ? endedOn : plannedEndDate != null ? plannedEndDate : today;
        }

        boolean runsDuring(LocalDate from, LocalDate to, LocalDate today) {
            return started() && !startDate.isAfter(to) && !lastDay(today).isBefore(from);
        }
    }

    record EndingFact(UUID placementId, UUID providerId, LocalDate endedOn, String outcome) {
    }

    record ExclusionFact(UUID id, UUID pupilId, UUID schoolId, String kind, LocalDate startDate, Integer sessions) {
    }

    record StatusFact(UUID providerId, String fromStatus, String toStatus, LocalDate effectiveOn) {
    }

    record ProviderFact(UUID id, String name, String directoryStatus, String area, Integer capacity) {
    }

    record VisitFact(UUID id, UUID providerId, LocalDate visitedOn, String overallOutcome) {
    }

    record SchoolFact(UUID id, String name, Integer numberOnRoll) {
    }

    record LotFact(UUID providerId, int number, String name) {
    }

    record DecisionFact(UUID placementId, LocalDate decidedOn) {
    }

    record FeedbackFact(UUID providerId, int helped) {
    }

    private record MarkCount(UUID placementId, String code, long n) {
    }

    private record BaselineRow(UUID placementId, int possibleSessions, int attendedSessions) {
    }

    private final JdbcClient db;
    private final SchoolCalendar calendar;

    OversightRecords(JdbcClient db, SchoolCalendar calendar) {
        this.db = db;
        this.calendar = calendar;
    }

    List<PlacementFact> placements(UUID la) {
        return db.sql("""
                select p.id, p.pupil_id, p.provider_id, p.commissioner_type, p.status, p.start_date, p.planned_end_date,
                    p.ended_on, p.tier, pu.home_school_id, p.proposed_on
                from placement p join pupil pu on pu.id = p.pupil_id where p.local_authority_id = ?""")
                .param(la).query(PlacementFact.class).list();
    }

    List<EndingFact> endings(UUID la) {
        return db.sql("select placement_id, provider_id, ended_on, outcome from placement_ending "
                + "where local_authority_id = ?").param(la).query(EndingFact.class).list();
    }

    List<ExclusionFact> exclusions(UUID la) {
        return db.sql("select id, pupil_id, school_id, kind, start_date, sessions from exclusion "
                + "where local_authority_id = ?").param(la).query(ExclusionFact.class).list();
    }

    /** Providers on the LA's directory (or whose pupils it has), with their offer's area and capacity. */
    List<ProviderFact> providers(UUID la) {
        return db.sql("""
                select pr.id, pr.name, pr.directory_status, o.area, o.capacity
                from provider pr join provider_local_authority pla on pla.provider_id = pr.id
                left join provider_offer o on o.provider_id = pr.id
                where pla.local_authority_id = ? order by pr.name""").param(la).query(ProviderFact.class).list();
    }

    List<StatusFact> statusHistory(UUID la) {
        return db.sql("""
                select c.provider_id, c.from_status, c.to_status, c.effective_on from provider_status_change c
                join provider_local_authority pla on pla.provider_id = c.provider_id
                where pla.local_authority_id = ? order by c.effective_on, c.changed_at""")
                .param(la).query(StatusFact.class).list();
    }

    List<VisitFact> signedOffVisits(UUID la) {
        return db.sql("select id, provider_id, visited_on, overall_outcome from qa_visit where local_authority_id = ? "
                + "and signed_off_at is not null and visited_on is not null and overall_outcome is not null")
                .param(la).query(VisitFact.class).list();
    }

    List<SchoolFact> schools(UUID la) {
        return db.sql("select id, name, number_on_roll from school where local_authority_id = ? order by name")
                .param(la).query(SchoolFact.class).list();
    }

    List<LotFact> lots(UUID la) {
        return db.sql("""
                select pl.provider_id, l.number, l.name from provider_lot pl join framework_lot l on l.id = pl.lot_id
                where l.local_authority_id = ? order by l.number""").param(la).query(LotFact.class).list();
    }

    List<DecisionFact> decisions(UUID la) {
        return db.sql("""
                select d.placement_id, d.decided_on from commissioning_decision d join placement p on p.id = d.placement_id
                where p.local_authority_id = ? and d.decided_on is not null""").param(la).query(DecisionFact.class).list();
    }

    List<FeedbackFact> feedback(UUID la) {
        return db.sql("select provider_id, helped from feedback_answer where local_authority_id = ?").param(la)
                .query(FeedbackFact.class).list();
    }

    /** The home school's attendance before each placement that has one. */
    Map<UUID, AttendanceSummary> baselines(UUID la) {
        Map<UUID, AttendanceSummary> map = new HashMap<>();
        db.sql("""
                select b.placement_id, b.possible_sessions, b.attended_sessions from attendance_baseline b
                join placement p on p.id = b.placement_id where p.local_authority_id = ?""")
                .param(la).query(BaselineRow.class).list()
                .forEach(b -> map.put(b.placementId(), AttendanceSummary.ofCounts(b.attendedSessions(), 0,
                        Math.max(0, b.possibleSessions() - b.attendedSessions()), 0, 0)));
        return map;
    }

    /** Each placement's attendance from its register marks (the school's final code where it followed one up). */
    Map<UUID, AttendanceSummary> attendance(UUID la, LocalDate from, LocalDate to) {
        Map<UUID, int[]> counts = new HashMap<>();
        db.sql("""
                select placement_id, coalesce(final_code, code) as code, count(*) as n from attendance_mark
                where local_authority_id = ? and mark_date between ? and ?
                group by placement_id, coalesce(final_code, code)""")
                .params(la, from, to).query(MarkCount.class).list()
                .forEach(m -> AttendanceCode.of(m.code()).ifPresent(c -> counts
                        .computeIfAbsent(m.placementId(), k -> new int[AttendanceCategory.values().length])
                        [c.category().ordinal()] += (int) m.n()));
        Map<UUID, AttendanceSummary> map = new HashMap<>();
        counts.forEach((id, c) -> map.put(id, summary(c)));
        return map;
    }

    static AttendanceSummary summary(int[] c) {
        return AttendanceSummary.ofCounts(c[AttendanceCategory.PRESENT.ordinal()],
                c[AttendanceCategory.APPROVED_EDUCATIONAL_ACTIVITY.ordinal()],
                c[AttendanceCategory.AUTHORISED_ABSENCE.ordinal()], c[AttendanceCategory.UNAUTHORISED_ABSENCE.ordinal()],
                c[AttendanceCategory.NOT_POSSIBLE.ordinal()]);
    }

    /** A term of the academic year, as figures are grouped: its academic year, number (1–3) and name. */
    record TermKey(int year, int number, String name) implements Comparable<TermKey> {
        String label() {
            return name + " " + Period.yearLabel(year);
        }

        String slug() {
            return year + "-" + number;
        }

        @Override
        public int compareTo(TermKey o) {
            return Comparator.comparingInt(TermKey::year).thenComparingInt(TermKey::number).compare(this, o);
        }
    }

    org.waymark.calendar.LaCalendar calendar(UUID la) {
        return calendar.forLocalAuthority(la);
    }

    /** The terms of the LA's calendar, for grouping dates; a date in a holiday belongs to the term before it. */
    Terms terms(UUID la) {
        return new Terms(calendar.forLocalAuthority(la).terms());
    }

    static final class Terms {
        private final List<Term> terms;

        Terms(List<Term> terms) {
            this.terms = new ArrayList<>(terms);
            this.terms.sort(Comparator.comparing(Term::startDate));
        }

        TermKey of(LocalDate date) {
            int year = Period.yearOf(date);
            Term found = null;
            for (Term t : terms) {
                if (!t.startDate().isAfter(date) && Period.yearOf(t.startDate()) == year) {
                    found = t;
                }
            }
            if (found != null) {
                return new TermKey(year, found.number(), found.name());
            }
            int month = date.getMonthValue();
            return month >= 9 ? new TermKey(year, 1, "Autumn") : month <= 3 ? new TermKey(year, 2, "Spring")
                    : new TermKey(year, 3, "Summer");
        }
    }
}
