package io.tributary.it.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The PostgreSQL server of the test run, if one is configured with TRIBUTARY_TEST_PG_URL (and
 * TRIBUTARY_TEST_PG_USER, TRIBUTARY_TEST_PG_PASSWORD). Tests that need it are skipped, with a
 * message saying how to configure one, when it is not. Each caller gets a schema of its own.
 */
public final class Postgres {

    public static final String URL = "TRIBUTARY_TEST_PG_URL";

    private Postgres() {
    }

    public static boolean configured() {
        String url = System.getenv(URL);
        return url != null && !url.isBlank();
    }

    /** Skips the calling test unless PostgreSQL is configured. */
    public static void assumeConfigured() {
        assumeTrue(configured(), "PostgreSQL tests skipped: no server configured. Set " + URL
                + " (e.g. jdbc:postgresql://127.0.0.1:5432/tributary_test), TRIBUTARY_TEST_PG_USER and"
                + " TRIBUTARY_TEST_PG_PASSWORD; .ci/run starts one");
    }

    /** Settings (db.url, db.user, db.password) pointing at a new, empty schema. */
    public static Map<String, String> freshSchemaSettings() throws SQLException {
        assumeConfigured();
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        String base = System.getenv(URL);
        String user = env("TRIBUTARY_TEST_PG_USER");
        String password = env("TRIBUTARY_TEST_PG_PASSWORD");
        try (Connection c = DriverManager.getConnection(base, user, password); Statement s = c.createStatement()) {
            s.execute("create schema " + schema);
        }
        String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return Map.of("db.url", url, "db.user", user, "db.password", password);
    }

    private static String env(String name) {
        String v = System.getenv(name);
        return v == null ? "" : v;
    }
}
