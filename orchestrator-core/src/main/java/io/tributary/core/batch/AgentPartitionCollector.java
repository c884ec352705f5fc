package io.tributary.core.batch;

import jakarta.batch.api.partition.PartitionCollector;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Sends a partition's progress to its step after every chunk and at the partition's end. */
@Named("agentPartitionCollector")
@Dependent
public class AgentPartitionCollector implements PartitionCollector {

    @Inject
    StepContext stepContext;

    @Override
    public Serializable collectPartitionData() {
        if (!(stepContext.getTransientUserData() instanceof AgentSteps steps) || !steps.slice().partitioned()) {
            return null;
        }
        PartitionSlice s = steps.slice();
        return new PartitionProgress(steps.task().agent(), steps.task().approach(), s.index(), s.size(),
                s.settled.get(), s.failed.get(), s.count(), s.threads());
    }
}
