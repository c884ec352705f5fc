package io.tributary.core.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.NonRetriableException;
import io.tributary.api.RetriableException;
import io.tributary.api.agent.Agent;
import io.tributary.api.agent.AgentResult;
import io.tributary.api.agent.AgentTask;
import io.tributary.api.agent.Usage;
import io.tributary.api.outcome.AgentStatus;
import io.tributary.api.run.AgentInput;
import io.tributary.api.run.Subject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AgentCallsTest {

    final AgentCalls calls = new AgentCalls(AgentThreads.create("platform"), 3, Clock.systemUTC());
    final CallPolicy twoRetries = new CallPolicy(Duration.ofSeconds(10), 2, Duration.ofMillis(1));

    @AfterEach
    void close() {
        calls.close();
    }

    @Test
    void retriableFailure_thatSucceedsOnTheSecondTry_isRetriedOnce() {
        AtomicInteger n = new AtomicInteger();
        Agent agent = task -> {
            if (n.incrementAndGet() == 1) {
                throw new RetriableException("rate limited");
            }
            return AgentResult.of(List.of(), Usage.NONE, 1);
        };
        CallResult r = calls.call(agent, task(Duration.ofSeconds(10)), twoRetries, "p");
        assertThat(r.status()).isEqualTo(AgentStatus.SUCCEEDED);
        assertThat(r.attempts()).isEqualTo(2);
        assertThat(n).hasValue(2);
    }

    @Test
    void nonRetriableFailure_isNeverRetried() {
        AtomicInteger n = new AtomicInteger();
        Agent agent = task -> {
            n.incrementAndGet();
            throw new NonRetriableException("malformed output");
        };
        CallResult r = calls.call(agent, task(Duration.ofSeconds(10)), twoRetries, "p");
        assertThat(r.status()).isEqualTo(AgentStatus.FAILED);
        assertThat(r.retriable()).isFalse();
        assertThat(r.error()).contains("malformed output");
        assertThat(n).hasValue(1);
    }

    @Test
    void retriableFailure_everyTime_stopsAfterTheRetries() {
        AtomicInteger n = new AtomicInteger();
        Agent agent = task -> {
            n.incrementAndGet();
            throw new RetriableException("HTTP 503");
        };
        CallResult r = calls.call(agent, task(Duration.ofSeconds(10)), twoRetries, "p");
        assertThat(r.status()).isEqualTo(AgentStatus.FAILED);
        assertThat(r.retriable()).isTrue();
        assertThat(r.attempts()).isEqualTo(3);
        assertThat(n).hasValue(3);
    }

    @Test
    void agentPastItsDeadline_isInterruptedAndTimedOut() throws Exception {
        CompletableFuture<Boolean> interrupted = new CompletableFuture<>();
        Agent agent = task -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                interrupted.complete(true);
            }
            return AgentResult.of(List.of(), Usage.NONE, 1);
        };
        CallResult r = calls.call(agent, task(Duration.ofMillis(200)), twoRetries, "p");
        assertThat(r.status()).isEqualTo(AgentStatus.TIMED_OUT);
        assertThat(interrupted.get(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void cancellationRequest_stopsARunningCallAsCancelled() {
        Agent agent = sleeping(10_000);
        RunSignals signals = new RunSignals();
        Instant cancelAt = Instant.now().plusMillis(150);
        signals.cancelStragglers(7, cancelAt);
        CallResult r = calls.call(agent, task(Duration.ofSeconds(10)), twoRetries, "p", signals.cancellation(7));
        assertThat(r.status()).isEqualTo(AgentStatus.CANCELLED);
        assertThat(r.endedAt()).isAfterOrEqualTo(cancelAt);
        assertThat(Duration.between(cancelAt, r.endedAt())).isLessThan(Duration.ofSeconds(3));
    }

    /** A clock that can be set back: the wall clock of a machine whose time is adjusted. */
    static final class LaggingClock extends Clock {
        volatile long lagMillis;

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().minusMillis(lagMillis);
        }
    }

    @Test
    void aCancellationTimerThatFiresBeforeTheWallClockReachesTheInstant_stillCancelsWhenItDoes() throws Exception {
        // given a request due in 100 ms, and then the wall clock set back 150 ms
        LaggingClock clock = new LaggingClock();
        RunSignals signals = new RunSignals(clock);
        Instant cancelAt = clock.instant().plusMillis(100);
        signals.cancelStragglers(9, cancelAt);
        clock.lagMillis = 150;
        Agent slow = sleeping(10_000);

        // when a call of that run waits on a slow agent
        CallResult r = calls.call(slow, task(9, Duration.ofSeconds(10)), twoRetries, "p", signals.cancellation(9));

        // then it is cancelled once the clock reaches the instant, not left to its 10 s deadline
        assertThat(r.status()).isEqualTo(AgentStatus.CANCELLED);
        assertThat(Duration.between(r.startedAt(), r.endedAt())).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void cancellationRequestedWhileACallWaits_stopsIt_andOtherRunsCarryOn() throws Exception {
        // given two runs' calls waiting on slow agents, and no request yet
        RunSignals signals = new RunSignals();
        Agent slow = task -> {
            try {
                Thread.sleep(task.runId() == 1 ? 10_000 : 600);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return AgentResult.of(List.of(), Usage.NONE, 1);
        };
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> calls.call(slow, task(1, Duration.ofSeconds(10)), twoRetries, "p",
                    signals.cancellation(1)));
            var second = pool.submit(() -> calls.call(slow, task(2, Duration.ofSeconds(10)), twoRetries, "p",
                    signals.cancellation(2)));
            Thread.sleep(100);

            // when run 1's stragglers are cancelled now
            signals.cancelStragglers(1, Instant.now());

            // then run 1's call ends CANCELLED soon, run 2's call delivers
            CallResult r1 = first.get(5, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(r1.status()).isEqualTo(AgentStatus.CANCELLED);
            assertThat(Duration.between(r1.startedAt(), r1.endedAt())).isLessThan(Duration.ofSeconds(5));
            assertThat(second.get(5, java.util.concurrent.TimeUnit.SECONDS).status()).isEqualTo(AgentStatus.SUCCEEDED);
            // and a call that starts after the request is cancelled before it reaches the agent
            AtomicInteger reached = new AtomicInteger();
            CallResult late = calls.call(task -> {
                reached.incrementAndGet();
                return AgentResult.of(List.of(), Usage.NONE, 1);
            }, task(1, Duration.ofSeconds(10)), twoRetries, "p", signals.cancellation(1));
            assertThat(late.status()).isEqualTo(AgentStatus.CANCELLED);
            assertThat(reached).hasValue(0);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void noEvidence_isAnOutcomeNotAFailure() {
        CallResult r = calls.call(task -> AgentResult.noEvidence(Usage.NONE, List.of()), task(Duration.ofSeconds(5)),
                twoRetries, "p");
        assertThat(r.status()).isEqualTo(AgentStatus.NO_EVIDENCE);
        assertThat(r.attempts()).isEqualTo(1);
    }

    @Test
    void bulkhead_boundsCallsInFlightPerProvider() throws Exception {
        AtomicInteger now = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        Agent agent = task -> {
            peak.accumulateAndGet(now.incrementAndGet(), Math::max);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            now.decrementAndGet();
            return AgentResult.of(List.of(), Usage.NONE, 1);
        };
        List<CompletableFuture<CallResult>> all = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            all.add(CompletableFuture.supplyAsync(() -> calls.call(agent, task(Duration.ofSeconds(20)), twoRetries,
                    "model-x")));
        }
        for (CompletableFuture<CallResult> f : all) {
            assertThat(f.get().status()).isEqualTo(AgentStatus.SUCCEEDED);
        }
        assertThat(peak.get()).isLessThanOrEqualTo(3).isPositive();
    }

    /** An agent that sleeps {@code ms} unless interrupted, then delivers nothing. */
    private static Agent sleeping(long ms) {
        return task -> {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return AgentResult.of(List.of(), Usage.NONE, 1);
        };
    }

    private static AgentTask task(Duration timeout) {
        return task(1, timeout);
    }

    private static AgentTask task(long runId, Duration timeout) {
        return new AgentTask(runId, "role", "approach", Subject.of("acme", "Acme"), new AgentInput.Directory(Path.of(".")),
                AgentTask.WHOLE,
                Map.of(), Instant.now().plus(timeout));
    }
}
