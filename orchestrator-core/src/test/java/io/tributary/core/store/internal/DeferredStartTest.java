package io.tributary.core.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.InvalidInputException;
import io.tributary.api.agent.AgentResult;
import io.tributary.api.agent.Usage;
import io.tributary.api.outcome.AgentOutcome;
import io.tributary.api.outcome.AgentStatus;
import io.tributary.api.run.AgentInput;
import io.tributary.api.run.Subject;
import io.tributary.core.bootstrap.Database;
import io.tributary.core.config.Settings;
import io.tributary.core.store.AgentVerdict;
import io.tributary.core.store.ItemCommit;
import io.tributary.core.store.QueryStatistics;
import io.tributary.core.store.RunRegistration;
import io.tributary.core.store.StepRef;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start of an agent new in its run and alone in its step: kept for its first commit or
 * finish, which inserts the outcome row with it, and flushed as RUNNING when neither comes within
 * the delay, never twice and never over what the agent wrote.
 */
class DeferredStartTest {

    static final long RUN = 63;
    static final Instant T0 = Instant.parse("2026-02-03T04:05:06Z");
    static final StepRef STEP = new StepRef(1, 10, "trace-1");
    /** Longer than any test here takes: only {@link JpaResultStore#flushStartsNow} flushes. */
    static final Duration NO_FLUSH = Duration.ofMinutes(1);

    @TempDir
    Path home;
    Database db;
    QueryStatistics statistics;
    /** While set, every store transaction fails as if the database were gone. */
    final AtomicBoolean databaseDown = new AtomicBoolean();
    final List<JpaResultStore> stores = new ArrayList<>();

    @BeforeEach
    void open() throws SQLException {
        db = Database.open(Settings.load(home, Map.of(), new Properties(), Map.of()));
        statistics = new QueryStatistics(db.dataSource());
    }

    @AfterEach
    void close() {
        stores.forEach(JpaResultStore::close);
        db.close();
    }

    @Test
    void slowAgent_becomesVisibleAsRunningAfterTheDelay_andIsThenUpdatedNotInsertedAgain() throws Exception {
        JpaResultStore store = store(Duration.ofMillis(100));
        statistics.mark();

        store.agentStarted(RUN, "press", "p", 1, STEP, T0, false);
        AgentOutcome running = awaitOutcome(store, Duration.ofSeconds(20));
        long flushed = statistics.ranOn("insert", "trb_agent_outcome");
        statistics.mark();
        finishWithOneItem(store, "press");

        assertThat(running.status()).isEqualTo(AgentStatus.RUNNING);
        assertThat(running.itemsTotal()).isEqualTo(1);
        assertThat(running.startedAt()).isEqualTo(T0);
        assertThat(running.traceId()).isEqualTo("trace-1");
        assertThat(flushed).isEqualTo(1);
        assertThat(statistics.ranOn("insert", "trb_agent_outcome")).isZero();
        assertThat(statistics.ranOn("update", "trb_agent_outcome")).isEqualTo(1);
        assertThat(statistics.ranOn("select", "trb_agent_outcome")).as("the flushed row is known").isZero();
        assertSucceeded(store, "press");
    }

    @Test
    void commitBeforeTheFlush_storesTheStart_andTheFlushThenWritesNothing() throws SQLException {
        JpaResultStore store = store(NO_FLUSH);
        store.agentStarted(RUN, "press", "p", 1, STEP, T0, false);
        finishWithOneItem(store, "press");
        statistics.mark();

        store.flushStartsNow();
        store.agentStepEnded(RUN, "press", "p", STEP);

        assertThat(statistics.ran("insert")).isZero();
        assertThat(statistics.ran("commit")).isZero();
        assertSucceeded(store, "press");
    }

    @Test
    void flushBeforeTheCommit_isUpdatedByTheCommit() throws SQLException {
        JpaResultStore store = store(NO_FLUSH);
        store.agentStarted(RUN, "press", "p", 1, STEP, T0, false);
        statistics.mark();

        store.flushStartsNow();
        assertThat(store.outcomes(RUN)).extracting(AgentOutcome::status).containsExactly(AgentStatus.RUNNING);
        finishWithOneItem(store, "press");

        assertThat(statistics.ranOn("insert", "trb_agent_outcome")).isEqualTo(1);
        assertThat(statistics.ranOn("update", "trb_agent_outcome")).isEqualTo(1);
        assertSucceeded(store, "press");
    }

    @Test
    void commitsRacingTheirFlushes_storeEachStartOnce_andEndEveryAgentAsItsCommitSays() throws Exception {
        JpaResultStore store = store(Duration.ofMillis(1));
        List<String> agents = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            agents.add("agent" + i);
        }
        statistics.mark();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String agent : agents) {
                done.add(threads.submit(() -> {
                    store.agentStarted(RUN, agent, agent, 1, STEP, T0, false);
                    store.flushStartsNow(); // races this agent's commit, and the others'
                    finishWithOneItem(store, agent);
                    store.agentStepEnded(RUN, agent, agent, STEP);
                }));
            }
            for (Future<?> f : done) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(statistics.ranOn("insert", "trb_agent_outcome")).isEqualTo(agents.size());
        for (String agent : agents) {
            assertSucceeded(store, agent);
        }
    }

    @Test
    void finishWithoutItems_storesTheStartWithTheFinish_andIsNotReopenedByAFlush() throws SQLException {
        JpaResultStore store = store(NO_FLUSH);
        store.agentStarted(RUN, "press", "p", 0, STEP, T0, false);
        statistics.mark();

        store.finishAgent(RUN, "press", "p", AgentStatus.FAILED, "no items", false, T0.plusSeconds(3));
        store.flushStartsNow();
        store.agentStepEnded(RUN, "press", "p", STEP);

        assertThat(statistics.ran("commit")).isEqualTo(1);
        assertThat(store.outcomes(RUN)).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(AgentStatus.FAILED);
            assertThat(o.error()).isEqualTo("no items");
            assertThat(o.startedAt()).isEqualTo(T0);
            assertThat(o.endedAt()).isEqualTo(T0.plusSeconds(3));
            assertThat(o.traceId()).isEqualTo("trace-1");
        });
    }

    @Test
    void stepEndedBeforeAnyCommit_storesTheStartAsRunning_once() throws SQLException {
        JpaResultStore store = store(NO_FLUSH);
        store.agentStarted(RUN, "press", "p", 2, STEP, T0, false);
        statistics.mark();

        store.agentStepEnded(RUN, "press", "p", STEP);
        store.flushStartsNow();

        assertThat(statistics.ranOn("insert", "trb_agent_outcome")).isEqualTo(1);
        assertThat(store.outcomes(RUN)).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(AgentStatus.RUNNING);
            assertThat(o.itemsTotal()).isEqualTo(2);
        });
    }

    @Test
    void flushWhileTheDatabaseIsDown_leavesTheStartToTheCommit() {
        JpaResultStore store = store(NO_FLUSH);
        store.agentStarted(RUN, "press", "p", 1, STEP, T0, false);

        databaseDown.set(true);
        store.flushStartsNow(); // fails at once, logged; the start stays pending
        databaseDown.set(false);
        finishWithOneItem(store, "press");

        assertSucceeded(store, "press");
    }

    @Test
    void storeOfAnApplicationServer_storesEveryStartAtOnce() {
        JpaResultStore store = register(new JpaResultStore(transactions(), Pricing.FREE));

        store.agentStarted(RUN, "press", "p", 1, STEP, T0, false);

        assertThat(store.outcomes(RUN)).extracting(AgentOutcome::status).containsExactly(AgentStatus.RUNNING);
    }

    @Test
    void zeroDelay_storesEveryStartAtOnce() {
        JpaResultStore store = store(Duration.ZERO);

        store.agentStarted(RUN, "press", "p", 1, STEP, T0, false);

        assertThat(store.outcomes(RUN)).extracting(AgentOutcome::status).containsExactly(AgentStatus.RUNNING);
    }

    @Test
    void delayOutOfRange_isRefused_namingTheSetting() {
        assertThatThrownBy(() -> new JpaResultStore(db.entityManagerFactory(), Pricing.FREE, Duration.ofSeconds(30),
                Duration.ofMinutes(2))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("store.start.visible-after").hasMessageContaining("PT2M");
        assertThatThrownBy(() -> new JpaResultStore(db.entityManagerFactory(), Pricing.FREE, Duration.ofSeconds(30),
                Duration.ofSeconds(-1))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("store.start.visible-after").hasMessageContaining("PT-1S");
    }

    @Test
    void bundledDefault_isTheStoresDefault() {
        assertThat(Settings.load(home, Map.of(), new Properties(), Map.of()).getDuration(PendingStarts.SETTING))
                .isEqualTo(JpaResultStore.DEFAULT_START_VISIBLE_AFTER);
    }

    /** A store on the test's database whose starts wait {@code visibleAfter}, its run registered for execution 1. */
    private JpaResultStore store(Duration visibleAfter) {
        JpaResultStore store = register(new JpaResultStore(transactions(), Pricing.FREE, visibleAfter));
        store.registerRun(new RunRegistration(RUN, 1, "job", new Subject("9", "Nine", Map.of("id", "9")),
                new AgentInput.Directory(Path.of("/tmp/nine")), List.of("press"), List.of(), "all", "trace-1",
                "span-1"), true);
        return store;
    }

    private JpaResultStore register(JpaResultStore store) {
        stores.add(store);
        return store;
    }

    /** The database's transactions, failing as a lost connection while {@link #databaseDown} is set. */
    private TransactionStrategy transactions() {
        TransactionStrategy real = TransactionStrategy.resourceLocal(db.entityManagerFactory());
        return new TransactionStrategy() {
            @Override
            public <T> T inNewTransaction(Function<EntityManager, T> work) {
                failIfDown();
                return real.inNewTransaction(work);
            }

            @Override
            public <T> T read(Function<EntityManager, T> work) {
                return real.read(work);
            }

            private void failIfDown() {
                if (databaseDown.get()) {
                    throw new JDBCConnectionException("Unable to acquire JDBC connection",
                            new SQLException("Connection refused", "08001"));
                }
            }
        };
    }

    private static void finishWithOneItem(JpaResultStore store, String agent) {
        ItemCommit item = new ItemCommit("only", AgentStatus.SUCCEEDED, AgentResult.of(List.of(),
                new Usage(1, 10, 5, Duration.ofMillis(3), "m"), 1), 1, "", false, T0, T0);
        store.commitLastItems(RUN, agent, agent.equals("press") ? "p" : agent, List.of(item), STEP,
                items -> new AgentVerdict(AgentStatus.SUCCEEDED, "", false), T0.plusSeconds(2));
    }

    private static void assertSucceeded(JpaResultStore store, String agent) {
        assertThat(store.outcomes(RUN)).filteredOn(o -> o.agent().equals(agent)).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(AgentStatus.SUCCEEDED);
            assertThat(o.itemsTotal()).isEqualTo(1);
            assertThat(o.itemsDone()).isEqualTo(1);
            assertThat(o.usage().calls()).isEqualTo(1);
            assertThat(o.startedAt()).isEqualTo(T0);
            assertThat(o.endedAt()).isEqualTo(T0.plusSeconds(2));
        });
    }

    private static AgentOutcome awaitOutcome(JpaResultStore store, Duration atMost) throws InterruptedException {
        Instant limit = Instant.now().plus(atMost);
        while (store.outcomes(RUN).isEmpty() && Instant.now().isBefore(limit)) {
            Thread.sleep(20);
        }
        assertThat(store.outcomes(RUN)).as("the start flushed within " + atMost).hasSize(1);
        return store.outcomes(RUN).get(0);
    }
}
