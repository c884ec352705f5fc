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
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
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
        return call(agent, task, policy, provider, Cancellation.NONE);
    }

    /**
     * As {@link #call(Agent, AgentTask, CallPolicy, String)}, and stops the call with outcome
     * CANCELLED when the run's cancellation takes effect (stragglers of a run whose policy is
     * already met).
     */
    public CallResult call(Agent agent, AgentTask task, CallPolicy policy, String provider, Cancellation cancellation) {
        Instant started = clock.instant();
        int attempts = 0;
        String error = "";
        boolean retriable = false;
        while (true) {
            if (cancellation.inEffect()) {
                return cancelled(attempts, started);
            }
            Duration left = Duration.between(clock.instant(), task.deadline());
            if (left.isNegative() || left.isZero()) {
                return new CallResult(AgentStatus.TIMED_OUT, null, attempts, timeoutMessage(task, policy), true,
                        started, clock.instant());
            }
            attempts++;
            try {
                AgentResult result = once(agent, task, left, provider, cancellation);
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

    /**
     * One attempt: the agent runs on an agent thread while this thread waits for its result, the
     * deadline or the run's cancellation, whichever comes first, without polling. The agent's
     * thread is interrupted when the wait ends without a result.
     */
    private AgentResult once(Agent agent, AgentTask task, Duration left, String provider, Cancellation cancellation)
            throws TimeoutException, InterruptedException, ExecutionException {
        Semaphore bulkhead = bulkheads.computeIfAbsent(provider, p -> new Semaphore(permitsPerProvider, true));
        long deadlineNanos = System.nanoTime() + left.toNanos();
        if (!bulkhead.tryAcquire(left.toNanos(), TimeUnit.NANOSECONDS)) {
            throw new TimeoutException("waited for a free slot of provider " + provider);
        }
        try {
            CompletableFuture<AgentResult> result = new CompletableFuture<>();
            Future<?> running = executor.submit(LogContext.current().wrap(() -> {
                try {
                    result.complete(agent.analyse(task));
                } catch (Throwable t) {
                    result.completeExceptionally(t);
                }
                return null;
            }));
            try (Cancellation.Registration stop = cancellation.onCancel(() -> result.cancel(false))) {
                return result.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException | InterruptedException | CancellationException e) {
                running.cancel(true);
                throw e;
            }
        } finally {
            bulkhead.release();
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
