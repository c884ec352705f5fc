package io.tributary.core.store;

import io.tributary.api.outcome.AgentStatus;

/** A committed work item as the store holds it. */
public record ItemRecord(String itemKey, AgentStatus status, int attempts, int findings, int sourcesUsed,
        String problems, String error, boolean retriable, long executionId, java.time.Instant startedAt,
        java.time.Instant endedAt) {

    /** True when the item needs no further call. */
    public boolean settled() {
        return status == AgentStatus.SUCCEEDED || status == AgentStatus.NO_EVIDENCE;
    }
}
