package io.tributary.core.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/** The statements an H2 database ran, from its query statistics, counted by kind and table. */
public final class QueryStatistics {

    private final DataSource db;
    private Map<String, Long> before = Map.of();

    /** Turns the database's statistics on; counts start from {@link #mark}. */
    public QueryStatistics(DataSource db) throws SQLException {
        this.db = db;
        execute("SET QUERY_STATISTICS_MAX_ENTRIES 100000");
        execute("SET QUERY_STATISTICS TRUE");
    }

    /** Counts from now on. */
    public QueryStatistics mark() throws SQLException {
        before = executed();
        return this;
    }

    /** Statements of {@code kind} (select, insert, commit...) run since the mark. */
    public long ran(String kind) throws SQLException {
        return ranOn(kind, "");
    }

    /** Statements of {@code kind} naming {@code table} run since the mark. */
    public long ranOn(String kind, String table) throws SQLException {
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
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT SQL_STATEMENT, EXECUTION_COUNT FROM"
                        + " INFORMATION_SCHEMA.QUERY_STATISTICS WHERE SQL_STATEMENT NOT LIKE '%QUERY_STATISTICS%'")) {
            while (rs.next()) {
                counts.merge(rs.getString(1), rs.getLong(2), Long::sum);
            }
        }
        return counts;
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
