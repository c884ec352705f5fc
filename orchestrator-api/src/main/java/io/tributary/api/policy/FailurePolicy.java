package io.tributary.api.policy;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A declared partial-failure policy: the rule that says whether enough agents delivered for a run
 * to go on, one record per rule, with the {@link PolicySettings settings} every rule shares.
 * Immutable; each rule validates itself when built, and the runtime checks it again against the
 * job's agents when a run starts.
 *
 * <p>Only SUCCEEDED counts as delivered. NO_EVIDENCE, CANCELLED and BUDGET_EXCEEDED never count
 * toward a quorum nor satisfy a required agent, and never make a run RETRY (running again cannot
 * create evidence or budget).
 */
public sealed interface FailurePolicy
        permits FailurePolicy.All, FailurePolicy.Quorum, FailurePolicy.Required, FailurePolicy.BestEffort {

    /** What the rules share: deadlines, retries, stragglers, budget, restarts, what to do when unmet. */
    PolicySettings settings();

    /** The same rule with other settings. */
    FailurePolicy withSettings(PolicySettings settings);

    /** How many agents must deliver, given the job's agent count. */
    int needed(int agentCount);

    /** The rule in its textual form, as job XML and job parameters write it ({@code quorum:3}). */
    String rule();

    /** The rule and its settings, as stored with every decision. */
    default String describe() {
        return rule() + settings().describe();
    }

    /** Every agent required, with {@link PolicySettings#ofDefaults() default settings}. */
    static All all() {
        return new All(PolicySettings.ofDefaults());
    }

    /** At least {@code k} agents, with default settings. */
    static Quorum quorum(int k) {
        return new Quorum(k, PolicySettings.ofDefaults());
    }

    /** The given agents, and at least {@code minimum} in all, with default settings. */
    static Required required(Set<String> agents, int minimum) {
        return new Required(agents, minimum, PolicySettings.ofDefaults());
    }

    /** At least one agent, with default settings. */
    static BestEffort bestEffort() {
        return new BestEffort(PolicySettings.ofDefaults());
    }

    /** Every agent of the job must deliver. */
    record All(PolicySettings settings) implements FailurePolicy {
        public All {
            Objects.requireNonNull(settings, "settings");
        }

        @Override
        public All withSettings(PolicySettings other) {
            return new All(other);
        }

        @Override
        public int needed(int agentCount) {
            return agentCount;
        }

        @Override
        public String rule() {
            return "all";
        }
    }

    /**
     * At least {@code quorum} agents must deliver.
     *
     * @param quorum how many, at least 1
     */
    record Quorum(int quorum, PolicySettings settings) implements FailurePolicy {
        public Quorum {
            if (quorum < 1) {
                throw new IllegalArgumentException("policy quorum must be at least 1, was " + quorum);
            }
            Objects.requireNonNull(settings, "settings");
        }

        @Override
        public Quorum withSettings(PolicySettings other) {
            return new Quorum(quorum, other);
        }

        @Override
        public int needed(int agentCount) {
            return quorum;
        }

        @Override
        public String rule() {
            return "quorum:" + quorum;
        }
    }

    /**
     * The {@code agents} must deliver, and at least {@code minimum} agents in all.
     *
     * @param agents  the agents that must deliver, at least one; kept sorted
     * @param minimum how many must deliver in all; never fewer than the required agents
     */
    record Required(Set<String> agents, int minimum, PolicySettings settings) implements FailurePolicy {
        public Required {
            agents = Collections.unmodifiableSortedSet(new TreeSet<>(Objects.requireNonNull(agents, "agents")));
            if (agents.isEmpty()) {
                throw new IllegalArgumentException("policy 'required' needs at least one agent in 'required'");
            }
            if (minimum < 0) {
                throw new IllegalArgumentException("policy minimum must not be negative, was " + minimum);
            }
            minimum = Math.max(minimum, agents.size());
            Objects.requireNonNull(settings, "settings");
        }

        @Override
        public Required withSettings(PolicySettings other) {
            return new Required(agents, minimum, other);
        }

        @Override
        public int needed(int agentCount) {
            return minimum;
        }

        @Override
        public String rule() {
            return "required:" + String.join("+", agents) + ",min:" + minimum;
        }
    }

    /** At least one agent must deliver. */
    record BestEffort(PolicySettings settings) implements FailurePolicy {
        public BestEffort {
            Objects.requireNonNull(settings, "settings");
        }

        @Override
        public BestEffort withSettings(PolicySettings other) {
            return new BestEffort(other);
        }

        @Override
        public int needed(int agentCount) {
            return 1;
        }

        @Override
        public String rule() {
            return "best-effort";
        }
    }
}
