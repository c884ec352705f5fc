package io.tributary.core.policy;

import io.tributary.api.outcome.AgentOutcome;
import io.tributary.api.outcome.AgentStatus;
import io.tributary.api.policy.Decision;
import io.tributary.api.policy.FailurePolicy;
import io.tributary.api.policy.PolicyDecision;
import io.tributary.api.policy.PolicyEvaluator;
import io.tributary.api.policy.ReviewContext;
import io.tributary.api.policy.ReviewContext.Verdict;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The policy's rules, applied to outcomes:
 * <ol>
 * <li>every agent delivered (SUCCEEDED) and used every source it was given: PROCEED;</li>
 * <li>the rule is met with some missing, or every agent delivered but some skipped or refused
 * sources they were given (an outcome with problems): DEGRADED, naming them;</li>
 * <li>the rule is not met, but would be if the agents that failed retriably (FAILED with a
 * retriable error, TIMED_OUT, or never finished) delivered, and restarts remain: RETRY;</li>
 * <li>otherwise the policy's {@code onUnmet}: ESCALATE (a reviewer decides) or FAIL.</li>
 * </ol>
 * A reviewer's verdict, given on restart after ESCALATE, replaces rules 3 and 4: accept gives
 * DEGRADED (or PROCEED if nothing is missing any more), reject gives FAIL.
 *
 * <p>The default evaluator: a job that names none in its {@value PolicyEvaluators#PROPERTY}
 * property gets this one, under the name {@value #NAME}.
 */
@Named(RulePolicyEvaluator.NAME)
@Dependent
public class RulePolicyEvaluator implements PolicyEvaluator {

    /** The bean name of the rule-based evaluator. */
    public static final String NAME = "rules";

    private final Clock clock;

    @Inject
    public RulePolicyEvaluator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public PolicyDecision decide(FailurePolicy policy, List<AgentOutcome> outcomes, ReviewContext context) {
        List<String> missing = outcomes.stream().filter(o -> !o.status().delivered())
                .map(AgentOutcome::agent).distinct().sorted().toList();
        Set<String> delivered = outcomes.stream().filter(o -> o.status().delivered())
                .map(AgentOutcome::agent).collect(Collectors.toSet());
        int agents = (int) outcomes.stream().map(AgentOutcome::agent).distinct().count();
        String skipped = skipped(outcomes);
        if (missing.isEmpty()) {
            return skipped.isEmpty()
                    ? decision(Decision.PROCEED, "all " + agents + " agents delivered", missing, policy, outcomes, context)
                    : decision(Decision.DEGRADED, "all " + agents + " agents delivered, but not from every source"
                            + " they were given: " + skipped, missing, policy, outcomes, context);
        }
        String gap = describe(outcomes);
        if (met(policy, delivered, agents)) {
            return decision(Decision.DEGRADED, "policy " + rule(policy, agents) + " met with " + delivered.size()
                    + " of " + agents + " agents; missing: " + gap + (skipped.isEmpty() ? ""
                    : "; sources skipped: " + skipped), missing, policy, outcomes, context);
        }
        if (context.verdict().isPresent()) {
            return reviewed(policy, outcomes, context, missing, gap);
        }
        Set<String> couldDeliver = outcomes.stream()
                .filter(o -> o.status().delivered() || retriable(o))
                .map(AgentOutcome::agent).collect(Collectors.toSet());
        boolean retryHelps = couldDeliver.size() > delivered.size() && met(policy, couldDeliver, agents);
        int maxRestarts = policy.settings().maxRestarts();
        if (retryHelps && context.retriesSoFar() < maxRestarts) {
            return decision(Decision.RETRY, "policy " + rule(policy, agents) + " not met (" + delivered.size() + " of "
                    + agents + " delivered); retrying can help: " + gap, missing, policy, outcomes, context);
        }
        String why = retryHelps ? "restart limit of " + maxRestarts + " reached" : "retrying cannot help";
        return decision(policy.settings().onUnmet(), "policy " + rule(policy, agents) + " not met (" + delivered.size() + " of "
                + agents + " delivered) and " + why + ": " + gap, missing, policy, outcomes, context);
    }

    private PolicyDecision reviewed(FailurePolicy policy, List<AgentOutcome> outcomes, ReviewContext context,
            List<String> missing, String gap) {
        Verdict verdict = context.verdict().orElseThrow();
        String by = context.reviewer().isEmpty() ? "a reviewer" : context.reviewer();
        String note = context.note().isEmpty() ? "" : " (" + context.note() + ")";
        if (verdict == Verdict.ACCEPT) {
            return decision(Decision.DEGRADED, "accepted on review by " + by + note + " although policy "
                    + rule(policy, outcomes.size()) + " was not met; missing: " + gap, missing, policy, outcomes, context);
        }
        return decision(Decision.FAIL, "rejected on review by " + by + note + "; missing: " + gap, missing, policy,
                outcomes, context);
    }

    /** Whether the delivered agents satisfy the rule of the policy, for a job of {@code agents} agents. */
    public static boolean met(FailurePolicy policy, Set<String> delivered, int agents) {
        if (policy instanceof FailurePolicy.All) {
            return delivered.size() == agents;
        }
        if (policy instanceof FailurePolicy.Quorum q) {
            return delivered.size() >= q.quorum();
        }
        if (policy instanceof FailurePolicy.Required r) {
            return delivered.containsAll(r.agents()) && delivered.size() >= r.minimum();
        }
        if (policy instanceof FailurePolicy.BestEffort) {
            return !delivered.isEmpty();
        }
        throw unknown(policy);
    }

    /** An outcome that running the agent again may turn into a delivery. */
    static boolean retriable(AgentOutcome o) {
        return o.status() == AgentStatus.TIMED_OUT || o.status() == AgentStatus.RUNNING
                || (o.status() == AgentStatus.FAILED && o.retriable());
    }

    /** The rule in the words of a decision's reason. */
    private static String rule(FailurePolicy policy, int agents) {
        if (policy instanceof FailurePolicy.All) {
            return "all (" + agents + " of " + agents + ")";
        }
        if (policy instanceof FailurePolicy.Quorum q) {
            return "quorum " + q.quorum() + " of " + agents;
        }
        if (policy instanceof FailurePolicy.Required r) {
            return "required " + String.join("+", r.agents()) + " and at least " + r.minimum();
        }
        if (policy instanceof FailurePolicy.BestEffort) {
            return "best effort (at least 1)";
        }
        throw unknown(policy);
    }

    private static IllegalStateException unknown(FailurePolicy policy) {
        return new IllegalStateException("No rule for policy type " + policy.getClass().getName());
    }

    private static String describe(List<AgentOutcome> outcomes) {
        return outcomes.stream().filter(o -> !o.status().delivered())
                .map(o -> o.agent() + " " + o.status() + (o.error().isEmpty() ? "" : " (" + shorten(o.error()) + ")"))
                .collect(Collectors.joining(", "));
    }

    /** The delivered agents that skipped sources, each with how many and the first of them. */
    private static String skipped(List<AgentOutcome> outcomes) {
        return outcomes.stream().filter(o -> o.status().delivered() && !o.complete())
                .map(o -> o.agent() + " skipped " + o.problems().size() + " source(s) ("
                        + shorten(o.problems().get(0).file() + ": " + o.problems().get(0).problem()) + ")")
                .collect(Collectors.joining(", "));
    }

    private static String shorten(String s) {
        return s.length() <= 160 ? s : s.substring(0, 159) + "\u2026";
    }

    private PolicyDecision decision(Decision outcome, String reason, List<String> missing, FailurePolicy policy,
            List<AgentOutcome> outcomes, ReviewContext context) {
        String reviewer = context.verdict().isPresent() ? context.reviewer() : "";
        return new PolicyDecision(outcome, reason, missing, policy.describe(), outcomes, reviewer, clock.instant());
    }
}
