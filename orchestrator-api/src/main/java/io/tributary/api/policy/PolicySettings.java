package io.tributary.api.policy;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * The settings every policy rule shares. Immutable; built with {@link #custom()} or
 * {@link #ofDefaults()}, and rejecting bad values when built.
 *
 * @param deadline     how long each agent may take in one execution, across its items and retries
 * @param retries      retries of a retriable agent failure, with exponential backoff (0 = once)
 * @param backoff      the first backoff; doubles with each retry
 * @param onQuorum     what happens to agents still running once the rule is met
 * @param budgetTokens run-wide token budget of model-backed agents; 0 for none
 * @param maxRestarts  how many RETRY decisions a run may take before it escalates instead
 * @param onUnmet      what a run does when the rule is not met and retrying cannot help:
 *                     {@link Decision#ESCALATE} or {@link Decision#FAIL}
 */
public record PolicySettings(
        Duration deadline,
        int retries,
        Duration backoff,
        OnQuorum onQuorum,
        long budgetTokens,
        int maxRestarts,
        Decision onUnmet) {

    public static final Duration DEFAULT_DEADLINE = Duration.ofMinutes(5);
    public static final int DEFAULT_RETRIES = 2;
    public static final Duration DEFAULT_BACKOFF = Duration.ofMillis(500);
    public static final int DEFAULT_MAX_RESTARTS = 3;

    public PolicySettings {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(onQuorum, "onQuorum");
        Objects.requireNonNull(onUnmet, "onUnmet");
        if (deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("agentTimeout must be positive, was " + deadline);
        }
        if (retries < 0) {
            throw new IllegalArgumentException("retries must be 0 or more, was " + retries);
        }
        if (backoff.isNegative()) {
            throw new IllegalArgumentException("backoff must not be negative, was " + backoff);
        }
        if (budgetTokens < 0) {
            throw new IllegalArgumentException("budgetTokens must not be negative, was " + budgetTokens);
        }
        if (maxRestarts < 0) {
            throw new IllegalArgumentException("maxRestarts must not be negative, was " + maxRestarts);
        }
        if (onUnmet != Decision.ESCALATE && onUnmet != Decision.FAIL) {
            throw new IllegalArgumentException("onUnmet must be ESCALATE or FAIL, was " + onUnmet);
        }
    }

    /** Default deadline, retries and backoff; wait for stragglers; no budget; escalate when unmet. */
    public static PolicySettings ofDefaults() {
        return custom().build();
    }

    /** A builder starting from the defaults. */
    public static Builder custom() {
        return new Builder();
    }

    /** A builder starting from these settings. */
    public Builder toBuilder() {
        return new Builder().deadline(deadline).retries(retries).backoff(backoff).onQuorum(onQuorum)
                .budgetTokens(budgetTokens).maxRestarts(maxRestarts).onUnmet(onUnmet);
    }

    /**
     * The settings a decision depends on, as appended to the rule in a policy's textual form
     * ({@code ; onQuorum=wait; maxRestarts=3; onUnmet=escalate}).
     */
    public String describe() {
        StringBuilder s = new StringBuilder("; onQuorum=").append(onQuorum.text());
        if (budgetTokens > 0) {
            s.append("; budgetTokens=").append(budgetTokens);
        }
        return s.append("; maxRestarts=").append(maxRestarts).append("; onUnmet=")
                .append(onUnmet.name().toLowerCase(Locale.ROOT)).toString();
    }

    /** Builds {@link PolicySettings}; {@link #build()} validates. */
    public static final class Builder {
        private Duration deadline = DEFAULT_DEADLINE;
        private int retries = DEFAULT_RETRIES;
        private Duration backoff = DEFAULT_BACKOFF;
        private OnQuorum onQuorum = OnQuorum.waitForAll();
        private long budgetTokens;
        private int maxRestarts = DEFAULT_MAX_RESTARTS;
        private Decision onUnmet = Decision.ESCALATE;

        private Builder() {
        }

        public Builder deadline(Duration value) {
            this.deadline = value;
            return this;
        }

        public Builder retries(int value) {
            this.retries = value;
            return this;
        }

        public Builder backoff(Duration value) {
            this.backoff = value;
            return this;
        }

        public Builder onQuorum(OnQuorum value) {
            this.onQuorum = value;
            return this;
        }

        public Builder budgetTokens(long value) {
            this.budgetTokens = value;
            return this;
        }

        public Builder maxRestarts(int value) {
            this.maxRestarts = value;
            return this;
        }

        public Builder onUnmet(Decision value) {
            this.onUnmet = value;
            return this;
        }

        public PolicySettings build() {
            return new PolicySettings(deadline, retries, backoff, onQuorum, budgetTokens, maxRestarts, onUnmet);
        }
    }
}
