package org.waymark.review;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.commissioning.PlacementSummary;
import org.waymark.commissioning.Placements;
import org.waymark.organisation.Organisations;
import org.waymark.organisation.Role;
import org.waymark.organisation.Users;
import org.waymark.shared.MailMessage;
import org.waymark.shared.NoticeForUser;
import org.waymark.shared.SafeLog;
import org.waymark.shared.Timestamps;
import org.waymark.shared.WaymarkSettings;

/**
 * A week before a placement's review is due, tells the commissioner's users and the provider's staff (an in-app
 * notice and an e-mail through the outbox), once per placement and due date. Runs daily at 06:30 UK time on one
 * instance (ShedLock). Messages name no child: they give the date and link to the placement.
 */
@Component
class ReviewReminders {

    private static final Logger log = LoggerFactory.getLogger(ReviewReminders.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final JdbcClient db;
    private final Clock clock;
    private final Placements placements;
    private final Reviews reviews;
    private final Organisations organisations;
    private final Users users;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final WaymarkSettings settings;

    ReviewReminders(JdbcClient db, Clock clock, Placements placements, Reviews reviews, Organisations organisations,
            Users users, ApplicationEventPublisher events, TransactionTemplate transaction, WaymarkSettings settings) {
        this.settings = settings;
        this.db = db;
        this.clock = clock;
        this.placements = placements;
        this.reviews = reviews;
        this.organisations = organisations;
        this.users = users;
        this.events = events;
        this.transaction = transaction;
    }

    @Scheduled(cron = "${waymark.review.reminder-cron:0 30 6 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "review-reminders", lockAtMostFor = "PT30M")
    void daily() {
        for (UUID la : organisations.allLocalAuthorityIds()) {
            try {
                remind(la);
            } catch (RuntimeException e) {
                log.error("Review reminders for local authority {} failed: {}", la, SafeLog.describe(e));
            }
        }
    }

    /** Sends the reminders due today for one LA; returns how many placements were reminded about. */
    int remind(UUID localAuthorityId) {
        Integer sent = transaction.execute(status -> {
            LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
            Map<UUID, LocalDate> latest = reviews.latestReviewDates(localAuthorityId);
            int count = 0;
            for (PlacementSummary p : placements.allOf(localAuthorityId)) {
                if (!p.isActive()) {
                    continue;
                }
                LocalDate due = reviews.dueOn(p, latest.get(p.id()));
                if (today.isBefore(due.minusDays(ReviewSchedule.REMINDER_DAYS)) || today.isAfter(due)) {
                    continue;
                }
                boolean already = db.sql("select count(*) from review_reminder where placement_id = ? and due_on = ?")
                        .params(p.id(), due).query(Long.class).single() > 0;
                if (already) {
                    continue;
                }
                db.sql("insert into review_reminder (placement_id, due_on, sent_at) values (?, ?, ?)")
                        .params(p.id(), due, Timestamps.now(clock)).update();
                notify(p, due);
                count++;
            }
            return count;
        });
        return sent == null ? 0 : sent;
    }

    private void notify(PlacementSummary p, LocalDate due) {
        String subject = "A placement review is due on " + DAY.format(due);
        String link = "/placements/" + p.id() + "/reviews";
        String body = "A review of a placement at " + p.providerName() + " is due on " + DAY.format(due)
                + ". Arrange the meeting with the pupil, their parent or carer, the school and the provider, then "
                + "record it in Waymark.";
        List<UUID> recipients = new ArrayList<>(ProgressReports.commissionerUsers(users, p));
        users.activeUsersOf(p.providerId(), Role.PROVIDER_STAFF).forEach(u -> recipients.add(u.id()));
        for (UUID id : recipients) {
            events.publishEvent(new NoticeForUser(id, subject, body, link));
            users.find(id).ifPresent(u -> events.publishEvent(new MailMessage(u.email(), subject,
                    body + "\n\nSign in to see the placement: " + settings.baseUrl() + link + "\n")));
        }
    }
}
