package io.tributary.core.store;

import io.tributary.api.RetriableException;

/**
 * A write lost a lock or version conflict more often than the bounded retries allow. The step
 * fails loudly with it; nothing was half-written, since each attempt is one transaction.
 */
public class StoreConflictException extends RetriableException {
    private static final long serialVersionUID = 1L;

    public StoreConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}
