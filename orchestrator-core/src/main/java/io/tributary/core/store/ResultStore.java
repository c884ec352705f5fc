package io.tributary.core.store;

import io.tributary.api.outcome.AgentOutcome;
import io.tributary.api.outcome.AgentStatus;
import io.tributary.api.policy.PolicyDecision;
import io.tributary.api.run.PartitionSummary;
import io.tributary.api.run.RunSnapshot;
import io.tributary.api.run.StoredFinding;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The source of truth about runs: what each agent delivered, what was decided, and the shared
 * aggregates several agents update at once.
 *
 * <p>Every write is one transaction. Results are keyed by (run, agent, approach, item) and
 * findings by their key within that item, so committing the same item twice (a retried chunk,
 * a restarted execution) never duplicates a row. Shared aggregates (the risk register, the cost
 * ledger) are updated in place under the row's write lock ({@code UPDATE ... SET n = n + ?}, held
 * to the commit, the row's version bumped), so concurrent writers queue and add to each other's
 * committed totals; the agent's own outcome row is read {@code FOR UPDATE}, or, by the one step
 * that writes it, updated at the version it last committed (a row changed by anyone else since
 * fails that update as a version conflict, and the retry reads it). Lock timeouts,
 * deadlocks and version conflicts are retried a bounded number of times and then surface as
 * {@link StoreConflictException}, never swallowed.
 */
public interface ResultStore {

    /** Registers a run on its first execution, or moves it to a new execution on restart. */
    void registerRun(RunRegistration registration);

    /**
     * As {@link #registerRun(RunRegistration)}; {@code firstExecution} says that the registering
     * execution is its job instance's first, so that no earlier one can have registered the run
     * and a store may write it without looking for it first.
     */
    default void registerRun(RunRegistration registration, boolean firstExecution) {
        registerRun(registration);
    }

    Optional<RunInfo> run(long runId);

    /**
     * The run as an execution of it sees it: the same as {@link #run}, but a store may answer from
     * memory while {@code executionId} is the run's current execution, because nothing an agent
     * step reads (subject, input, agents, policy, trace) changes until the run is registered
     * again for another execution.
     */
    default Optional<RunInfo> run(long runId, long executionId) {
        return run(runId);
    }

    /**
     * Marks an agent as running in an execution, with the number of items it plans, and returns
     * its items that need no further call (delivered, or had no evidence), in one transaction.
     * A store may instead keep the start of an agent that is new in its run and that no other
     * step starts, and store it with the agent's first commit or finish, as long as it stores it
     * by itself if neither comes within a short delay and, at the latest, when {@link
     * #agentStepEnded} says the step is over.
     */
    default Set<String> agentStarted(long runId, String agent, String approach, int itemsTotal, StepRef step,
            Instant at) {
        return agentStarted(runId, agent, approach, itemsTotal, step, at, true);
    }

    /**
     * As {@link #agentStarted(long, String, String, int, StepRef, Instant)}; {@code concurrent}
     * says whether other steps may start the same agent and approach at the same time (the
     * partitions of a step), which then create its outcome once, one after another, rather than
     * meeting on its unique key.
     */
    Set<String> agentStarted(long runId, String agent, String approach, int itemsTotal, StepRef step, Instant at,
            boolean concurrent);

    /**
     * The agent's step in {@code step}'s execution has ended: a start the store kept (see {@link
     * #agentStarted(long, String, String, int, StepRef, Instant)}) and that no commit or finish
     * stored is stored now. A store that stores every start at once has nothing to do.
     */
    default void agentStepEnded(long runId, String agent, String approach, StepRef step) {
    }

    /** Commits a chunk of item results, their findings and the aggregates they update, atomically. */
    void commitItems(long runId, String agent, String approach, List<ItemCommit> items, StepRef step);

    /**
     * Commits the chunk that holds every item the agent planned, as {@link #commitItems} does, and
     * ends the agent's outcome with the verdict those items give, in the same transaction: an
     * agent whose items all settle in one chunk (one item, say) costs one write instead of two.
     * {@code verdict} is applied to the chunk's item records as stored (and again if a conflict
     * makes the store retry), so it must only compute.
     */
    AgentVerdict commitLastItems(long runId, String agent, String approach, List<ItemCommit> items, StepRef step,
            Function<List<ItemRecord>, AgentVerdict> verdict, Instant at);

    List<ItemRecord> items(long runId, String agent, String approach);

    /** Ends an agent's outcome with its final status. */
    void finishAgent(long runId, String agent, String approach, AgentStatus status, String error,
            boolean retriable, Instant at);

    /**
     * Ends an agent's outcome with the verdict its items give: {@code verdict} is applied to the
     * agent's item records inside the transaction that records the outcome (and again if a
     * conflict makes the store retry it), so it must only compute.
     */
    AgentVerdict finishAgent(long runId, String agent, String approach,
            Function<List<ItemRecord>, AgentVerdict> verdict, Instant at);

    /** Every agent outcome of a run, sorted by agent and approach. */
    List<AgentOutcome> outcomes(long runId);

    /**
     * The run's outcomes as an execution of it sees them: the same as {@link #outcomes(long)}, but
     * a store may answer from what it committed itself when it knows for sure that it wrote every
     * outcome row of the run, all in {@code executionId}; whenever it does not (a restart, rows
     * another process or concurrent steps may have written), it reads them.
     */
    default List<AgentOutcome> outcomes(long runId, long executionId) {
        return outcomes(runId);
    }

    /** Every finding of a run in commit order. */
    List<StoredFinding> findings(long runId);

    /** The findings of one agent and approach, in commit order. */
    List<StoredFinding> findings(long runId, String agent, String approach);

    void recordDecision(long runId, long executionId, PolicyDecision decision);

    /** Decisions of a run, oldest first. */
    List<PolicyDecision> decisions(long runId);

    /** The run as synthesis reads it. */
    RunSnapshot snapshot(long runId, long executionId);

    /** Records where the run's report is and the verdict it gives. */
    void recordReport(long runId, String verdict, Path reportDir);

    /** The subject's risk register (shared across runs), one row per finding group, by group name. */
    List<RiskRow> riskRegister(String subjectKey);

    /**
     * Adds to a subject's risk register row of one finding group under a row lock, creating the
     * row if the group is new; exposed for reuse by other writers.
     */
    void addToRiskRegister(String subjectKey, String group, long findings, long negative, long highSeverity);

    CostTotals costs(long runId);

    /** Records how a partition of a partitioned agent step stands (replacing its earlier record). */
    void recordPartition(long runId, long executionId, PartitionSummary partition, Instant at);

    /** The partitions of a run's partitioned steps, by agent, approach and partition number. */
    List<PartitionSummary> partitions(long runId);

    /** Claims an execution for this process; a later heartbeat keeps the claim fresh. */
    void acquireLease(long executionId, long runId, String owner, Instant at);

    void heartbeat(long executionId, Instant at);

    void releaseLease(long executionId, Instant at);

    Optional<Lease> lease(long executionId);

    /** Leases not released. */
    List<Lease> activeLeases();
}
