package io.tributary.core.store;

import io.tributary.api.agent.AgentResult;
import io.tributary.api.agent.Usage;
import io.tributary.api.outcome.AgentStatus;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The result of one work item, ready to commit.
 *
 * @param itemKey   the work item
 * @param status    SUCCEEDED, NO_EVIDENCE, FAILED, TIMED_OUT, CANCELLED or BUDGET_EXCEEDED
 * @param result    the agent's result (empty findings when it failed)
 * @param attempts  calls made for it, retries included
 * @param error     the last error, or empty
 * @param retriable whether that error was retriable
 * @param startedAt first call
 * @param endedAt   last call returned or was abandoned
 */
public record ItemCommit(String itemKey, AgentStatus status, AgentResult result, int attempts, String error,
        boolean retriable, Instant startedAt, Instant endedAt) {

    public ItemCommit {
        Objects.requireNonNull(itemKey, "itemKey");
        Objects.requireNonNull(status, "status");
        result = result == null ? new AgentResult(List.of(), Usage.NONE, 0, List.of()) : result;
        error = error == null ? "" : error;
    }

    /** True when the item needs no further call: it delivered, or had nothing to deliver. */
    public boolean settled() {
        return status == AgentStatus.SUCCEEDED || status == AgentStatus.NO_EVIDENCE;
    }
}
