package io.tributary.core.store;

import java.time.Instant;

/**
 * A running execution's claim: which process owns it and when it last said so.
 *
 * @param owner {@code host:pid} of the owning process
 */
public record Lease(long executionId, long runId, String owner, Instant heartbeatAt, boolean released) {
}
