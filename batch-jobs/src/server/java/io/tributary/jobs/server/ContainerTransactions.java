package io.tributary.jobs.server;

import io.tributary.core.store.internal.JtaBoundaries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.function.Supplier;

/**
 * The store's transaction boundaries as the container draws them: Jakarta Transactions
 * interceptors, so the same WAR runs on any Jakarta EE server without looking up a
 * server-specific transaction manager.
 */
@ApplicationScoped
public class ContainerTransactions implements JtaBoundaries {

    @Override
    @Transactional(TxType.REQUIRES_NEW)
    public <T> T requiresNew(Supplier<T> work) {
        return work.get();
    }

    @Override
    @Transactional(TxType.NOT_SUPPORTED)
    public <T> T notSupported(Supplier<T> work) {
        return work.get();
    }
}
