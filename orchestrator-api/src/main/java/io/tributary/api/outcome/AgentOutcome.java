package io.tributary.api.outcome;

import io.tributary.api.agent.SourceProblem;
import io.tributary.api.agent.Usage;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One agent's outcome in a run, as the store holds it.
 *
 * @param agent      the role ({@code financials}, ...)
 * @param approach   the implementation that played it
 * @param status     how it ended
 * @param findings   findings committed
 * @param itemsTotal work items planned
 * @param itemsDone  work items committed successfully
 * @param attempts   calls made, retries included
 * @param startedAt  first start in this run, or null if never started
 * @param endedAt    last end, or null while running
 * @param usage      what it consumed, across attempts
 * @param costUsd    the usage priced with the configured prices
 * @param error      the last error message, or empty
 * @param retriable  whether the last error was of a kind that retrying can fix
 * @param traceId    the trace of the execution that produced this outcome, or empty
 * @param problems   the sources the agent was given but skipped or refused (a file too large,
 *                   not UTF-8, malformed, a link out of the input), and why; an agent that
 *                   delivered with any of these did not deliver everything (see
 *                   {@link #complete()}). A store may list a bounded number, ending with an entry
 *                   that counts the rest.
 */
public record AgentOutcome(
        String agent,
        String approach,
        AgentStatus status,
        int findings,
        int itemsTotal,
        int itemsDone,
        int attempts,
        Instant startedAt,
        Instant endedAt,
        Usage usage,
        double costUsd,
        String error,
        boolean retriable,
        String traceId,
        List<SourceProblem> problems) {

    public AgentOutcome {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(approach, "approach");
        Objects.requireNonNull(status, "status");
        usage = usage == null ? Usage.NONE : usage;
        error = error == null ? "" : error;
        traceId = traceId == null ? "" : traceId;
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /** An outcome without source problems. */
    public AgentOutcome(String agent, String approach, AgentStatus status, int findings, int itemsTotal,
            int itemsDone, int attempts, Instant startedAt, Instant endedAt, Usage usage, double costUsd,
            String error, boolean retriable, String traceId) {
        this(agent, approach, status, findings, itemsTotal, itemsDone, attempts, startedAt, endedAt, usage, costUsd,
                error, retriable, traceId, List.of());
    }

    /**
     * True when the agent delivered and used every source it was given: SUCCEEDED without
     * problems. Only complete outcomes let a run PROCEED; a delivered one with problems counts
     * toward the policy, but the run is DEGRADED at best.
     */
    public boolean complete() {
        return status.delivered() && problems.isEmpty();
    }

    /** The same outcome with {@code sourceProblems} as its problems. */
    public AgentOutcome withProblems(List<SourceProblem> sourceProblems) {
        return new AgentOutcome(agent, approach, status, findings, itemsTotal, itemsDone, attempts, startedAt,
                endedAt, usage, costUsd, error, retriable, traceId, sourceProblems);
    }

    /** The outcome of an agent the store has no record of: it never ran. */
    public static AgentOutcome missing(String agent) {
        return new AgentOutcome(agent, agent, AgentStatus.FAILED, 0, 0, 0, 0, null, null,
                Usage.NONE, 0.0, "no outcome recorded: the agent's step never ran", true, "");
    }
}
