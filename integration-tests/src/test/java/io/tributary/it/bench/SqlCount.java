package io.tributary.it.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * SQL statements per job, counted by the database: H2's query statistics
 * ({@code INFORMATION_SCHEMA.QUERY_STATISTICS}, on only while the count runs) summed before and after
 * a number of jobs run one after another. Every statement of the database counts, the runtime's
 * background ones (lease renewals) included; the statistics' own queries do not.
 */
final class SqlCount {

    /** A variant's statements per job, over {@code jobs} jobs. */
    record Result(String variant, int jobs, long statements) {

        double perJob() {
            return (double) statements / jobs;
        }
    }

    private SqlCount() {
    }

    static Result count(DataSource db, Variant variant, int jobs) throws Exception {
        execute(db, "SET QUERY_STATISTICS_MAX_ENTRIES 100000");
        execute(db, "SET QUERY_STATISTICS TRUE");
        try {
            long before = executed(db);
            for (int i = 0; i < jobs; i++) {
                variant.runJob(i);
            }
            long statements = executed(db) - before;
            System.out.printf("bench: SQL statements per job, %-24s %6.1f (%d jobs)%n", variant.name(),
                    (double) statements / jobs, jobs);
            return new Result(variant.name(), jobs, statements);
        } finally {
            execute(db, "SET QUERY_STATISTICS FALSE");
        }
    }

    private static long executed(DataSource db) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COALESCE(SUM(EXECUTION_COUNT), 0) FROM"
                        + " INFORMATION_SCHEMA.QUERY_STATISTICS WHERE SQL_STATEMENT NOT LIKE '%QUERY_STATISTICS%'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(DataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
