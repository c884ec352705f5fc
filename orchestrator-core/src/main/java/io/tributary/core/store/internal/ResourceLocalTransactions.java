package io.tributary.core.store.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.sql.SQLException;
import java.util.function.Function;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Resource-local transactions, one entity manager per unit of work: the store in Java SE. A read
 * runs in a transaction too, rolled back at its end, so that it holds one connection throughout and
 * ends it with one statement: the store's connections are not in autocommit mode.
 */
final class ResourceLocalTransactions implements TransactionStrategy {

    private final EntityManagerFactory emf;

    ResourceLocalTransactions(EntityManagerFactory emf) {
        this.emf = emf;
    }

    @Override
    public <T> T inNewTransaction(Function<EntityManager, T> work) {
        return inTransaction(work, true);
    }

    @Override
    public <T> T read(Function<EntityManager, T> work) {
        return inTransaction(work, false);
    }

    private <T> T inTransaction(Function<EntityManager, T> work, boolean commit) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            if (commit) {
                tx.commit();
            } else {
                endRead(tx);
            }
            return result;
        } catch (RuntimeException e) {
            if (tx.isActive()) {
                try {
                    tx.rollback();
                } catch (RuntimeException rollbackFailure) {
                    e.addSuppressed(rollbackFailure);
                }
            }
            throw e;
        } finally {
            em.close();
        }
    }

    /**
     * Ends a read. A rollback that fails means the read's connection was lost on the way (the pool
     * closes a connection that met a lost database, H2's hand-over between processes included), so
     * it is reported as a connection loss: the caller reads again on a new connection.
     */
    private static void endRead(EntityTransaction tx) {
        try {
            tx.rollback();
        } catch (RuntimeException e) {
            SQLException cause = sqlCause(e);
            throw new JDBCConnectionException("The connection of a store read was lost before the read ended: "
                    + (cause == null ? e.getMessage() : cause.getMessage()), cause == null ? new SQLException(e) : cause);
        }
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
