package io.tributary.core.store;

import io.tributary.api.agent.Target;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A registered run. */
public record RunInfo(long runId, String jobName, Target target, Path dossier, List<String> agents,
        String policy, long lastExecutionId, String traceId, String spanId, Optional<String> recommendation,
        Optional<Path> reportDir) {
    public RunInfo {
        agents = List.copyOf(agents);
    }
}
