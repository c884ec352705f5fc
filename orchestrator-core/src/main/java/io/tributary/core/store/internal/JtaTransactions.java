package io.tributary.core.store.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.function.Function;

/**
 * JTA transactions opened by the container: each unit of work gets a new transaction (the batch
 * runtime's chunk transaction is suspended meanwhile, as the store's writes must commit or retry
 * on their own) and an application-managed entity manager joined to it. The work is flushed
 * inside the transaction, so that lock and constraint failures surface from the work itself,
 * where the retry can recognise them.
 */
final class JtaTransactions implements TransactionStrategy {

    private final EntityManagerFactory emf;
    private final JtaBoundaries boundaries;

    JtaTransactions(EntityManagerFactory emf, JtaBoundaries boundaries) {
        this.emf = emf;
        this.boundaries = boundaries;
    }

    @Override
    public <T> T inNewTransaction(Function<EntityManager, T> work) {
        return boundaries.requiresNew(() -> {
            EntityManager em = emf.createEntityManager();
            try {
                em.joinTransaction();
                T result = work.apply(em);
                em.flush();
                return result;
            } finally {
                em.close();
            }
        });
    }

    @Override
    public <T> T read(Function<EntityManager, T> work) {
        return boundaries.notSupported(() -> {
            EntityManager em = emf.createEntityManager();
            try {
                return work.apply(em);
            } finally {
                em.close();
            }
        });
    }
}
