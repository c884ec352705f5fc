package io.tributary.core.store.internal;

import io.tributary.core.store.StoreConflictException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.hibernate.StaleStateException;
import org.hibernate.exception.LockAcquisitionException;

/**
 * Runs work in one transaction of the given {@link TransactionStrategy}, retrying the whole
 * transaction a bounded number of times when it loses a lock, a deadlock or a version check.
 * Other failures propagate at once.
 */
final class Transactions {

    static final int DEFAULT_MAX_ATTEMPTS = 8;

    /**
     * SQL states of serialization failures, deadlocks and lock timeouts (PostgreSQL, H2 and the
     * standard), and of a unique-key violation: two writers inserting the same keyed row at once,
     * where the retry finds the other's row.
     */
    private static final Set<String> CONFLICT_STATES = Set.of("40001", "40P01", "HYT00", "55P03", "23505");

    private final TransactionStrategy strategy;
    private final int maxAttempts;

    Transactions(TransactionStrategy strategy, int maxAttempts) {
        this.strategy = strategy;
        this.maxAttempts = maxAttempts;
    }

    <T> T inTransaction(String what, Function<EntityManager, T> work) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            try {
                return strategy.inNewTransaction(work);
            } catch (RuntimeException e) {
                if (!isConflict(e)) {
                    throw e;
                }
                last = e;
                backoff(attempt);
            }
        }
        throw new StoreConflictException("Store write '" + what + "' lost a lock or version conflict "
                + maxAttempts + " times in a row; giving up", last);
    }

    <T> T read(Function<EntityManager, T> work) {
        return strategy.read(work);
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
        try {
            Thread.sleep(base + ThreadLocalRandom.current().nextLong(base + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreConflictException("Interrupted while waiting to retry a store write", e);
        }
    }
}
