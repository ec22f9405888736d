package org.waymark.compliance.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReevaluationsTest {

    private final UUID la = UUID.randomUUID();

    @Test
    void oneChangeRunsOnceAndTheCallerWaitsForIt() {
        AtomicInteger runs = new AtomicInteger();
        new Reevaluations(id -> runs.incrementAndGet()).request(la);
        assertThat(runs).hasValue(1);
    }

    @Test
    void changesArrivingWhileOneRunWaitsJoinItInsteadOfQueueingMore() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        Reevaluations reevaluations = new Reevaluations(id -> {
            if (runs.incrementAndGet() == 1) {
                firstStarted.countDown();
                await(releaseFirst);
            }
        });
        Thread first = new Thread(() -> reevaluations.request(la));
        first.start();
        assertThat(firstStarted.await(5, TimeUnit.SECONDS)).isTrue();

        // a change during the first run: it must wait behind it, since the first may already have read past it
        Thread second = new Thread(() -> reevaluations.request(la));
        second.start();
        waitUntilBlocked(second);

        // twenty more changes while the second waits: each returns at once, the waiting run will see them
        for (int i = 0; i < 20; i++) {
            Thread joiner = new Thread(() -> reevaluations.request(la));
            joiner.start();
            joiner.join(5_000);
            assertThat(joiner.isAlive()).as("a change joining a waiting run returns at once").isFalse();
        }
        releaseFirst.countDown();
        first.join(5_000);
        second.join(5_000);
        assertThat(runs).as("the first run and one more that covers every later change").hasValue(2);
    }

    @Test
    void localAuthoritiesDoNotWaitForEachOther() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger otherRuns = new AtomicInteger();
        UUID other = UUID.randomUUID();
        Reevaluations reevaluations = new Reevaluations(id -> {
            if (id.equals(la)) {
                await(release);
            } else {
                otherRuns.incrementAndGet();
            }
        });
        Thread slow = new Thread(() -> reevaluations.request(la));
        slow.start();
        reevaluations.request(other);
        assertThat(otherRuns).hasValue(1);
        release.countDown();
        slow.join(5_000);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitUntilBlocked(Thread t) throws InterruptedException {
        for (int i = 0; i < 500 && t.getState() != Thread.State.WAITING; i++) {
            Thread.sleep(10);
        }
        assertThat(t.getState()).isEqualTo(Thread.State.WAITING);
    }
}
