package io.tributary.core.store.internal;

import io.tributary.api.outcome.AgentStatus;
import io.tributary.core.store.StepRef;
import java.time.Instant;

/**
 * An agent's start in an execution as its outcome row records it: running, with the items it
 * plans, since {@code at}, in the step and trace given.
 */
record AgentStart(long runId, String agent, String approach, int itemsTotal, StepRef step, Instant at) {

    /** Marks {@code o} as this start has the agent running; a row of an earlier execution starts afresh. */
    void applyTo(OutcomeEntity o) {
        o.status = AgentStatus.RUNNING.name();
        o.itemsTotal = itemsTotal;
        if (o.startedAt == null || o.executionId != step.executionId()) {
            o.startedAt = at;
        }
        o.endedAt = null;
        o.error = "";
        o.retriable = false;
        o.executionId = step.executionId();
        o.stepExecutionId = step.stepExecutionId();
        o.traceId = step.traceId();
    }

    /**
     * Marks {@code o} with this start unless it holds a start already: a row made in this
     * transaction, or one that only commits of items made (no start or finish stored a start time
     * in it), takes it; a row started or finished by another writer is left as that writer made it.
     */
    void applyIfUnstarted(OutcomeEntity o) {
        if (o.id == null || o.startedAt == null) {
            applyTo(o);
        }
    }

    /** The agent's outcome row as this start makes it, not stored yet. */
    OutcomeEntity newRow() {
        OutcomeEntity o = ChunkCommitter.newOutcome(runId, agent, approach);
        applyTo(o);
        return o;
    }
}
