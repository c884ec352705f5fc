package io.tributary.core.store;

import io.tributary.api.agent.SourceProblem;
import io.tributary.api.outcome.AgentStatus;
import java.util.List;

/**
 * A committed work item as the store holds it.
 *
 * @param problems the sources the item could not use, one "file: problem" per line
 */
public record ItemRecord(String itemKey, AgentStatus status, int attempts, int findings, int sourcesUsed,
        String problems, String error, boolean retriable, long executionId, java.time.Instant startedAt,
        java.time.Instant endedAt) {

    /** True when the item needs no further call. */
    public boolean settled() {
        return status == AgentStatus.SUCCEEDED || status == AgentStatus.NO_EVIDENCE;
    }

    /** The item's problems, one per line of {@link #problems()}. */
    public List<SourceProblem> sourceProblems() {
        return problems(problems);
    }

    /** Problems stored as "file: problem" lines. */
    public static List<SourceProblem> problems(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return text.lines().map(line -> {
            int colon = line.indexOf(": ");
            return colon < 0 ? new SourceProblem("", line)
                    : new SourceProblem(line.substring(0, colon), line.substring(colon + 2));
        }).toList();
    }
}
