package io.tributary.api.policy;

import io.tributary.api.outcome.AgentOutcome;
import java.util.List;

/**
 * Turns a run's agent outcomes into one decision. One abstract method; the runtime's
 * implementation follows {@link FailurePolicy}'s rules, and a job may name another bean.
 */
public interface PolicyEvaluator {

    /**
     * @param policy   the run's policy
     * @param outcomes one outcome per agent of the job, in job order (an agent that never ran
     *                 appears as {@link AgentOutcome#missing})
     * @param context  restarts so far and a reviewer's verdict, if any
     */
    PolicyDecision decide(FailurePolicy policy, List<AgentOutcome> outcomes, ReviewContext context);
}
