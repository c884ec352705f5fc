package io.tributary.core.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.agent.AgentResult;
import io.tributary.api.agent.SourceProblem;
import io.tributary.api.agent.Usage;
import io.tributary.api.finding.Evidence;
import io.tributary.api.finding.Finding;
import io.tributary.api.finding.Polarity;
import io.tributary.api.finding.Severity;
import io.tributary.api.outcome.AgentOutcome;
import io.tributary.api.outcome.AgentStatus;
import io.tributary.api.run.AgentInput;
import io.tributary.api.run.Subject;
import io.tributary.core.store.AgentVerdict;
import io.tributary.core.store.CountedStore;
import io.tributary.core.store.ItemCommit;
import io.tributary.core.store.RunRegistration;
import io.tributary.core.store.StepRef;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outcomes of a run's first execution as the store that committed every one of them answers
 * them without a read: the same as a read of the database returns, and read after all whenever the
 * store cannot be sure (a restart, a partitioned agent, a write that failed, a run registered by
 * another process).
 */
class CommittedOutcomesTest {

    static final long RUN = 71;
    /** Nanoseconds a timestamp(6) column does not keep, half of them above the rounding point. */
    static final Instant T0 = Instant.parse("2026-03-04T05:06:07.123456789Z");
    static final StepRef STEP = new StepRef(1, 10, "trace-1");
    static final Duration NO_FLUSH = Duration.ofMinutes(1);

    /** Each test's store, on a database of its own. */
    final CountedStore counted;

    CommittedOutcomesTest(@TempDir Path home) throws SQLException {
        counted = CountedStore.open(home, NO_FLUSH);
    }

    @AfterEach
    void close() {
        counted.close();
    }

    @Test
    void firstExecution_answersEveryOutcomeItCommitted_asTheDatabaseHoldsThem_withoutAStatement() throws SQLException {
        counted.store().registerRun(registration(1), true);
        everyKindOfOutcomeWrite();
        counted.statistics().mark();

        List<AgentOutcome> known = counted.store().outcomes(RUN, 1);

        assertThat(counted.statistics().ran("select")).isZero();
        assertThat(counted.statistics().ran("rollback")).isZero();
        assertThat(known).extracting(AgentOutcome::agent)
                .containsExactly("financials", "leadership", "patents", "press", "regulatory");
        assertThat(known).isEqualTo(counted.store().outcomes(RUN));
        assertThat(known.get(3).startedAt()).as("to the microsecond, as the column keeps it")
                .isEqualTo(Instant.parse("2026-03-04T05:06:07.123456Z"));
    }

    @Test
    void restartedExecution_readsTheOutcomes() throws SQLException {
        counted.store().registerRun(registration(1), true);
        oneItemAgent("press");
        counted.store().registerRun(registration(2), false);
        counted.statistics().mark();

        List<AgentOutcome> outcomes = counted.store().outcomes(RUN, 2);

        assertThat(counted.statistics().ranOn("select", "trb_agent_outcome")).isEqualTo(1);
        assertThat(outcomes).extracting(AgentOutcome::agent).containsExactly("press");
    }

    @Test
    void partitionedAgent_hasTheOutcomesRead() throws SQLException {
        counted.store().registerRun(registration(1), true);
        oneItemAgent("press");
        counted.store().agentStarted(RUN, "patents", "p", 2, STEP, T0, true);
        counted.statistics().mark();

        List<AgentOutcome> outcomes = counted.store().outcomes(RUN, 1);

        assertThat(counted.statistics().ranOn("select", "trb_agent_outcome")).isEqualTo(1);
        assertThat(outcomes).extracting(AgentOutcome::agent).containsExactly("patents", "press");
    }

    @Test
    void failedWrite_hasTheOutcomesReadFromThenOn() throws SQLException {
        counted.store().registerRun(registration(1), true);
        oneItemAgent("press");
        counted.store().agentStarted(RUN, "patents", "p", 1, STEP, T0, false);
        assertThatThrownBy(() -> counted.store().commitLastItems(RUN, "patents", "p", List.of(delivered("a")), STEP, items -> {
            throw new IllegalStateException("verdict failed");
        }, T0)).hasMessageContaining("verdict failed");
        counted.store().finishAgent(RUN, "patents", "p", AgentStatus.FAILED, "verdict failed", false, T0);
        counted.statistics().mark();

        List<AgentOutcome> outcomes = counted.store().outcomes(RUN, 1);

        assertThat(counted.statistics().ranOn("select", "trb_agent_outcome")).isEqualTo(1);
        assertThat(outcomes).extracting(AgentOutcome::status).containsExactly(AgentStatus.FAILED,
                AgentStatus.SUCCEEDED);
    }

    @Test
    void runRegisteredByAnotherStore_hasTheOutcomesRead() throws SQLException {
        JpaResultStore other = new JpaResultStore(counted.db().entityManagerFactory(), Pricing.FREE);
        other.registerRun(registration(1), true);
        oneItemAgent("press");
        counted.statistics().mark();

        List<AgentOutcome> outcomes = counted.store().outcomes(RUN, 1);

        assertThat(counted.statistics().ranOn("select", "trb_agent_outcome")).isEqualTo(1);
        assertThat(outcomes).extracting(AgentOutcome::agent).containsExactly("press");
        other.close();
    }

    /**
     * An outcome by each of the store's writes: a one-item agent (its start deferred into its one
     * commit), chunks then a finish by verdict, a start flushed by its delay then a commit, a start
     * stored at its step's end, and a finish with a status of its own.
     */
    private void everyKindOfOutcomeWrite() {
        oneItemAgent("press");
        counted.store().agentStarted(RUN, "financials", "f", 2, STEP, T0, false);
        counted.store().commitItems(RUN, "financials", "f", List.of(delivered("a")), STEP);
        counted.store().commitItems(RUN, "financials", "f", List.of(delivered("b")), STEP);
        counted.store().finishAgent(RUN, "financials", "f", items -> new AgentVerdict(AgentStatus.SUCCEEDED, "", false,
                List.of(new SourceProblem("f.csv", "not UTF-8"))), T0.plusNanos(1_999));
        counted.store().agentStarted(RUN, "regulatory", "r", 1, STEP, T0.plusNanos(500), false);
        counted.store().flushStartsNow();
        counted.store().commitLastItems(RUN, "regulatory", "r", List.of(delivered("a")), STEP,
                items -> new AgentVerdict(AgentStatus.SUCCEEDED, "", false), T0.plusMillis(3));
        counted.store().agentStarted(RUN, "leadership", "l", 4, STEP, T0, false);
        counted.store().agentStepEnded(RUN, "leadership", "l", STEP);
        counted.store().agentStarted(RUN, "patents", "p", 1, STEP, T0, false);
        counted.store().finishAgent(RUN, "patents", "p", AgentStatus.FAILED, "timed out", true, T0.plusSeconds(1));
    }

    private void oneItemAgent(String agent) {
        counted.store().agentStarted(RUN, agent, "p", 1, STEP, T0, false);
        counted.store().commitLastItems(RUN, agent, "p", List.of(delivered("a")), STEP,
                items -> new AgentVerdict(AgentStatus.SUCCEEDED, "", false), T0.plusNanos(999_999));
        counted.store().agentStepEnded(RUN, agent, "p", STEP);
    }

    private static RunRegistration registration(long execution) {
        return new RunRegistration(RUN, execution, "job", new Subject("123", "Acme", Map.of("id", "123")),
                new AgentInput.Directory(Path.of("/tmp/acme")), List.of("press"), List.of(), "all",
                "trace-" + execution, "span-" + execution);
    }

    /** An item delivered with one finding and one call. */
    private static ItemCommit delivered(String key) {
        Finding f = Finding.of(key + "-finding", "perception", "topic", "claim about " + key, Polarity.NEUTRAL,
                Severity.LOW, 0.5, List.of(new Evidence("press.csv", "row 1", "quote")));
        return new ItemCommit(key, AgentStatus.SUCCEEDED, AgentResult.of(List.of(f),
                new Usage(1, 10, 5, Duration.ofMillis(3), "m"), 1), 1, "", false, T0, T0);
    }
}
