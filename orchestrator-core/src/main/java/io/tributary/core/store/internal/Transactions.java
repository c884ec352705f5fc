package io.tributary.core.store.internal;

import io.tributary.core.store.StoreConflictException;
import io.tributary.core.store.StoreUnavailableException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.hibernate.StaleStateException;
import org.hibernate.exception.LockAcquisitionException;

/**
 * Runs work in one transaction of the given {@link TransactionStrategy}, retrying the whole
 * transaction a bounded number of times when it loses a lock, a deadlock or a version check, and
 * for a bounded time while the database cannot be reached. Other failures propagate at once.
 */
final class Transactions {

    static final int DEFAULT_MAX_ATTEMPTS = 8;
    /** How long work waits for a lost database by default ({@code db.retry.for}). */
    static final Duration DEFAULT_RECONNECT_FOR = Duration.ofSeconds(30);
    /** Pause between two attempts to reach a lost database. */
    static final Duration RECONNECT_PAUSE = Duration.ofMillis(500);

    /**
     * SQL states of serialization failures, deadlocks and lock timeouts (PostgreSQL, H2 and the
     * standard), and of a unique-key violation: two writers inserting the same keyed row at once,
     * where the retry finds the other's row.
     */
    private static final Set<String> CONFLICT_STATES = Set.of("40001", "40P01", "HYT00", "55P03", "23505");

    private final TransactionStrategy strategy;
    private final int maxAttempts;
    private final Duration reconnectFor;
    private final Clock clock;

    Transactions(TransactionStrategy strategy, int maxAttempts, Duration reconnectFor, Clock clock) {
        this.strategy = strategy;
        this.maxAttempts = maxAttempts;
        this.reconnectFor = reconnectFor;
        this.clock = clock;
    }

    <T> T inTransaction(String what, Function<EntityManager, T> work) {
        RuntimeException last = null;
        int attempt = 1;
        Instant lostSince = null;
        while (attempt <= maxAttempts) {
            try {
                return strategy.inNewTransaction(work);
            } catch (RuntimeException e) {
                if (ConnectionLoss.isConnectionLoss(e)) {
                    lostSince = waitForDatabase(what, e, lostSince);
                    continue;
                }
                if (!isConflict(e)) {
                    throw e;
                }
                last = e;
                backoff(attempt++);
            }
        }
        throw new StoreConflictException("Store write '" + what + "' lost a lock or version conflict "
                + maxAttempts + " times in a row; giving up", last);
    }

    <T> T read(Function<EntityManager, T> work) {
        Instant lostSince = null;
        while (true) {
            try {
                return strategy.read(work);
            } catch (RuntimeException e) {
                if (!ConnectionLoss.isConnectionLoss(e)) {
                    throw e;
                }
                lostSince = waitForDatabase("read", e, lostSince);
            }
        }
    }

    /**
     * Pauses before the next attempt to reach a lost database, or gives up once it has been lost
     * for longer than {@link #reconnectFor}; returns when the loss began.
     */
    private Instant waitForDatabase(String what, RuntimeException e, Instant lostSince) {
        Instant now = clock.instant();
        Instant since = lostSince == null ? now : lostSince;
        if (Duration.between(since, now).compareTo(reconnectFor) >= 0) {
            throw new StoreUnavailableException("The database could not be reached for " + reconnectFor.toSeconds()
                    + " s (db.retry.for) during store " + (what.equals("read") ? "read" : "write '" + what + "'")
                    + ": " + rootMessage(e), e);
        }
        pause(RECONNECT_PAUSE.toMillis());
        return since;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** True for failures that the same transaction may not meet again. */
    static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PessimisticLockException || t instanceof LockTimeoutException
                    || t instanceof OptimisticLockException || t instanceof LockAcquisitionException
                    || t instanceof StaleStateException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && CONFLICT_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static void backoff(int attempt) {
        long base = Math.min(200, 5L << Math.min(attempt, 6));
        pause(base + ThreadLocalRandom.current().nextLong(base + 1));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreConflictException("Interrupted while waiting to retry a store write", e);
        }
    }
}
