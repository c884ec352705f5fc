package io.tributary.core.agent;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Cancellation requests for runs in this JVM: once a run's policy is met and its policy says to
 * cancel stragglers, the agents still running are cancelled at the instant recorded here. Calls
 * waiting for an agent register with their run and are stopped when the instant comes, by a
 * timer, so that a thousand calls in flight cost no polling.
 */
@ApplicationScoped
public class RunSignals {

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tributary-cancellations");
        t.setDaemon(true);
        return t;
    });

    private final Map<Long, Instant> cancelAt = new ConcurrentHashMap<>();
    private final Map<Long, Set<Runnable>> waiting = new ConcurrentHashMap<>();
    private final Clock clock;

    /** Signals on the system clock. */
    public RunSignals() {
        this(Clock.systemUTC());
    }

    /** Signals whose requests fall due by {@code clock}. */
    public RunSignals(Clock clock) {
        this.clock = clock;
    }

    /** Asks the run's remaining agent calls to stop at {@code at}; an earlier request stands. */
    public void cancelStragglers(long runId, Instant at) {
        Instant effective = cancelAt.merge(runId, at, (old, now) -> old.isBefore(now) ? old : now);
        scheduleStop(runId, effective);
    }

    private void scheduleStop(long runId, Instant at) {
        long delay = Math.max(0, Duration.between(clock.instant(), at).toNanos());
        TIMER.schedule(() -> stopDue(runId), delay, TimeUnit.NANOSECONDS);
    }

    /** The run's request as its calls see it. */
    public Cancellation cancellation(long runId) {
        return new Cancellation() {
            @Override
            public boolean inEffect() {
                return due(runId);
            }

            @Override
            public Registration onCancel(Runnable stop) {
                Runnable once = new Once(stop);
                waiting.computeIfAbsent(runId, id -> ConcurrentHashMap.newKeySet()).add(once);
                if (due(runId)) {
                    once.run();
                }
                return () -> waiting.computeIfPresent(runId, (id, set) -> {
                    set.remove(once);
                    return set.isEmpty() ? null : set;
                });
            }
        };
    }

    /** Forgets a run's request when its execution ends, so a restart starts clean. */
    public void clear(long runId) {
        cancelAt.remove(runId);
    }

    private boolean due(long runId) {
        Instant at = cancelAt.get(runId);
        return at != null && !clock.instant().isBefore(at);
    }

    /**
     * Stops the run's registered calls once its request is due. A timer may fire a little before
     * the instant (the wall clock and the timer's clock differ): then it tries again when the
     * request is due, rather than letting the calls run on to their deadline.
     */
    private void stopDue(long runId) {
        Instant at = cancelAt.get(runId);
        if (at == null) {
            return;
        }
        if (clock.instant().isBefore(at)) {
            scheduleStop(runId, at);
            return;
        }
        Set<Runnable> calls = waiting.get(runId);
        if (calls != null) {
            calls.forEach(Runnable::run);
        }
    }

    /** Runs its action at most once, however often it is asked. */
    private static final class Once implements Runnable {
        private final Runnable action;
        private final AtomicBoolean done = new AtomicBoolean();

        Once(Runnable action) {
            this.action = action;
        }

        @Override
        public void run() {
            if (done.compareAndSet(false, true)) {
                action.run();
            }
        }
    }
}
