package io.tributary.core.store;

/** A run's cost ledger. */
public record CostTotals(long calls, long inputTokens, long outputTokens, double costUsd) {
    public static final CostTotals ZERO = new CostTotals(0, 0, 0, 0.0);

    public long tokens() {
        return inputTokens + outputTokens;
    }
}
