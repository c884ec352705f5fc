package io.tributary.core.batch;

import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;

/**
 * Ends an agent's part of a run inside the agent's own step: once the step's chunks (or all its
 * partitions) are done, works out the agent's outcome from the items the store holds, asks the
 * agent to conclude and records the outcome, exactly as a separate {@link AgentConclude} step
 * would, without the second step execution the batch runtime would otherwise store and update.
 * It is the step listener {@code agentConclusion} of a step whose reader is {@code agentReader}.
 *
 * <p>A partitioned step concludes every approach its partition mapper planned. The agent step's
 * artifacts turn every failure of the agent into an item outcome instead of failing the step, so
 * the step completes and its flow reaches the policy decision. A step that is being stopped
 * records nothing: the restart runs it again.
 */
@Named("agentConclusion")
@Dependent
public class AgentConclusion extends AbstractStepListener {

    private static final Set<BatchStatus> STOPPING = Set.of(BatchStatus.STOPPING, BatchStatus.STOPPED);

    @Inject
    JobContext jobContext;
    @Inject
    StepContext stepContext;
    @Inject
    AgentConclude conclude;

    @Override
    public void afterStep() {
        if (STOPPING.contains(stepContext.getBatchStatus()) || STOPPING.contains(jobContext.getBatchStatus())) {
            return;
        }
        List<String> approaches = stepContext.getTransientUserData() instanceof PlannedApproaches planned
                ? planned.approaches() : List.of();
        conclude.concludeAll(approaches);
    }

    /**
     * The approaches a partition mapper planned partitions for, which the conclusion of a
     * partitioned step concludes; kept in the step's transient user data.
     */
    record PlannedApproaches(List<String> approaches) {
        PlannedApproaches {
            approaches = List.copyOf(approaches);
        }
    }
}
