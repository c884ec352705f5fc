package io.tributary.api.policy;

import io.tributary.api.outcome.AgentOutcome;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A decision with everything needed to audit it.
 *
 * @param outcome       what the run does
 * @param reason        why, in words
 * @param missingAgents agents that did not deliver (any status but SUCCEEDED), sorted
 * @param policy        the policy applied, in its textual form
 * @param inputs        the outcomes it was made from
 * @param reviewer      who decided, for a decision made on human review; empty otherwise
 * @param decidedAt     when
 */
public record PolicyDecision(
        Decision outcome,
        String reason,
        List<String> missingAgents,
        String policy,
        List<AgentOutcome> inputs,
        String reviewer,
        Instant decidedAt) {

    public PolicyDecision {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        missingAgents = List.copyOf(missingAgents);
        Objects.requireNonNull(policy, "policy");
        inputs = List.copyOf(inputs);
        reviewer = reviewer == null ? "" : reviewer;
        Objects.requireNonNull(decidedAt, "decidedAt");
    }

    /** True when the run goes on to synthesis. */
    public boolean proceeds() {
        return outcome == Decision.PROCEED || outcome == Decision.DEGRADED;
    }
}
