package io.tributary.core.bootstrap;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.tributary.api.InvalidInputException;
import io.tributary.core.config.Settings;
import io.tributary.core.store.internal.JpaResultStore;
import io.tributary.core.store.internal.StoreSchema;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/**
 * The database the result store and the job repository share: one connection pool, the schema
 * migrated by Flyway (Hibernate only validates it), and the entity manager factory.
 */
public final class Database implements AutoCloseable {

    public static final String MIGRATIONS = StoreSchema.MIGRATIONS;
    public static final String HISTORY_TABLE = StoreSchema.HISTORY_TABLE;

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(Database.class.getName());

    private final HikariDataSource dataSource;
    private final EntityManagerFactory emf;

    private Database(HikariDataSource dataSource, EntityManagerFactory emf) {
        this.dataSource = dataSource;
        this.emf = emf;
    }

    /** Opens the pool, migrates the schema and starts JPA; fails with the URL named if unreachable. */
    public static Database open(Settings settings) {
        String url = settings.get("db.url");
        createH2Folder(url, settings.home());
        HikariDataSource ds = pool(settings, url);
        try {
            checkReachable(ds, url);
            migrate(ds);
            return new Database(ds, entityManagerFactory(ds));
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public EntityManagerFactory entityManagerFactory() {
        return emf;
    }

    /**
     * Runs {@code work} while holding a database-wide lock, so that processes starting at the same
     * time against one fresh PostgreSQL database do not race to create the same tables. An H2 file
     * database belongs to one process at a time and needs no lock.
     */
    public <T> T underStartupLock(java.util.function.Supplier<T> work) {
        if (isH2()) {
            return work.get();
        }
        try (Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("select pg_advisory_lock(" + STARTUP_LOCK + ")");
            try {
                return work.get();
            } finally {
                s.execute("select pg_advisory_unlock(" + STARTUP_LOCK + ")");
            }
        } catch (SQLException e) {
            throw new io.tributary.api.TributaryException("Cannot take the startup lock on " + dataSource.getJdbcUrl()
                    + ": " + e.getMessage(), e);
        }
    }

    /** Key of the PostgreSQL advisory lock taken while creating the job repository's tables. */
    static final long STARTUP_LOCK = 0x7472_6962L;

    /** True for an H2 database (embedded default). */
    public boolean isH2() {
        return dataSource.getJdbcUrl().startsWith("jdbc:h2:");
    }

    @Override
    public void close() {
        try {
            emf.close();
        } finally {
            try {
                flushH2();
            } finally {
                dataSource.close();
            }
        }
    }

    /**
     * Writes everything committed to the H2 file. The default URL has DB_CLOSE_ON_EXIT=FALSE (H2's
     * own shutdown hook would close the database under a job still being stopped), so H2 no longer
     * closes, and so no longer flushes, the database when the JVM exits.
     */
    private void flushH2() {
        if (!isH2()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("CHECKPOINT SYNC");
        } catch (SQLException e) {
            LOG.warning("Could not write the H2 database to disk before closing it: " + e.getMessage());
        }
    }

    private static HikariDataSource pool(Settings settings, String url) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("tributary");
        config.setJdbcUrl(url);
        config.setUsername(settings.get("db.user", ""));
        config.setPassword(settings.get("db.password", ""));
        config.setMaximumPoolSize(Math.max(2, settings.getInt("db.pool.size")));
        config.setMinimumIdle(1);
        config.setConnectionTimeout(30_000);
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    private static void checkReachable(DataSource ds, String url) {
        try (Connection c = ds.getConnection()) {
            c.isValid(5);
        } catch (SQLException e) {
            throw new InvalidInputException("Cannot connect to the database at " + url + ": " + e.getMessage()
                    + " (check db.url, db.user and db.password, or TRIBUTARY_DB_URL, TRIBUTARY_DB_USER,"
                    + " TRIBUTARY_DB_PASSWORD)", e);
        }
    }

    private static void migrate(DataSource ds) {
        StoreSchema.migrate(ds);
    }

    private static EntityManagerFactory entityManagerFactory(DataSource ds) {
        HibernatePersistenceConfiguration config = new HibernatePersistenceConfiguration("tributary")
                .managedClasses(JpaResultStore.entityClasses())
                .property("hibernate.connection.datasource", ds)
                .property("hibernate.hbm2ddl.auto", "validate")
                .property("hibernate.jdbc.batch_size", 50)
                .property("hibernate.order_inserts", true);
        return config.createEntityManagerFactory();
    }

    private static void createH2Folder(String url, Path home) {
        String prefix = "jdbc:h2:file:";
        if (url.startsWith(prefix)) {
            String path = url.substring(prefix.length()).split(";", 2)[0];
            Path parent = Path.of(path).toAbsolutePath().getParent();
            try {
                if (parent != null) {
                    Files.createDirectories(parent);
                }
            } catch (java.io.IOException e) {
                throw new InvalidInputException("Cannot create the database folder " + parent + " under "
                        + home + ": " + e.getMessage(), e);
            }
        }
    }
}
