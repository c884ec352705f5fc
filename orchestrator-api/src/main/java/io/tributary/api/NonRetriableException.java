package io.tributary.api;

/**
 * A failure that the same call would meet again: malformed model output, a client error (HTTP
 * 4xx other than 429), a bug. Never retried.
 */
public class NonRetriableException extends TributaryException {
    private static final long serialVersionUID = 1L;

    public NonRetriableException(String message) {
        super(message);
    }

    public NonRetriableException(String message, Throwable cause) {
        super(message, cause);
    }
}
