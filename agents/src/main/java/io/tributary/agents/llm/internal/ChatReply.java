package io.tributary.agents.llm.internal;

import java.time.Duration;

/**
 * What the model answered and what the call cost.
 *
 * @param text         the answer text
 * @param inputTokens  prompt tokens, as the server counted them (0 if it did not say)
 * @param outputTokens completion tokens, as the server counted them (0 if it did not say)
 * @param model        the model that answered, as the server named it, or the configured one
 * @param latency      wall time of the call
 */
public record ChatReply(String text, long inputTokens, long outputTokens, String model, Duration latency) {
}
