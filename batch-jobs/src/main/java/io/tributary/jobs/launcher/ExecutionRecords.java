package io.tributary.jobs.launcher;

import io.tributary.api.outcome.AgentOutcome;
import io.tributary.api.policy.PolicyDecision;
import io.tributary.api.run.PartitionSummary;
import io.tributary.core.store.Lease;
import io.tributary.core.store.ResultStore;
import io.tributary.core.store.RunInfo;
import jakarta.batch.operations.JobOperator;
import java.util.List;
import java.util.Optional;

/**
 * What a summary of an execution is read from: the job repository's execution and steps, and the
 * result store's run. Either the running runtime or, for {@code status}, the database directly.
 */
interface ExecutionRecords {

    ExecutionState execution(long executionId);

    Optional<RunInfo> run(long runId);

    List<AgentOutcome> outcomes(long runId);

    List<PolicyDecision> decisions(long runId);

    List<PartitionSummary> partitions(long runId);

    Optional<Lease> lease(long executionId);

    /** The records as the runtime's job operator and result store give them. */
    static ExecutionRecords of(JobOperator operator, ResultStore store) {
        return new ExecutionRecords() {
            @Override
            public ExecutionState execution(long executionId) {
                return ExecutionState.of(operator, executionId);
            }

            @Override
            public Optional<RunInfo> run(long runId) {
                return store.run(runId);
            }

            @Override
            public List<AgentOutcome> outcomes(long runId) {
                return store.outcomes(runId);
            }

            @Override
            public List<PolicyDecision> decisions(long runId) {
                return store.decisions(runId);
            }

            @Override
            public List<PartitionSummary> partitions(long runId) {
                return store.partitions(runId);
            }

            @Override
            public Optional<Lease> lease(long executionId) {
                return store.lease(executionId);
            }
        };
    }
}
