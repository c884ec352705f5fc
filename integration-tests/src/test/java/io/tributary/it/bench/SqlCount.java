package io.tributary.it.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * SQL statements per job, counted by the database: H2's query statistics
 * ({@code INFORMATION_SCHEMA.QUERY_STATISTICS}, on only while the count runs) read before and after
 * a number of jobs run one after another, statement by statement. Every statement of the database
 * counts, the runtime's background ones (lease renewals) included; the statistics' own queries do
 * not.
 */
final class SqlCount {

    /** How many of a variant's most frequent statements its result keeps (the log shows all). */
    static final int TOP = 25;

    private static final Pattern TABLE = Pattern.compile(
            "\\b(?:from|into|update)\\s+(?:\"?[A-Za-z_][A-Za-z0-9_]*\"?\\.)?\"?([A-Za-z_][A-Za-z0-9_]*)",
            Pattern.CASE_INSENSITIVE);

    /** A variant's statements per job, over {@code jobs} jobs, and its most frequent statements. */
    record Result(String variant, int jobs, long statements, List<Top> top) {

        double perJob() {
            return (double) statements / jobs;
        }
    }

    /** One statement text: its kind, the table it names first, and how often a job ran it. */
    record Top(String kind, String table, double perJob, String sql) {
    }

    private SqlCount() {
    }

    static Result count(DataSource db, Variant variant, int jobs) throws Exception {
        execute(db, "SET QUERY_STATISTICS_MAX_ENTRIES 100000");
        execute(db, "SET QUERY_STATISTICS TRUE");
        try {
            Map<String, Long> before = executed(db);
            for (int i = 0; i < jobs; i++) {
                variant.runJob(i);
            }
            Map<String, Long> after = executed(db);
            Map<String, Long> ran = new HashMap<>();
            after.forEach((sql, n) -> {
                long d = n - before.getOrDefault(sql, 0L);
                if (d > 0) {
                    ran.put(sql, d);
                }
            });
            long statements = ran.values().stream().mapToLong(Long::longValue).sum();
            System.out.printf("bench: SQL statements per job, %-24s %6.1f (%d jobs)%n", variant.name(),
                    (double) statements / jobs, jobs);
            top(ran, jobs, Integer.MAX_VALUE).forEach(t -> System.out.printf("bench:   %6.1f %-7s %-24s %s%n", t.perJob(), t.kind(), t.table(),
                    t.sql()));
            return new Result(variant.name(), jobs, statements, top(ran, jobs, TOP));
        } finally {
            execute(db, "SET QUERY_STATISTICS FALSE");
        }
    }

    /** The {@code limit} statements run most often, by table and text. */
    static List<Top> top(Map<String, Long> ran, int jobs, int limit) {
        return ran.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(e -> new Top(kind(e.getKey()), table(e.getKey()), (double) e.getValue() / jobs,
                        shorten(e.getKey())))
                .sorted(Comparator.comparing(Top::table).thenComparing(Comparator.comparing(Top::perJob).reversed()))
                .toList();
    }

    static String kind(String sql) {
        String s = sql.strip();
        int space = s.indexOf(' ');
        return (space < 0 ? s : s.substring(0, space)).toLowerCase(Locale.ROOT);
    }

    /** The first table a statement names, lower case; {@code -} when it names none. */
    static String table(String sql) {
        Matcher m = TABLE.matcher(sql);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "-";
    }

    private static String shorten(String sql) {
        String one = sql.replaceAll("\\s+", " ").strip();
        return one.length() <= 110 ? one : one.substring(0, 107) + "...";
    }

    private static Map<String, Long> executed(DataSource db) throws SQLException {
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

    private static void execute(DataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
