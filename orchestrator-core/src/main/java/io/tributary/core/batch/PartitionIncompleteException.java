package io.tributary.core.batch;

import io.tributary.api.RetriableException;

/**
 * Ends a partition whose items did not all settle, so that its batch status is FAILED and a
 * restart of the step runs this partition again (and only the partitions like it). What the
 * partition did commit stays committed.
 */
public class PartitionIncompleteException extends RetriableException {
    private static final long serialVersionUID = 1L;

    public PartitionIncompleteException(String message) {
        super(message);
    }
}
