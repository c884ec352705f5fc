package io.tributary.agents.regulatory.internal;

import io.tributary.api.agent.SourceProblem;
import io.tributary.api.finding.Finding;
import java.util.List;

/**
 * What one filing document yielded.
 *
 * @param findings its findings
 * @param problems why it could not be used, if it could not
 * @param used     1 when the document was read, 0 when it could not be
 */
public record DocumentResult(List<Finding> findings, List<SourceProblem> problems, int used) {

    public DocumentResult {
        findings = List.copyOf(findings);
        problems = List.copyOf(problems);
    }

    /** A document that could not be used. */
    public static DocumentResult problem(SourceProblem problem) {
        return new DocumentResult(List.of(), List.of(problem), 0);
    }

    /** A document that was read. */
    public static DocumentResult read(List<Finding> findings) {
        return new DocumentResult(findings, List.of(), 1);
    }
}
