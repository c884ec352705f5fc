package io.tributary.api.finding;

/** How much a finding matters to a deal decision, from a per-item observation to a deal breaker. */
public enum Severity {
    /** A per-item observation (one headline's sentiment); input to conclusions, not one itself. */
    INFO,
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL;

    /** True for {@link #HIGH} and {@link #CRITICAL}. */
    public boolean isHigh() {
        return compareTo(HIGH) >= 0;
    }
}
