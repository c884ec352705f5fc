package io.tributary.core.store;

import io.tributary.api.outcome.AgentStatus;

/**
 * How an agent's part of a run ended, as recorded in its outcome.
 *
 * @param status    the final status
 * @param error     why it did not deliver, empty when it did
 * @param retriable whether running it again may succeed
 */
public record AgentVerdict(AgentStatus status, String error, boolean retriable) {

    public AgentVerdict {
        java.util.Objects.requireNonNull(status, "status");
        error = error == null ? "" : error;
    }
}
