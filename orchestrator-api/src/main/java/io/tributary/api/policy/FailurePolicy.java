package io.tributary.api.policy;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A declared partial-failure policy: which agents must deliver for a run to go on, and what to
 * do otherwise. Immutable; validated when built, and again against the job's agents when a run
 * starts.
 *
 * <p>Only SUCCEEDED counts as delivered. NO_EVIDENCE, CANCELLED and BUDGET_EXCEEDED never count
 * toward a quorum nor satisfy a required agent, and never make a run RETRY (running again cannot
 * create evidence or budget).
 *
 * @param kind         which rule decides whether enough agents delivered
 * @param quorum       for {@link Kind#QUORUM}: how many must deliver
 * @param required     for {@link Kind#REQUIRED}: the agents that must deliver
 * @param minimum      for {@link Kind#REQUIRED}: how many must deliver in all (at least the
 *                     required ones); for {@link Kind#BEST_EFFORT}: at least one
 * @param onQuorum     what happens to agents still running once the rule is met
 * @param grace        for {@link Stragglers#CANCEL_AFTER}: how long stragglers may still run
 * @param budgetTokens run-wide token budget; 0 for none
 * @param maxRestarts  how many RETRY decisions a run may take before it escalates instead
 * @param onUnmet      what a run does when the rule is not met and retrying cannot help
 */
public record FailurePolicy(
        Kind kind,
        int quorum,
        Set<String> required,
        int minimum,
        Stragglers onQuorum,
        Duration grace,
        long budgetTokens,
        int maxRestarts,
        Decision onUnmet) {

    public static final int DEFAULT_MAX_RESTARTS = 3;

    /** The rule that decides whether enough agents delivered. */
    public enum Kind {
        /** Every agent must deliver. */
        ALL,
        /** At least {@code quorum} agents must deliver. */
        QUORUM,
        /** The {@code required} agents, and at least {@code minimum} in all, must deliver. */
        REQUIRED,
        /** At least one agent must deliver. */
        BEST_EFFORT
    }

    /** What happens to agents still running once the rule is met. */
    public enum Stragglers {
        /** Wait for them until their own deadline. */
        WAIT,
        /** Let them run for the grace period, then cancel them (outcome CANCELLED). */
        CANCEL_AFTER
    }

    public FailurePolicy {
        Objects.requireNonNull(kind, "kind");
        required = Set.copyOf(new TreeSet<>(required == null ? Set.of() : required));
        Objects.requireNonNull(onQuorum, "onQuorum");
        grace = grace == null ? Duration.ZERO : grace;
        Objects.requireNonNull(onUnmet, "onUnmet");
        if (kind == Kind.QUORUM && quorum < 1) {
            throw new IllegalArgumentException("policy quorum must be at least 1, was " + quorum);
        }
        if (kind == Kind.REQUIRED && required.isEmpty()) {
            throw new IllegalArgumentException("policy 'required' needs at least one agent in 'required'");
        }
        if (minimum < 0) {
            throw new IllegalArgumentException("policy minimum must not be negative, was " + minimum);
        }
        if (grace.isNegative()) {
            throw new IllegalArgumentException("onQuorum grace period must not be negative, was " + grace);
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

    /** Every agent required, wait for stragglers, no budget, escalate when unmet. */
    public static FailurePolicy all() {
        return new FailurePolicy(Kind.ALL, 0, Set.of(), 0, Stragglers.WAIT, Duration.ZERO, 0,
                DEFAULT_MAX_RESTARTS, Decision.ESCALATE);
    }

    public static FailurePolicy quorum(int k) {
        return new FailurePolicy(Kind.QUORUM, k, Set.of(), 0, Stragglers.WAIT, Duration.ZERO, 0,
                DEFAULT_MAX_RESTARTS, Decision.ESCALATE);
    }

    public static FailurePolicy required(Set<String> agents, int minimum) {
        return new FailurePolicy(Kind.REQUIRED, 0, agents, minimum, Stragglers.WAIT, Duration.ZERO, 0,
                DEFAULT_MAX_RESTARTS, Decision.ESCALATE);
    }

    public static FailurePolicy bestEffort() {
        return new FailurePolicy(Kind.BEST_EFFORT, 0, Set.of(), 1, Stragglers.WAIT, Duration.ZERO, 0,
                DEFAULT_MAX_RESTARTS, Decision.ESCALATE);
    }

    public FailurePolicy withStragglers(Stragglers mode, Duration gracePeriod) {
        return new FailurePolicy(kind, quorum, required, minimum, mode, gracePeriod, budgetTokens, maxRestarts, onUnmet);
    }

    public FailurePolicy withBudgetTokens(long tokens) {
        return new FailurePolicy(kind, quorum, required, minimum, onQuorum, grace, tokens, maxRestarts, onUnmet);
    }

    public FailurePolicy withMaxRestarts(int restarts) {
        return new FailurePolicy(kind, quorum, required, minimum, onQuorum, grace, budgetTokens, restarts, onUnmet);
    }

    public FailurePolicy withOnUnmet(Decision decision) {
        return new FailurePolicy(kind, quorum, required, minimum, onQuorum, grace, budgetTokens, maxRestarts, decision);
    }

    /** How many agents must deliver, given the job's agent count. */
    public int needed(int agentCount) {
        switch (kind) {
            case ALL:
                return agentCount;
            case QUORUM:
                return quorum;
            case REQUIRED:
                return Math.max(minimum, required.size());
            default:
                return Math.max(1, minimum);
        }
    }

    /** The textual form, as job XML and job parameters write it. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        switch (kind) {
            case ALL -> s.append("all");
            case QUORUM -> s.append("quorum:").append(quorum);
            case REQUIRED -> s.append("required:").append(String.join("+", new TreeSet<>(required)))
                    .append(minimum > 0 ? ",min:" + minimum : "");
            default -> s.append("best-effort");
        }
        s.append(onQuorum == Stragglers.WAIT ? "; onQuorum=wait" : "; onQuorum=cancel-after:" + grace);
        if (budgetTokens > 0) {
            s.append("; budgetTokens=").append(budgetTokens);
        }
        s.append("; maxRestarts=").append(maxRestarts).append("; onUnmet=").append(onUnmet.name().toLowerCase());
        return s.toString();
    }
}
