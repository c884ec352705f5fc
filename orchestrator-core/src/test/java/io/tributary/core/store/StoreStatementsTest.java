package io.tributary.core.store;

import static io.tributary.core.store.AgentLifecycleStoreTest.T0;
import static io.tributary.core.store.AgentLifecycleStoreTest.delivered;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.outcome.AgentOutcome;
import io.tributary.api.outcome.AgentStatus;
import io.tributary.api.run.AgentInput;
import io.tributary.api.run.Subject;
import io.tributary.core.bootstrap.Database;
import io.tributary.core.config.Settings;
import io.tributary.core.store.internal.JpaResultStore;
import io.tributary.core.store.internal.Pricing;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
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

    Database db;
    ResultStore store;

    /** A store on a new database, its statements counted from now on. */
    @BeforeEach
    void open(@TempDir Path home) throws SQLException {
        db = Database.open(Settings.load(home, Map.of(), new Properties(), Map.of()));
        store = new JpaResultStore(db.entityManagerFactory(), Pricing.FREE);
        execute("SET QUERY_STATISTICS_MAX_ENTRIES 100000");
        execute("SET QUERY_STATISTICS TRUE");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void storeTransaction_endsWithOneCommit() throws SQLException {
        Map<String, Long> before = executed();

        store.acquireLease(7, RUN, "host:1", T0);
        store.releaseLease(7, T0.plusSeconds(1));

        assertThat(ran(before, "commit")).isEqualTo(2);
    }

    @Test
    void storeRead_endsWithOneStatement_andHoldsNoTransactionOpen() throws SQLException {
        store.registerRun(registration(1), true);
        Map<String, Long> before = executed();

        assertThat(store.outcomes(RUN)).isEmpty();

        assertThat(ran(before, "rollback")).isEqualTo(1);
        assertThat(ran(before, "commit")).isZero();
    }

    @Test
    void firstExecution_registersItsRunWithoutLookingForIt() throws SQLException {
        Map<String, Long> before = executed();

        store.registerRun(registration(1), true);

        assertThat(ranOn(before, "select", "trb_run")).isZero();
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
        Map<String, Long> before = executed();

        startAndCommit(step, "a", "b");
        store.commitLastItems(RUN, "press", "p", List.of(delivered("c")), step,
                items -> new AgentVerdict(AgentStatus.SUCCEEDED, "", false), T0.plusSeconds(2));

        assertThat(ranOn(before, "select", "trb_agent_outcome")).isZero();
        assertThat(ran(before, "commit")).isEqualTo(4);
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
        Map<String, Long> before = executed();

        startAndCommit(new StepRef(2, 20, "trace-2"), "b", "c");

        assertThat(ranOn(before, "select", "trb_agent_outcome")).isEqualTo(1);
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

    private long ran(Map<String, Long> before, String kind) throws SQLException {
        return ranOn(before, kind, "");
    }

    /** Statements of {@code kind} naming {@code table} run since {@code before}. */
    private long ranOn(Map<String, Long> before, String kind, String table) throws SQLException {
        long n = 0;
        for (var e : executed().entrySet()) {
            String sql = e.getKey().strip().toLowerCase(Locale.ROOT);
            if (sql.startsWith(kind) && sql.contains(table)) {
                n += e.getValue() - before.getOrDefault(e.getKey(), 0L);
            }
        }
        return n;
    }

    private Map<String, Long> executed() throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT SQL_STATEMENT, EXECUTION_COUNT FROM"
                        + " INFORMATION_SCHEMA.QUERY_STATISTICS WHERE SQL_STATEMENT NOT LIKE '%QUERY_STATISTICS%'")) {
            while (rs.next()) {
                counts.merge(rs.getString(1), rs.getLong(2), Long::sum);
            }
        }
        return counts;
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static RunRegistration registration(long execution) {
        return new RunRegistration(RUN, execution, "job", new Subject("123", "Acme", Map.of("id", "123")),
                new AgentInput.Directory(Path.of("/tmp/acme")), List.of("press"), List.of(), "all",
                "trace-" + execution, "span-" + execution);
    }
}
