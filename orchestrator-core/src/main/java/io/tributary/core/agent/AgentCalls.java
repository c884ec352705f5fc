package io.tributary.core.agent;

import io.tributary.api.RetriableException;
import io.tributary.api.agent.Agent;
import io.tributary.api.agent.AgentResult;
import io.tributary.api.agent.AgentTask;
import io.tributary.api.outcome.AgentStatus;
import io.tributary.core.tracing.LogContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Calls agents on behalf of batch steps. Each call runs on an agent thread (virtual on Java 21+
 * when enabled) while the step's thread waits no longer than the deadline; at the deadline the
 * call is interrupted and abandoned. Retriable failures ({@link RetriableException}) are retried
 * with exponential backoff and jitter while attempts and time remain; any other failure is final
 * at once. A semaphore per provider bounds the calls in flight across every job of the JVM.
 */
public final class AgentCalls implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(AgentCalls.class.getName());
    public static final String LOCAL_PROVIDER = "local";
    /** How often a waiting call looks for a cancellation request. */
    static final Duration CANCEL_CHECK = Duration.ofMillis(50);

    private final ExecutorService executor;
    private final int permitsPerProvider;
    private final Clock clock;
    private final ConcurrentHashMap<String, Semaphore> bulkheads = new ConcurrentHashMap<>();

    public AgentCalls(ExecutorService executor, int permitsPerProvider, Clock clock) {
        if (permitsPerProvider < 1) {
            throw new IllegalArgumentException("agents.concurrency must be at least 1, was " + permitsPerProvider);
        }
        this.executor = executor;
        this.permitsPerProvider = permitsPerProvider;
        this.clock = clock;
    }

    /** Calls {@code agent.analyse(task)} under the deadline and retry policy. Never throws for agent failures. */
    public CallResult call(Agent agent, AgentTask task, CallPolicy policy, String provider) {
        return call(agent, task, policy, provider, Optional::empty);
    }

    /**
     * As {@link #call(Agent, AgentTask, CallPolicy, String)}, and stops the call with outcome
     * CANCELLED when {@code cancelAt} names an instant that has passed (stragglers of a run whose
     * policy is already met).
     */
    public CallResult call(Agent agent, AgentTask task, CallPolicy policy, String provider,
            Supplier<Optional<Instant>> cancelAt) {
        Instant started = clock.instant();
        int attempts = 0;
        String error = "";
        boolean retriable = false;
        while (true) {
            if (cancelAt.get().filter(at -> !clock.instant().isBefore(at)).isPresent()) {
                return cancelled(attempts, started);
            }
            Duration left = Duration.between(clock.instant(), task.deadline());
            if (left.isNegative() || left.isZero()) {
                return new CallResult(AgentStatus.TIMED_OUT, null, attempts, timeoutMessage(task, policy), true,
                        started, clock.instant());
            }
            attempts++;
            try {
                AgentResult result = once(agent, task, left, provider, cancelAt);
                AgentStatus status = result.hasNoEvidence() ? AgentStatus.NO_EVIDENCE : AgentStatus.SUCCEEDED;
                return new CallResult(status, result, attempts, "", false, started, clock.instant());
            } catch (TimeoutException e) {
                return new CallResult(AgentStatus.TIMED_OUT, null, attempts, timeoutMessage(task, policy), true,
                        started, clock.instant());
            } catch (CancellationException e) {
                return cancelled(attempts, started);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new CallResult(AgentStatus.CANCELLED, null, attempts, "cancelled while running", true,
                        started, clock.instant());
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                error = describe(cause);
                retriable = cause instanceof RetriableException;
                if (!retriable || attempts > policy.retries()) {
                    log(task, cause, attempts, retriable);
                    return new CallResult(AgentStatus.FAILED, null, attempts, error, retriable, started, clock.instant());
                }
                if (!sleepBackoff(policy, attempts, task)) {
                    return new CallResult(AgentStatus.FAILED, null, attempts, error, true, started, clock.instant());
                }
            }
        }
    }

    private CallResult cancelled(int attempts, Instant started) {
        return new CallResult(AgentStatus.CANCELLED, null, attempts,
                "cancelled: the run's policy was met and the grace period for stragglers ran out", false,
                started, clock.instant());
    }

    private AgentResult once(Agent agent, AgentTask task, Duration left, String provider,
            Supplier<Optional<Instant>> cancelAt) throws TimeoutException, InterruptedException, ExecutionException {
        Semaphore bulkhead = bulkheads.computeIfAbsent(provider, p -> new Semaphore(permitsPerProvider, true));
        long deadlineNanos = System.nanoTime() + left.toNanos();
        if (!bulkhead.tryAcquire(left.toNanos(), TimeUnit.NANOSECONDS)) {
            throw new TimeoutException("waited for a free slot of provider " + provider);
        }
        try {
            Future<AgentResult> future = executor.submit(LogContext.current().wrap(() -> agent.analyse(task)));
            try {
                return await(future, deadlineNanos, cancelAt);
            } catch (TimeoutException | InterruptedException | CancellationException e) {
                future.cancel(true);
                throw e;
            }
        } finally {
            bulkhead.release();
        }
    }

    /** Waits for the call in slices, so that a cancellation request is seen within one slice. */
    private AgentResult await(Future<AgentResult> future, long deadlineNanos, Supplier<Optional<Instant>> cancelAt)
            throws TimeoutException, InterruptedException, ExecutionException {
        while (true) {
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0) {
                throw new TimeoutException();
            }
            try {
                return future.get(Math.min(left, CANCEL_CHECK.toNanos()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException slice) {
                if (cancelAt.get().filter(at -> !clock.instant().isBefore(at)).isPresent()) {
                    throw new CancellationException();
                }
            }
        }
    }

    /** Sleeps before the next retry; false if the deadline would pass first. */
    private boolean sleepBackoff(CallPolicy policy, int attempt, AgentTask task) {
        long base = policy.backoffBefore(attempt).toMillis();
        long pause = base + (base > 0 ? ThreadLocalRandom.current().nextLong(base / 2 + 1) : 0);
        if (clock.instant().plusMillis(pause).isAfter(task.deadline())) {
            return false;
        }
        try {
            Thread.sleep(pause);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Calls in flight for a provider, for tests and diagnostics. */
    public int inFlight(String provider) {
        Semaphore s = bulkheads.get(provider);
        return s == null ? 0 : permitsPerProvider - s.availablePermits();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    private static String timeoutMessage(AgentTask task, CallPolicy policy) {
        return "agent '" + task.agent() + "' did not finish within its deadline of " + policy.timeout();
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        return t.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    private static void log(AgentTask task, Throwable cause, int attempts, boolean retriable) {
        LOG.log(Level.WARNING, cause, () -> "Agent '" + task.agent() + "' (" + task.approach() + ") failed on item "
                + task.item() + " after " + attempts + " attempt(s)" + (retriable ? " (retries exhausted)" : ""));
    }
}
