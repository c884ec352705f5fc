package io.tributary.core.batch;

import io.tributary.api.outcome.AgentStatus;
import io.tributary.core.agent.AgentCalls;
import io.tributary.core.agent.CallResult;
import io.tributary.core.agent.RunSignals;
import io.tributary.core.store.ItemCommit;
import io.tributary.core.store.ResultStore;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;

/**
 * Calls the agent for one work item under the step's deadline and retry policy, after checking
 * the run's token budget; turns whatever happens into an {@link ItemCommit}. Agent failures
 * become item outcomes, never step failures, so one agent cannot fail the job.
 */
@Named("agentProcessor")
@Dependent
public class AgentProcessor implements ItemProcessor {

    @Inject
    StepContext stepContext;
    @Inject
    AgentCalls calls;
    @Inject
    ResultStore store;
    @Inject
    Clock clock;
    @Inject
    RunSignals signals;

    @Override
    public Object processItem(Object item) {
        AgentSteps steps = AgentSteps.of(stepContext);
        String key = (String) item;
        if (steps.budgetTokens() > 0) {
            long used = store.costs(steps.task().runId()).tokens();
            if (used >= steps.budgetTokens()) {
                return new ItemCommit(key, AgentStatus.BUDGET_EXCEEDED, null, 0, "run budget of "
                        + steps.budgetTokens() + " tokens used up (" + used + " used) before this item started",
                        false, clock.instant(), clock.instant());
            }
        }
        long runId = steps.task().runId();
        CallResult r = calls.call(steps.agent(), steps.task().forItem(key), steps.policy(), steps.provider(),
                () -> signals.cancelAt(runId));
        return new ItemCommit(key, r.status(), r.result(), r.attempts(), r.error(), r.retriable(), r.startedAt(),
                r.endedAt());
    }
}
