package io.tributary.api;

/**
 * A failure that may go away if the same call is made again later: a timeout, a rate limit
 * (HTTP 429), a server error (HTTP 5xx), a lock timeout. The runtime retries these with backoff
 * up to the configured number of attempts.
 */
public class RetriableException extends TributaryException {
    private static final long serialVersionUID = 1L;

    public RetriableException(String message) {
        super(message);
    }

    public RetriableException(String message, Throwable cause) {
        super(message, cause);
    }
}
