package io.tributary.api.synthesis;

import io.tributary.api.finding.Evidence;
import java.util.List;
import java.util.Objects;

/**
 * Where one stored finding comes from: the agent run that produced it and the evidence it cites.
 *
 * @param findingId       the stored finding
 * @param agent           the role that produced it
 * @param approach        the implementation that played the role
 * @param model           the model the run used, or empty for agents that compute locally
 * @param executionId     the job execution that committed it
 * @param stepExecutionId the step execution that committed it
 * @param traceId         the trace of that execution, or empty
 * @param evidence        the files, places and quotes it cites
 */
public record Provenance(
        long findingId,
        String agent,
        String approach,
        String model,
        long executionId,
        long stepExecutionId,
        String traceId,
        List<Evidence> evidence) {

    public Provenance {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(approach, "approach");
        model = model == null ? "" : model;
        traceId = traceId == null ? "" : traceId;
        evidence = List.copyOf(evidence);
    }
}
