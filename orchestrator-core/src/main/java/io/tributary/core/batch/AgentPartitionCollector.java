package io.tributary.core.batch;

import jakarta.batch.api.partition.PartitionCollector;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;

/**
 * Sends a partition's progress to its step at most once a second while it runs, and at its end
 * (the partition analyzer stores each report).
 */
@Named("agentPartitionCollector")
@Dependent
public class AgentPartitionCollector implements PartitionCollector {

    /** Sent instead of progress when none is due: JBeret's queue to the analyzer takes no null. */
    enum NotDue {
        INSTANCE
    }

    @Inject
    StepContext stepContext;
    @Inject
    Clock clock;

    @Override
    public Serializable collectPartitionData() {
        if (!(stepContext.getTransientUserData() instanceof AgentSteps steps) || !steps.slice().partitioned()) {
            return null;
        }
        PartitionSlice s = steps.slice();
        if (!s.reportDue(clock.instant())) {
            return NotDue.INSTANCE;
        }
        return new PartitionProgress(steps.task().agent(), steps.task().approach(), s.index(), s.size(),
                s.settled.get(), s.failed.get(), s.count(), s.threads());
    }
}
