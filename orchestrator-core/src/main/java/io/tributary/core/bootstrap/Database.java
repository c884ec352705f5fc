package io.tributary.core.bootstrap;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.tributary.api.InvalidInputException;
import io.tributary.core.bootstrap.internal.ConnectFailure;
import io.tributary.core.bootstrap.internal.EmbeddedH2;
import io.tributary.core.bootstrap.internal.EvictLostConnections;
import io.tributary.core.bootstrap.internal.H2Password;
import io.tributary.core.bootstrap.internal.JdbcUrls;
import io.tributary.core.bootstrap.internal.OwnerOnly;
import io.tributary.core.bootstrap.internal.ReconnectingDataSource;
import io.tributary.core.config.Settings;
import io.tributary.core.store.internal.JpaResultStore;
import io.tributary.core.store.internal.StoreSchema;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/**
 * The database the result store and the job repository share: their two connection pools, the
 * schema migrated by Flyway (Hibernate only validates it), and the entity manager factory.
 *
 * <p>The pools split {@code db.pool.size} between them, so that a process never holds more
 * connections than that: {@link #repositoryConnections} of them serve the job repository and
 * every other autocommit use, the rest the result store. The store's connections stay out of
 * autocommit (Hibernate is told so), so a store transaction ends with its own commit only; on a
 * pool shared with an autocommit user, handing a connection back turned autocommit on again,
 * which commits once more.
 *
 * <p>An H2 file database lives in an owner-only folder with a generated password (unless the
 * settings give credentials), and is shared with other processes through H2's automatic mixed
 * mode when the URL says {@code AUTO_SERVER=TRUE}, its server bound to 127.0.0.1.
 */
public final class Database implements AutoCloseable {

    public static final String MIGRATIONS = StoreSchema.MIGRATIONS;
    public static final String HISTORY_TABLE = StoreSchema.HISTORY_TABLE;
    /** How long the pool waits for one connection before the caller's retry looks again. */
    static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(5);

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(Database.class.getName());

    private final HikariDataSource pool;
    private final HikariDataSource storePool;
    private final DataSource reconnecting;
    private final EntityManagerFactory emf;
    private final Optional<EmbeddedH2> h2;
    private final Duration retryFor;

    private Database(HikariDataSource pool, HikariDataSource storePool, EntityManagerFactory emf,
            Optional<EmbeddedH2> h2, Duration retryFor) {
        this.pool = pool;
        this.storePool = storePool;
        this.reconnecting = new ReconnectingDataSource(pool, retryFor, Clock.systemUTC());
        this.emf = emf;
        this.h2 = h2;
        this.retryFor = retryFor;
    }

    /**
     * Opens the pool, migrates the schema and starts JPA. A database that cannot be reached fails
     * at once with the cause named (authentication, refused connection, unknown host) and no
     * password in the message.
     */
    public static Database open(Settings settings) {
        String url = settings.get("db.url");
        Duration retryFor = settings.getDuration("db.retry.for");
        createHome(settings);
        Optional<EmbeddedH2> h2 = EmbeddedH2.of(url);
        String user = settings.get("db.user", "");
        String password = credentials(settings, h2, url, user);
        checkReachable(url, user, password);
        int total = Math.max(2, settings.getInt("db.pool.size"));
        HikariDataSource ds = pool("tributary-repository", url, user, password, repositoryConnections(total), true);
        HikariDataSource store = null;
        try {
            underLock(h2, () -> {
                StoreSchema.migrate(ds);
                return null;
            });
            h2.ifPresent(EmbeddedH2::restrictFiles);
            store = pool("tributary-store", url, user, password, total - repositoryConnections(total), false);
            return new Database(ds, store, entityManagerFactory(store), h2, retryFor);
        } catch (RuntimeException e) {
            if (store != null) {
                store.close();
            }
            ds.close();
            throw e;
        }
    }

    /**
     * How many of a process's {@code total} connections ({@code db.pool.size}, at least 2) serve
     * the job repository: three in eight, at least one, the result store keeping the rest (6 and 10
     * of the default 16). The repository holds a connection for one statement at a time; a store
     * transaction holds one for several statements and the row locks they wait for.
     */
    static int repositoryConnections(int total) {
        return Math.max(1, total * 3 / 8);
    }

    /**
     * One connection straight from the driver to a database that already exists, with the URL and
     * credentials {@link #open} uses, for a quick reader that needs no pool, migration or JPA (the
     * caller closes it). Empty when the settings name an H2 file database that has not been created
     * yet, or one without its generated password file (a database of an earlier release, which
     * {@link #open} upgrades).
     */
    public static Optional<Connection> connectExisting(Settings settings) throws SQLException {
        String url = settings.get("db.url");
        Optional<EmbeddedH2> h2 = EmbeddedH2.of(url);
        if (h2.isPresent() && !h2.get().exists()) {
            return Optional.empty();
        }
        Optional<String> password = h2.isEmpty() || settings.isExplicit("db.user")
                || settings.isExplicit("db.password") ? Optional.of(settings.get("db.password", ""))
                : H2Password.existing(java.nio.file.Path.of(settings.get("db.password.file")));
        if (password.isEmpty()) {
            return Optional.empty();
        }
        h2.ifPresent(db -> db.prepare(settings.home()));
        return Optional.of(DriverManager.getConnection(url, settings.get("db.user", ""), password.get()));
    }

    /** Prepares an H2 file database's folder and returns the password to connect with. */
    private static String credentials(Settings settings, Optional<EmbeddedH2> h2, String url, String user) {
        h2.ifPresent(db -> db.prepare(settings.home()));
        return underLock(h2, () -> password(settings, h2, url, user));
    }

    /**
     * The autocommit pool for everything but the result store: connections checked before they are
     * handed out, waiting up to {@code db.retry.for} while the database cannot be reached.
     */
    public DataSource dataSource() {
        return reconnecting;
    }

    public EntityManagerFactory entityManagerFactory() {
        return emf;
    }

    /** Connections in use now, in both pools (a gauge for measurements). */
    public int activeConnections() {
        return pool.getHikariPoolMXBean().getActiveConnections()
                + storePool.getHikariPoolMXBean().getActiveConnections();
    }

    /** How long reads and writes wait for a database that cannot be reached ({@code db.retry.for}). */
    public Duration retryFor() {
        return retryFor;
    }

    /**
     * Runs {@code work} while holding a database-wide lock, so that processes starting at the same
     * time against one fresh database do not race to create the same tables: a PostgreSQL advisory
     * lock, or a file lock beside an H2 file database.
     */
    public <T> T underStartupLock(Supplier<T> work) {
        if (isH2()) {
            return underLock(h2, work);
        }
        try (Connection c = pool.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("select pg_advisory_lock(" + STARTUP_LOCK + ")");
            try {
                return work.get();
            } finally {
                s.execute("select pg_advisory_unlock(" + STARTUP_LOCK + ")");
            }
        } catch (SQLException e) {
            throw new io.tributary.api.TributaryException("Cannot take the startup lock on "
                    + JdbcUrls.redact(pool.getJdbcUrl()) + ": " + e.getMessage(), e);
        }
    }

    /** Key of the PostgreSQL advisory lock taken while creating the job repository's tables. */
    static final long STARTUP_LOCK = 0x7472_6962L;

    /** True for an H2 database (embedded default). */
    public boolean isH2() {
        return pool.getJdbcUrl().startsWith("jdbc:h2:");
    }

    @Override
    public void close() {
        try {
            emf.close();
        } finally {
            try {
                flushH2();
            } finally {
                h2.ifPresent(db -> closeWithLastSession());
                storePool.close();
                pool.close();
                h2.ifPresent(EmbeddedH2::restrictFiles);
            }
        }
    }

    /** Writes everything committed to the H2 file before this process lets go of the database. */
    private void flushH2() {
        if (h2.isEmpty()) {
            return;
        }
        try (Connection c = pool.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("CHECKPOINT SYNC");
        } catch (SQLException e) {
            LOG.warning("Could not write the H2 database to disk before closing it: " + e.getMessage());
        }
    }

    /**
     * DB_CLOSE_DELAY=-1 keeps an H2 database open until the JVM ends; once this process is done with
     * it, let it close with its last session instead (another process's sessions keep it open), so
     * that its files are released and no longer rewritten.
     */
    private void closeWithLastSession() {
        try (Connection c = pool.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("SET DB_CLOSE_DELAY 0");
        } catch (SQLException e) {
            LOG.fine("database already closed: " + e);
        }
    }

    private static <T> T underLock(Optional<EmbeddedH2> h2, Supplier<T> work) {
        return h2.isPresent() ? h2.get().underStartupLock(work) : work.get();
    }

    /**
     * The configured password, or for an H2 file database whose credentials the settings leave at
     * their defaults, the home's generated one.
     */
    private static String password(Settings settings, Optional<EmbeddedH2> h2, String url, String user) {
        if (h2.isEmpty() || settings.isExplicit("db.user") || settings.isExplicit("db.password")) {
            return settings.get("db.password", "");
        }
        return H2Password.obtain(h2.get(), url, user, java.nio.file.Path.of(settings.get("db.password.file")),
                new SecureRandom());
    }

    private static void createHome(Settings settings) {
        try {
            OwnerOnly.createFolders(settings.home());
        } catch (IOException e) {
            throw new InvalidInputException("Cannot create the work directory " + settings.home() + ": "
                    + e.getMessage(), e);
        }
    }

    private static HikariDataSource pool(String name, String url, String user, String password, int size,
            boolean autoCommit) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setAutoCommit(autoCommit);
        config.setExceptionOverride(new EvictLostConnections());
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    /** One connection straight from the driver, so that a failure says its own cause at once. */
    private static void checkReachable(String url, String user, String password) {
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.isValid(5);
        } catch (SQLException e) {
            throw ConnectFailure.describe(e, url, user, password);
        }
    }

    private static EntityManagerFactory entityManagerFactory(DataSource ds) {
        HibernatePersistenceConfiguration config = new HibernatePersistenceConfiguration("tributary")
                .managedClasses(JpaResultStore.entityClasses())
                .property("hibernate.connection.datasource", ds)
                // the store's pool hands out connections with autocommit off and gets them back so
                .property("hibernate.connection.provider_disables_autocommit", true)
                .property("hibernate.hbm2ddl.auto", "validate")
                .property("hibernate.jdbc.batch_size", 50)
                .property("hibernate.order_inserts", true);
        return config.createEntityManagerFactory();
    }
}
