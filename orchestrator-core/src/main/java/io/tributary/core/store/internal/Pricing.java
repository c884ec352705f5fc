package io.tributary.core.store.internal;

import io.tributary.api.agent.Usage;

/** Prices of model usage in USD per 1,000 tokens. */
public record Pricing(double inputPer1k, double outputPer1k) {
    public static final Pricing FREE = new Pricing(0, 0);

    public Pricing {
        if (inputPer1k < 0 || outputPer1k < 0) {
            throw new IllegalArgumentException("Prices must not be negative");
        }
    }

    public double cost(Usage usage) {
        return usage.inputTokens() / 1000.0 * inputPer1k + usage.outputTokens() / 1000.0 * outputPer1k;
    }
}
