package io.tributary.core.batch;

import io.tributary.api.run.PartitionSummary;
import io.tributary.core.store.ResultStore;
import jakarta.batch.api.partition.AbstractPartitionAnalyzer;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Receives each partition's progress on the step's thread and stores it, so that the store
 * holds per-partition outcomes ("press: 23 of 24 batches analysed") for the policy, the report
 * and the launcher. The items themselves reach the store through the partitions' locked writers.
 */
@Named("agentPartitionAnalyzer")
@Dependent
public class AgentPartitionAnalyzer extends AbstractPartitionAnalyzer {

    private static final Logger LOG = Logger.getLogger(AgentPartitionAnalyzer.class.getName());

    @Inject
    JobContext jobContext;
    @Inject
    ResultStore store;
    @Inject
    Clock clock;

    @Override
    public void analyzeCollectorData(Serializable data) {
        if (data instanceof PartitionProgress p) {
            try {
                store.recordPartition(jobContext.getInstanceId(), jobContext.getExecutionId(), new PartitionSummary(
                        p.agent(), p.approach(), p.partition(), p.items(), p.settled(), p.failed(), p.partitions(),
                        p.threads()), clock.instant());
            } catch (RuntimeException e) {
                // The items and the agent's outcome do not depend on this summary: failing the step
                // here would fail the whole job before the policy weighs the agent.
                LOG.log(Level.SEVERE, e, () -> "The progress of partition " + p.partition() + " of agent " + p.agent()
                        + " could not be stored");
            }
        }
    }

    @Override
    public void analyzeStatus(BatchStatus batchStatus, String exitStatus) {
        if (batchStatus != BatchStatus.COMPLETED) {
            LOG.warning(() -> "A partition of job execution " + jobContext.getExecutionId() + " ended " + batchStatus
                    + " (" + exitStatus + ")");
        }
    }
}
