package io.tributary.core.store;

import io.tributary.api.agent.Target;
import java.nio.file.Path;
import java.util.List;

/**
 * What intake registers for a run: created on the first execution, refreshed on each restart.
 *
 * @param runId       job instance id
 * @param executionId the execution registering it
 * @param jobName     the job
 * @param target      the company
 * @param dossier     the dossier root
 * @param agents      the agent roles the job runs
 * @param policy      the partial-failure policy, in its textual form
 * @param traceId     the execution's trace id
 * @param spanId      the execution's root span id
 */
public record RunRegistration(long runId, long executionId, String jobName, Target target, Path dossier,
        List<String> agents, String policy, String traceId, String spanId) {
    public RunRegistration {
        agents = List.copyOf(agents);
    }
}
