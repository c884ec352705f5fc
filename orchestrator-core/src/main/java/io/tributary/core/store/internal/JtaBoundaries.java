package io.tributary.core.store.internal;

import java.util.function.Supplier;

/**
 * The container's transaction demarcation as the store needs it. In a Jakarta EE server a CDI
 * bean implements it with {@code @Transactional(REQUIRES_NEW)} and
 * {@code @Transactional(NOT_SUPPORTED)}, so that no server-specific transaction manager has to be
 * looked up.
 */
public interface JtaBoundaries {

    /**
     * Runs work in a new JTA transaction, suspending the caller's: commits when the work returns,
     * rolls back and rethrows when it throws a runtime exception.
     */
    <T> T requiresNew(Supplier<T> work);

    /** Runs work with the caller's transaction, if any, suspended. */
    <T> T notSupported(Supplier<T> work);
}
