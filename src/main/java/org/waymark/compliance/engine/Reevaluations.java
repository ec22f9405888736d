package org.waymark.compliance.engine;

import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Coalesces re-evaluations of an LA's flags after changes (decision 0402). At most one re-evaluation of an LA runs
 * at a time in this instance, and at most one waits behind it; a change that arrives while one is already waiting
 * joins it instead of queueing another, because the waiting run has not started reading yet and so will see that
 * change. Without this, 50 providers submitting registers at once started 50 whole-LA re-evaluations that queued
 * on the LA's row lock, each holding a database connection, until the pool ran dry.
 */
public final class Reevaluations {

    private final ConcurrentMap<UUID, Lane> lanes = new ConcurrentHashMap<>();
    private final Consumer<UUID> reevaluate;

    public Reevaluations(Consumer<UUID> reevaluate) {
        this.reevaluate = reevaluate;
    }

    /**
     * Re-evaluates the LA and waits for it (so one user making one change sees its flags at once), or returns at
     * once when a run that has not started yet will cover this change.
     */
    public void request(UUID localAuthorityId) {
        Lane lane = lanes.computeIfAbsent(localAuthorityId, id -> new Lane());
        if (lane.claim()) {
            lane.run(localAuthorityId, reevaluate);
        }
    }

    /** The same without waiting: the run, if one is needed, happens on {@code background}. */
    public void requestInBackground(UUID localAuthorityId, Executor background) {
        Lane lane = lanes.computeIfAbsent(localAuthorityId, id -> new Lane());
        if (lane.claim()) {
            background.execute(() -> lane.run(localAuthorityId, reevaluate));
        }
    }

    private static final class Lane {
        final ReentrantLock running = new ReentrantLock();
        boolean waiting;

        /** Whether the caller must start a run (false: a waiting run will see the change). */
        synchronized boolean claim() {
            if (waiting) {
                return false;
            }
            waiting = true;
            return true;
        }

        void run(UUID localAuthorityId, Consumer<UUID> reevaluate) {
            running.lock();
            try {
                synchronized (this) {
                    // from here on, a new change needs a new run: this one may already have read past it
                    waiting = false;
                }
                reevaluate.accept(localAuthorityId);
            } finally {
                running.unlock();
            }
        }
    }
}
