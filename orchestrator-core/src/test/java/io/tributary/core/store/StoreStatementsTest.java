package io.tributary.core.store;

import static io.tributary.core.store.AgentLifecycleStoreTest.T0;
import static io.tributary.core.store.AgentLifecycleStoreTest.delivered;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.outcome.AgentOutcome;
import io.tributary.api.outcome.AgentStatus;
import io.tributary.api.run.AgentInput;
import io.tributary.api.run.Subject;
import io.tributary.core.bootstrap.Database;
import io.tributary.core.store.internal.JpaResultStore;
import io.tributary.core.store.internal.Pricing;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The statements the store's writes cost, counted by H2's query statistics: one commit per store
 * transaction, and no read of a row the writer already knows; and where another writer changed
 * such a row meanwhile, its change is kept, not overwritten.
 */
class StoreStatementsTest {

    static final long RUN = 52;

    /** Longer than any test here takes: no agent's start is flushed by its delay. */
    static final Duration NO_FLUSH = Duration.ofMinutes(1);

    CountedStore counted;
    Database db;
    JpaResultStore store;
    QueryStatistics statistics;

    /** A store on a new database, its statements counted from now on. */
    @BeforeEach
    void open(@TempDir Path home) throws SQLException {
        counted = CountedStore.open(home, NO_FLUSH);
        db = counted.db();
        store = counted.store();
        statistics = counted.statistics();
    }

    @AfterEach
    void close() {
        counted.close();
    }

    @Test
    void storeTransaction_endsWithOneCommit() throws SQLException {
        statistics.mark();

        store.acquireLease(7, RUN, "host:1", T0);
        store.releaseLease(7, T0.plusSeconds(1));

        assertThat(statistics.ran("commit")).isEqualTo(2);
    }

    @Test
    void storeRead_endsWithOneStatement_andHoldsNoTransactionOpen() throws SQLException {
        store.registerRun(registration(1), true);
        statistics.mark();

        assertThat(store.outcomes(RUN)).isEmpty();

        assertThat(statistics.ran("rollback")).isEqualTo(1);
        assertThat(statistics.ran("commit")).isZero();
    }

    @Test
    void firstExecution_registersItsRunWithoutLookingForIt() throws SQLException {
        statistics.mark();

        store.registerRun(registration(1), true);

        assertThat(statistics.ranOn("select", "trb_run")).isZero();
        assertThat(store.run(RUN)).get().extracting(RunInfo::lastExecutionId).isEqualTo(1L);
    }

    @Test
    void firstExecution_ofARunStoredAfterAll_movesTheStoredRunToIt() {
        store.registerRun(registration(1), false);

        store.registerRun(registration(2), true);

        assertThat(store.run(RUN)).get().extracting(RunInfo::lastExecutionId).isEqualTo(2L);
    }

    @Test
    void agentAloneInItsStep_commitsItsChunksWithoutReadingItsOutcome() throws SQLException {
        store.registerRun(registration(1), true);
        StepRef step = new StepRef(1, 10, "trace-1");
        statistics.mark();

        startAndCommit(step, "a", "b");
        store.commitLastItems(RUN, "press", "p", List.of(delivered("c")), step,
                items -> new AgentVerdict(AgentStatus.SUCCEEDED, "", false), T0.plusSeconds(2));

        // the start is inserted with the first chunk: three commits, one per chunk
        assertThat(statistics.ranOn("select", "trb_agent_outcome")).isZero();
        assertThat(statistics.ranOn("insert", "trb_agent_outcome")).isEqualTo(1);
        assertThat(statistics.ran("commit")).isEqualTo(3);
        assertThat(store.outcomes(RUN)).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(AgentStatus.SUCCEEDED);
            assertThat(o.itemsDone()).isEqualTo(3);
            assertThat(o.findings()).isEqualTo(3);
            assertThat(o.usage().calls()).isEqualTo(3);
            assertThat(o.startedAt()).isEqualTo(T0);
            assertThat(o.endedAt()).isEqualTo(T0.plusSeconds(2));
        });
    }

    @Test
    void oneItemAgent_startsAndCommitsInOneTransaction_withOneOutcomeInsert() throws SQLException {
        store.registerRun(registration(1), true);
        StepRef step = new StepRef(1, 10, "trace-1");
        statistics.mark();

        store.agentStarted(RUN, "press", "p", 1, step, T0, false);
        store.commitLastItems(RUN, "press", "p", List.of(delivered("a")), step,
                items -> new AgentVerdict(AgentStatus.SUCCEEDED, "", false), T0.plusSeconds(1));
        store.agentStepEnded(RUN, "press", "p", step);

        assertThat(statistics.ran("commit")).isEqualTo(1);
        assertThat(statistics.ranOn("insert", "trb_agent_outcome")).isEqualTo(1);
        assertThat(statistics.ranOn("update", "trb_agent_outcome")).isZero();
        assertThat(statistics.ranOn("select", "trb_agent_outcome")).isZero();
        assertThat(store.outcomes(RUN)).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(AgentStatus.SUCCEEDED);
            assertThat(o.itemsTotal()).isEqualTo(1);
            assertThat(o.itemsDone()).isEqualTo(1);
            assertThat(o.startedAt()).isEqualTo(T0);
            assertThat(o.endedAt()).isEqualTo(T0.plusSeconds(1));
            assertThat(o.traceId()).isEqualTo("trace-1");
        });
    }

    @Test
    void partitionedAgent_isStoredAsRunningWhenItStarts() throws SQLException {
        store.registerRun(registration(1), true);
        statistics.mark();

        store.agentStarted(RUN, "press", "p", 1, new StepRef(1, 10, "trace-1"), T0, true);

        assertThat(statistics.ran("commit")).isEqualTo(1);
        assertThat(store.outcomes(RUN)).extracting(AgentOutcome::status).containsExactly(AgentStatus.RUNNING);
    }

    @Test
    void outcomeAnotherWriterChangedSinceThisStepWroteIt_keepsTheOtherWritersCounts() {
        store.registerRun(registration(1), true);
        StepRef step = new StepRef(1, 10, "trace-1");
        store.agentStarted(RUN, "press", "p", 2, step, T0, false);
        ResultStore otherProcess = new JpaResultStore(db.entityManagerFactory(), Pricing.FREE);
        otherProcess.commitItems(RUN, "press", "p", List.of(delivered("x")), step);

        store.commitItems(RUN, "press", "p", List.of(delivered("a")), step);

        AgentOutcome o = store.outcomes(RUN).get(0);
        assertThat(o.itemsDone()).isEqualTo(2);
        assertThat(o.findings()).isEqualTo(2);
        assertThat(o.usage().calls()).isEqualTo(2);
        assertThat(store.costs(RUN).calls()).isEqualTo(2);
        assertThat(o.itemsTotal()).as("the start this step kept").isEqualTo(2);
        assertThat(o.startedAt()).isEqualTo(T0);
    }

    @Test
    void outcomeFinishedMeanwhile_isNotReopenedByALaterChunkOfTheSameStep() {
        store.registerRun(registration(1), true);
        StepRef step = new StepRef(1, 10, "trace-1");
        store.agentStarted(RUN, "press", "p", 2, step, T0, false);
        store.commitItems(RUN, "press", "p", List.of(delivered("a")), step);
        store.finishAgent(RUN, "press", "p", AgentStatus.FAILED, "stopped", false, T0.plusSeconds(1));

        store.commitItems(RUN, "press", "p", List.of(delivered("b")), step);

        AgentOutcome o = store.outcomes(RUN).get(0);
        assertThat(o.status()).isEqualTo(AgentStatus.FAILED);
        assertThat(o.error()).isEqualTo("stopped");
        assertThat(o.itemsDone()).isEqualTo(2);
    }

    @Test
    void agentRestarted_readsItsOutcomeOnceWhenItStarts_andNotForItsChunks() throws SQLException {
        store.registerRun(registration(1), true);
        startAndCommit(new StepRef(1, 10, "trace-1"), "a");
        store.registerRun(registration(2), false);
        statistics.mark();

        startAndCommit(new StepRef(2, 20, "trace-2"), "b", "c");

        assertThat(statistics.ranOn("select", "trb_agent_outcome")).isEqualTo(1);
        assertThat(store.outcomes(RUN)).singleElement().satisfies(o -> {
            assertThat(o.itemsDone()).isEqualTo(3);
            assertThat(o.findings()).isEqualTo(3);
        });
    }

    /** Starts the press agent alone in its step, then commits one chunk per item key. */
    private void startAndCommit(StepRef step, String... keys) {
        store.agentStarted(RUN, "press", "p", 3, step, T0, false);
        for (String key : keys) {
            store.commitItems(RUN, "press", "p", List.of(delivered(key)), step);
        }
    }

    private static RunRegistration registration(long execution) {
        return new RunRegistration(RUN, execution, "job", new Subject("123", "Acme", Map.of("id", "123")),
                new AgentInput.Directory(Path.of("/tmp/acme")), List.of("press"), List.of(), "all",
                "trace-" + execution, "span-" + execution);
    }
}
