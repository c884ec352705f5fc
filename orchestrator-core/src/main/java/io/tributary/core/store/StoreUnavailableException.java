package io.tributary.core.store;

import io.tributary.api.RetriableException;

/**
 * The database could not be reached for longer than {@code db.retry.for} allows. Nothing was
 * half-written (each attempt is one transaction); a restart of the run can go on once the database
 * is back.
 */
public class StoreUnavailableException extends RetriableException {
    private static final long serialVersionUID = 1L;

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
