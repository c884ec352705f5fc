package io.tributary.core.store;

import io.tributary.api.finding.FindingGroup;
import io.tributary.api.run.AgentInput;
import io.tributary.api.run.Subject;
import java.util.List;

/**
 * What intake registers for a run: created on the first execution, refreshed on each restart.
 *
 * @param runId       job instance id
 * @param executionId the execution registering it
 * @param jobName     the job
 * @param subject     what the run is about, from the job's intake
 * @param input       what its agents read, from the job's intake
 * @param agents      the agent roles the job runs
 * @param groups      the finding groups the job declares, with their titles
 * @param policy      the partial-failure policy, in its textual form
 * @param traceId     the execution's trace id
 * @param spanId      the execution's root span id
 */
public record RunRegistration(long runId, long executionId, String jobName, Subject subject, AgentInput input,
        List<String> agents, List<FindingGroup> groups, String policy, String traceId, String spanId) {
    public RunRegistration {
        agents = List.copyOf(agents);
        groups = List.copyOf(groups);
    }
}
