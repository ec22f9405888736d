package org.waymark.quality;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every morning, reminds providers of QA actions due within a week or overdue (one instance at a time). */
@Component
class ActionReminders {

    private static final Logger log = LoggerFactory.getLogger(ActionReminders.class);

    private final QaVisits visits;
    private final Clock clock;

    ActionReminders(QaVisits visits, Clock clock) {
        this.visits = visits;
        this.clock = clock;
    }

    @Scheduled(cron = "0 0 7 * * MON-FRI", zone = "Europe/London")
    @SchedulerLock(name = "qa-action-reminders", lockAtMostFor = "PT10M")
    void remind() {
        int n = visits.remindDueActions(LocalDate.now(clock));
        if (n > 0) {
            log.info("Reminded providers of {} QA actions", n);
        }
    }
}
