package io.tributary.core.store;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.time.Instant;
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
 * transaction.
 */
class StoreStatementsTest {

    static final long RUN = 52;
    static final Instant T0 = Instant.parse("2026-01-02T03:04:05Z");

    @TempDir
    Path home;
    Database db;
    ResultStore store;

    @BeforeEach
    void open() throws SQLException {
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
        store.registerRun(registration(1));
        Map<String, Long> before = executed();

        assertThat(store.outcomes(RUN)).isEmpty();

        assertThat(ran(before, "rollback")).isEqualTo(1);
        assertThat(ran(before, "commit")).isZero();
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
