package org.waymark.compliance;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jakarta.annotation.PreDestroy;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.compliance.engine.FlagNotices;
import org.waymark.compliance.engine.FlagStore;
import org.waymark.compliance.engine.Reevaluations;
import org.waymark.organisation.Organisations;
import org.waymark.shared.RecordsChanged;
import org.waymark.shared.SafeLog;
import org.waymark.shared.Timestamps;

/**
 * Keeps every LA's flags current: re-evaluates an LA when its records change and sweeps every LA each night
 * and each morning before registers (one instance at a time, through ShedLock).
 */
@Service
public class ComplianceEngine {

    private static final Logger log = LoggerFactory.getLogger(ComplianceEngine.class);
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final List<FlagSource> sources;
    private final FlagStore store;
    private final FlagNotices notices;
    private final Organisations organisations;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final TransactionTemplate outsideTransaction;
    private final Reevaluations afterChanges = new Reevaluations(la -> reevaluate(la, false));
    private final Reevaluations afterMarks = new Reevaluations(la -> reevaluateLogged(la, true));
    // registers' re-evaluations, off the request thread (decision 0402)
    private final ExecutorService background = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "flags-after-registers");
        t.setDaemon(true);
        return t;
    });

    ComplianceEngine(List<FlagSource> sources, FlagStore store, FlagNotices notices, Organisations organisations,
            Clock clock, TransactionTemplate transaction) {
        this.sources = sources;
        this.store = store;
        this.notices = notices;
        this.organisations = organisations;
        this.clock = clock;
        this.transaction = transaction;
        this.outsideTransaction = new TransactionTemplate(transaction.getTransactionManager());
        this.outsideTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
    }

    /** Re-evaluates one LA's flags now; returns how many flags opened. */
    public int reevaluate(UUID localAuthorityId) {
        return reevaluate(localAuthorityId, false);
    }

    /** The same, for the sources that read attendance marks only when {@code marksOnly}. */
    int reevaluate(UUID localAuthorityId, boolean marksOnly) {
        Integer opened = transaction.execute(status -> {
            LocalDateTime now = LocalDateTime.now(clock.withZone(LONDON));
            OffsetDateTime at = Timestamps.now(clock);
            Set<FlagCode> codes = EnumSet.noneOf(FlagCode.class);
            List<RaisedFlag> raised = new ArrayList<>();
            for (FlagSource source : sources) {
                if (marksOnly && !source.readsAttendanceMarks()) {
                    continue;
                }
                codes.addAll(source.codes());
                raised.addAll(source.raise(localAuthorityId, now));
            }
            List<FlagRecord> newFlags = store.reconcile(localAuthorityId, codes, raised, now.toLocalDate(), at);
            notices.announce(localAuthorityId, newFlags);
            return newFlags.size();
        });
        return opened == null ? 0 : opened;
    }

    private void reevaluateLogged(UUID localAuthorityId, boolean marksOnly) {
        try {
            reevaluate(localAuthorityId, marksOnly);
        } catch (RuntimeException e) {
            // the change itself committed; the next change or sweep brings the flags up to date
            log.error("Flags of local authority {} could not be re-evaluated after registers: {}", localAuthorityId,
                    SafeLog.describe(e));
        }
    }

    @PreDestroy
    void stop() {
        background.shutdown();
    }

    /** Every LA, one transaction each so that one LA's failure does not hold back the others. */
    public void reevaluateAll() {
        for (UUID la : organisations.allLocalAuthorityIds()) {
            try {
                reevaluate(la);
            } catch (RuntimeException e) {
                log.error("Flags of local authority {} could not be re-evaluated: {}", la, SafeLog.describe(e));
            }
        }
    }

    @Scheduled(cron = "${waymark.compliance.sweep-cron:0 0 1,7 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "compliance-sweep", lockAtMostFor = "PT30M")
    void sweep() {
        reevaluateAll();
    }

    /** Brings flags up to date when the service starts (after demo data is loaded). */
    @EventListener(ApplicationReadyEvent.class)
    @SchedulerLock(name = "compliance-sweep", lockAtMostFor = "PT30M")
    void onStart() {
        reevaluateAll();
    }

    /**
     * Collects the changes a transaction publishes and, once it commits, re-evaluates each LA they touch once
     * (decision 0402): one commit that publishes forty changes — loading the demo, say — runs one re-evaluation of
     * its LA, not forty. Without a transaction, at once.
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void onRecordsChanged(RecordsChanged change) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            afterCommit(change.localAuthorityId(), change.what());
            return;
        }
        ChangesOfCommit changes = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(ChangesOfCommit.class::isInstance).map(ChangesOfCommit.class::cast).findFirst()
                .orElse(null);
        if (changes == null) {
            changes = new ChangesOfCommit();
            TransactionSynchronizationManager.registerSynchronization(changes);
        }
        changes.add(change);
    }

    private void afterCommit(UUID localAuthorityId, RecordsChanged.What what) {
        try {
            switch (what) {
                case ANY -> afterChanges.request(localAuthorityId);
                case MARKS -> afterMarks.request(localAuthorityId);
                case REGISTER -> afterMarks.requestInBackground(localAuthorityId, background);
            }
        } catch (RuntimeException e) {
            // the change itself committed; the next sweep brings the flags up to date
            log.error("Flags of local authority {} could not be re-evaluated after a change: {}",
                    localAuthorityId, SafeLog.describe(e));
        }
    }

    /** The widest change of each LA in one transaction: every rule, else the mark rules now, else in the background. */
    static RecordsChanged.What wider(RecordsChanged.What a, RecordsChanged.What b) {
        if (a == RecordsChanged.What.ANY || b == RecordsChanged.What.ANY) {
            return RecordsChanged.What.ANY;
        }
        if (a == RecordsChanged.What.MARKS || b == RecordsChanged.What.MARKS) {
            return RecordsChanged.What.MARKS;
        }
        return RecordsChanged.What.REGISTER;
    }

    /** The LAs one transaction changed, re-evaluated once each after it commits. */
    private final class ChangesOfCommit implements TransactionSynchronization {

        private final Map<UUID, RecordsChanged.What> widest = new LinkedHashMap<>();

        void add(RecordsChanged change) {
            widest.merge(change.localAuthorityId(), change.what(), ComplianceEngine::wider);
        }

        @Override
        public void afterCommit() {
            // the committed transaction is still bound to the thread here: suspend it, so that each
            // re-evaluation runs in a transaction of its own
            outsideTransaction.executeWithoutResult(status -> widest.forEach(ComplianceEngine.this::afterCommit));
        }
    }
}
