package io.tributary.core.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** What the fault injector makes an agent role do in one drill case. */
public enum FaultKind {
    /** Delivers one finding. */
    SUCCEEDED,
    /** Throws a retriable exception on every attempt, so the runtime's retries run out. */
    FAILED_RETRIABLE,
    /** Throws a non-retriable exception: no retry. */
    FAILED_NON_RETRIABLE,
    /** Sleeps past its deadline, so the runtime abandons the call. */
    TIMED_OUT,
    /** Returns no evidence: its input had nothing usable. */
    NO_EVIDENCE,
    /**
     * Delivers, reporting token usage past the run's budget. Not among the kinds a drill combines
     * ({@link #COMBINED_WITHOUT_OVER_BUDGET}); a step may still name it.
     */
    OVER_BUDGET;

    /**
     * Why a drill does not combine {@link #OVER_BUDGET}: without a budget it is a plain delivery, and
     * with one the declared meaning leaves the other agents' outcomes to timing, so no case could
     * have an expectation worked out from the policy alone.
     */
    public static final String COMBINED_WITHOUT_OVER_BUDGET = "OVER_BUDGET is not combined: with budgetTokens=0"
            + " (no budget) it is a plain delivery, the same case as SUCCEEDED; with a budget, the declared meaning"
            + " (an item that starts after the budget is spent ends BUDGET_EXCEEDED, one already running finishes)"
            + " makes the outcome of every agent running at the same time depend on whether its item started"
            + " before the spending agent's usage was committed, which the policy does not decide";

    /** The kinds a drill combines, with or without a token budget: see {@link #COMBINED_WITHOUT_OVER_BUDGET}. */
    public static final List<FaultKind> WITHOUT_BUDGET = List.of(SUCCEEDED, FAILED_RETRIABLE, FAILED_NON_RETRIABLE,
            TIMED_OUT, NO_EVIDENCE);

    /** The kind named by {@code text} (case-insensitive), or an error naming the parameter and the choices. */
    public static FaultKind parse(String parameter, String text) {
        String name = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(k -> k.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Job parameter '" + parameter + "' must be one of "
                        + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")) + ", was '"
                        + text + "'"));
    }

    /** True for the outcomes a restart may turn into a delivery in the runtime: the call failed or timed out. */
    boolean callsAgainOnRestart() {
        return this == FAILED_RETRIABLE || this == FAILED_NON_RETRIABLE || this == TIMED_OUT;
    }
}
