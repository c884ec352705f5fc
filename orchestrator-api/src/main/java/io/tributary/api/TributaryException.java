package io.tributary.api;

/**
 * Root of every exception Tributary throws. Unchecked; subclasses say whether retrying can help
 * ({@link RetriableException}) or not ({@link NonRetriableException}). Retry logic matches these
 * types, never message text.
 */
public class TributaryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TributaryException(String message) {
        super(message);
    }

    public TributaryException(String message, Throwable cause) {
        super(message, cause);
    }
}
