package io.tributary.core.agent;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Cancellation requests for runs in this JVM: once a run's policy is met and its policy says to
 * cancel stragglers, the agents still running are cancelled at the instant recorded here.
 */
@ApplicationScoped
public class RunSignals {

    private final Map<Long, Instant> cancelAt = new ConcurrentHashMap<>();

    /** Asks the run's remaining agent calls to stop at {@code at}; an earlier request stands. */
    public void cancelStragglers(long runId, Instant at) {
        cancelAt.merge(runId, at, (old, now) -> old.isBefore(now) ? old : now);
    }

    public Optional<Instant> cancelAt(long runId) {
        return Optional.ofNullable(cancelAt.get(runId));
    }

    /** Forgets a run's request when its execution ends, so a restart starts clean. */
    public void clear(long runId) {
        cancelAt.remove(runId);
    }
}
