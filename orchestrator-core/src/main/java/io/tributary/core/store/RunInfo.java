package io.tributary.core.store;

import io.tributary.api.finding.FindingGroup;
import io.tributary.api.run.AgentInput;
import io.tributary.api.run.Subject;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A registered run.
 *
 * @param verdict the verdict of its latest report, if one was written
 */
public record RunInfo(long runId, String jobName, Subject subject, AgentInput input, List<String> agents,
        List<FindingGroup> groups, String policy, long lastExecutionId, String traceId, String spanId,
        Optional<String> verdict, Optional<Path> reportDir) {
    public RunInfo {
        agents = List.copyOf(agents);
        groups = List.copyOf(groups);
    }
}
