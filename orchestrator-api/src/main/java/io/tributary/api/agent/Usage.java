package io.tributary.api.agent;

import java.time.Duration;
import java.util.Objects;

/**
 * What an agent call consumed.
 *
 * @param calls        model or service calls made (0 for agents that compute locally)
 * @param inputTokens  prompt tokens sent to models
 * @param outputTokens completion tokens received
 * @param latency      wall time spent in the agent
 * @param model        the model used, or empty for non-model agents
 */
public record Usage(int calls, long inputTokens, long outputTokens, Duration latency, String model) {
    /** Nothing consumed. */
    public static final Usage NONE = new Usage(0, 0, 0, Duration.ZERO, "");

    public Usage {
        if (calls < 0 || inputTokens < 0 || outputTokens < 0) {
            throw new IllegalArgumentException("Usage counts must not be negative");
        }
        Objects.requireNonNull(latency, "latency");
        model = model == null ? "" : model;
    }

    /** Local computation that took {@code latency}. */
    public static Usage local(Duration latency) {
        return new Usage(0, 0, 0, latency, "");
    }

    /** Total tokens, input plus output. */
    public long tokens() {
        return inputTokens + outputTokens;
    }

    /** The sum of two usages; the model of the first non-empty one. */
    public Usage plus(Usage other) {
        return new Usage(calls + other.calls, inputTokens + other.inputTokens,
                outputTokens + other.outputTokens, latency.plus(other.latency),
                model.isEmpty() ? other.model : model);
    }
}
