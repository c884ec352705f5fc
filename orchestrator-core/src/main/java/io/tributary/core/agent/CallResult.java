package io.tributary.core.agent;

import io.tributary.api.agent.AgentResult;
import io.tributary.api.outcome.AgentStatus;
import java.time.Instant;

/**
 * What calling an agent for one task came to.
 *
 * @param status    SUCCEEDED, NO_EVIDENCE, FAILED, TIMED_OUT or CANCELLED
 * @param result    the agent's result, or null if it did not return one
 * @param attempts  calls made
 * @param error     the last error, or empty
 * @param retriable whether the last error was retriable
 */
public record CallResult(AgentStatus status, AgentResult result, int attempts, String error, boolean retriable,
        Instant startedAt, Instant endedAt) {
}
