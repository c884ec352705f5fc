package io.tributary.core.store.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.util.function.Function;

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
                tx.rollback();
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
}
