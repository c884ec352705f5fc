package io.tributary.api.policy;

import io.tributary.api.outcome.AgentOutcome;
import java.util.List;

/**
 * Turns a run's agent outcomes into one decision. One abstract method; the runtime's
 * implementation (bean name {@code rules}, the default) follows {@link FailurePolicy}'s rules.
 *
 * <p>A job uses another evaluator by naming its bean in the job property {@code policyEvaluator}:
 * a CDI bean implementing this interface, with {@code @Named} and a bean-defining annotation such
 * as {@code @ApplicationScoped}. An unknown name fails the run at intake, before any agent runs.
 * Whatever evaluator decides, its decision is stored with its inputs and reason, routed by job
 * XML on its exit status and shown in reports as any other.
 */
public interface PolicyEvaluator {

    /**
     * @param policy   the run's policy
     * @param outcomes one outcome per agent of the job, in job order (an agent that never ran
     *                 appears as {@link AgentOutcome#missing})
     * @param context  restarts so far and a reviewer's verdict, if any
     * @return the decision; never null. Use {@link FailurePolicy#describe()} as its policy text.
     */
    PolicyDecision decide(FailurePolicy policy, List<AgentOutcome> outcomes, ReviewContext context);
}
