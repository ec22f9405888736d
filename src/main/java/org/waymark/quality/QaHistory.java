package org.waymark.quality;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.organisation.SignedInUser;
import org.waymark.shared.InvalidInputException;

/**
 * QA records that happened before they were entered: an LA moving its QA spreadsheet into Waymark, the API's
 * visits with a past date, and the demo story. Only the LA's AP lead and officers enter visits; anyone may enter
 * a concern they raised earlier by other means (e-mail, phone), with the date it was raised.
 */
@Service
public class QaHistory {

    private final QaVisits visits;
    private final Concerns concerns;
    private final JdbcClient db;
    private final Clock clock;

    QaHistory(QaVisits visits, Concerns concerns, JdbcClient db, Clock clock) {
        this.visits = visits;
        this.concerns = concerns;
        this.db = db;
        this.clock = clock;
    }

    /** Enters a visit that took place on {@code visitedOn} with its record; it then awaits sign-off. */
    @Transactional
    public UUID visit(SignedInUser officer, UUID providerId, VisitType type, LocalDate visitedOn, UUID visitorId,
            Set<Activity> activities, Map<QaSection, QaVisits.SectionJudgement> sections,
            Map<ChecklistItem, ChecklistItem.Answer> checklist, String summary) {
        UUID id = visits.insertTookPlace(officer, providerId, type, visitedOn, visitorId);
        visits.record(officer, id, 0, new QaVisits.VisitRecord(visitedOn, activities, checklist, sections, summary));
        return id;
    }

    /** Enters a concern raised on an earlier date; it is open until the LA closes it. */
    @Transactional
    public UUID concern(SignedInUser raiser, UUID providerId, UUID pupilId, ConcernCategory category, String description,
            LocalDate raisedOn) {
        if (raisedOn == null || raisedOn.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("raisedOn", "Enter the date the concern was raised, today or earlier");
        }
        UUID id = concerns.raise(raiser, providerId, pupilId, category.name(), description).id();
        db.sql("update concern set raised_on = ? where id = ?").params(raisedOn, id).update();
        return id;
    }
}
