package io.tributary.core.store;

import io.tributary.api.agent.SourceProblem;
import io.tributary.api.outcome.AgentStatus;
import java.util.List;

/**
 * How an agent's part of a run ended, as recorded in its outcome.
 *
 * @param status    the final status
 * @param error     why it did not deliver, empty when it did
 * @param retriable whether running it again may succeed
 * @param problems  the sources its items skipped or refused
 */
public record AgentVerdict(AgentStatus status, String error, boolean retriable, List<SourceProblem> problems) {

    public AgentVerdict {
        java.util.Objects.requireNonNull(status, "status");
        error = error == null ? "" : error;
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /** A verdict without source problems. */
    public AgentVerdict(AgentStatus status, String error, boolean retriable) {
        this(status, error, retriable, List.of());
    }
}
