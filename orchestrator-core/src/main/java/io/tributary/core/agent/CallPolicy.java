package io.tributary.core.agent;

import java.time.Duration;
import java.util.Objects;

/**
 * How one agent is called: its deadline, and how retriable failures are retried. A step takes
 * them from its job (agentTimeout, retries, backoff), else from the settings {@code agent.timeout},
 * {@code agent.retries} and {@code agent.backoff} in {@code tributary.properties}, the one home of
 * their defaults.
 *
 * @param timeout deadline of the agent in one execution, across all its items and retries
 * @param retries retries of a retriable failure (0 = call once)
 * @param backoff first backoff; doubles with each retry, with up to 50 % random jitter
 */
public record CallPolicy(Duration timeout, int retries, Duration backoff) {
    public CallPolicy {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(backoff, "backoff");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("agentTimeout must be positive, was " + timeout);
        }
        if (retries < 0) {
            throw new IllegalArgumentException("retries must be 0 or more, was " + retries);
        }
        if (backoff.isNegative()) {
            throw new IllegalArgumentException("backoff must not be negative, was " + backoff);
        }
    }

    /** The backoff before retry number {@code retry} (1-based), without jitter. */
    public Duration backoffBefore(int retry) {
        return backoff.multipliedBy(1L << Math.min(retry - 1, 16));
    }
}
