package io.tributary.api.run;

import io.tributary.api.agent.Target;
import io.tributary.api.outcome.AgentOutcome;
import io.tributary.api.policy.PolicyDecision;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything the store knows about a run at the moment synthesis reads it.
 *
 * @param runId       the job instance id
 * @param executionId the current job execution
 * @param jobName     the job
 * @param target      the company
 * @param dossier     the dossier root
 * @param decision    the policy decision
 * @param outcomes    each agent's outcome, sorted by agent
 * @param findings    every committed finding, in commit order
 * @param traceId     the trace of the current execution
 * @param partitions  the partitions of partitioned agent steps, by agent and partition number
 */
public record RunSnapshot(
        long runId,
        long executionId,
        String jobName,
        Target target,
        Path dossier,
        PolicyDecision decision,
        List<AgentOutcome> outcomes,
        List<StoredFinding> findings,
        String traceId,
        List<PartitionSummary> partitions) {

    public RunSnapshot {
        outcomes = List.copyOf(outcomes);
        findings = List.copyOf(findings);
        traceId = traceId == null ? "" : traceId;
        partitions = List.copyOf(partitions == null ? List.of() : partitions);
    }

    /** A snapshot of a run without partitioned steps. */
    public RunSnapshot(long runId, long executionId, String jobName, Target target, Path dossier,
            PolicyDecision decision, List<AgentOutcome> outcomes, List<StoredFinding> findings, String traceId) {
        this(runId, executionId, jobName, target, dossier, decision, outcomes, findings, traceId, List.of());
    }
}
