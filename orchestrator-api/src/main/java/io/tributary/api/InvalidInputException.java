package io.tributary.api;

/**
 * Input that cannot be used as given: a missing input directory, a malformed file, an invalid job
 * parameter. The message names the input and what is wrong with it.
 */
public class InvalidInputException extends NonRetriableException {
    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
