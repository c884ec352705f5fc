package io.tributary.api.agent;

import io.tributary.api.finding.Finding;
import java.util.List;
import java.util.Objects;

/**
 * What an agent returns for one task.
 *
 * @param findings    its conclusions, each with evidence
 * @param usage       what the call consumed
 * @param sourcesUsed how many input sources yielded usable data; 0 means the agent had no
 *                    evidence to work from (its outcome becomes {@code NO_EVIDENCE}, which is not
 *                    a failure and is never retried)
 * @param problems    files that could not be used, and why
 */
public record AgentResult(List<Finding> findings, Usage usage, int sourcesUsed, List<SourceProblem> problems) {

    public AgentResult {
        findings = List.copyOf(findings);
        Objects.requireNonNull(usage, "usage");
        if (sourcesUsed < 0) {
            throw new IllegalArgumentException("sourcesUsed must not be negative");
        }
        problems = List.copyOf(problems);
    }

    /** Findings drawn from {@code sourcesUsed} usable sources. */
    public static AgentResult of(List<Finding> findings, Usage usage, int sourcesUsed) {
        return new AgentResult(findings, usage, sourcesUsed, List.of());
    }

    /** No usable source: the input had nothing for this agent, for the reasons given. */
    public static AgentResult noEvidence(Usage usage, List<SourceProblem> problems) {
        return new AgentResult(List.of(), usage, 0, problems);
    }

    /** True when the agent found nothing it could use. */
    public boolean hasNoEvidence() {
        return sourcesUsed == 0;
    }
}
