package io.tributary.core.bootstrap.internal;

import com.zaxxer.hikari.HikariDataSource;
import io.tributary.core.store.internal.ConnectionLoss;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The pool as the job repository sees it: every connection handed out has just been checked, and
 * while the database cannot be reached, asking for one waits (up to {@code db.retry.for}) until it
 * can. JBeret's repository runs one statement per connection and cannot retry a failed one, so a
 * dead connection must never reach it.
 */
public final class ReconnectingDataSource implements DataSource {

    private static final int VALIDATION_SECONDS = 5;
    private static final long PAUSE_MILLIS = 500;

    private final HikariDataSource pool;
    private final Duration retryFor;
    private final Clock clock;

    public ReconnectingDataSource(HikariDataSource pool, Duration retryFor, Clock clock) {
        this.pool = pool;
        this.retryFor = retryFor;
        this.clock = clock;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Instant lostSince = null;
        while (true) {
            try {
                return checked(pool.getConnection());
            } catch (SQLException e) {
                if (!ConnectionLoss.isConnectionLoss(e)) {
                    throw e;
                }
                Instant now = clock.instant();
                lostSince = lostSince == null ? now : lostSince;
                if (Duration.between(lostSince, now).compareTo(retryFor) >= 0) {
                    throw e;
                }
                pause();
            }
        }
    }

    private Connection checked(Connection c) throws SQLException {
        boolean valid;
        try {
            valid = c.isValid(VALIDATION_SECONDS);
        } catch (SQLException e) {
            valid = false;
        }
        if (valid) {
            return c;
        }
        pool.evictConnection(c);
        throw new SQLTransientConnectionException("A pooled connection to the database was found broken", "08003");
    }

    private static void pause() throws SQLException {
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLTransientConnectionException("Interrupted while waiting for the database", "08001", e);
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("The pool's credentials are fixed by db.user and db.password");
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || pool.isWrapperFor(type);
    }
}
