package io.tributary.it.runtime;

import io.tributary.api.outcome.AgentOutcome;
import io.tributary.api.policy.Decision;
import io.tributary.api.policy.FailurePolicy;
import io.tributary.api.policy.PolicyDecision;
import io.tributary.api.policy.PolicyEvaluator;
import io.tributary.api.policy.ReviewContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;

/**
 * A policy evaluator a user might write instead of the built-in rules: a strict majority of the
 * agents is enough to go on, whatever the declared rule says; otherwise the run fails.
 */
@Named("it-majority")
@ApplicationScoped
public class MajorityPolicyEvaluator implements PolicyEvaluator {

    @Override
    public PolicyDecision decide(FailurePolicy policy, List<AgentOutcome> outcomes, ReviewContext context) {
        List<String> missing = outcomes.stream().filter(o -> !o.status().delivered()).map(AgentOutcome::agent)
                .sorted().toList();
        int delivered = outcomes.size() - missing.size();
        Decision outcome = missing.isEmpty() ? Decision.PROCEED
                : delivered * 2 > outcomes.size() ? Decision.DEGRADED : Decision.FAIL;
        String reason = "majority vote: " + delivered + " of " + outcomes.size() + " agents delivered"
                + (missing.isEmpty() ? "" : "; missing: " + String.join(", ", missing));
        return new PolicyDecision(outcome, reason, missing, policy.describe(), outcomes, "", Instant.now());
    }
}
