package io.tributary.core.store.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.function.Function;

/**
 * How the store brackets one unit of work in a transaction of its own. In Java SE that is a
 * resource-local transaction on the entity manager; in an application server it is a JTA
 * transaction that the container opens, so the store joins the server's transaction manager and
 * data source. The units of work and the retry of lost locks ({@link Transactions}) are the same
 * for both.
 */
public interface TransactionStrategy {

    /**
     * Runs work in a new transaction of its own, committed when the work returns and rolled back
     * when it throws; a transaction of the caller (a batch chunk's) is left untouched.
     */
    <T> T inNewTransaction(Function<EntityManager, T> work);

    /** Runs read-only work outside any transaction. */
    <T> T read(Function<EntityManager, T> work);

    /** Resource-local transactions on a factory the application built (Java SE). */
    static TransactionStrategy resourceLocal(EntityManagerFactory emf) {
        return new ResourceLocalTransactions(emf);
    }

    /**
     * JTA transactions opened by the container through {@code boundaries}, on the factory of a
     * JTA persistence unit (an application server).
     */
    static TransactionStrategy jta(EntityManagerFactory emf, JtaBoundaries boundaries) {
        return new JtaTransactions(emf, boundaries);
    }
}
