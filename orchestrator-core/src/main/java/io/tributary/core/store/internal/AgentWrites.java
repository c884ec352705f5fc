package io.tributary.core.store.internal;

import io.tributary.api.outcome.AgentStatus;
import io.tributary.core.store.AgentVerdict;
import io.tributary.core.store.ItemCommit;
import io.tributary.core.store.ItemRecord;
import io.tributary.core.store.StepRef;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * An agent's writes of its outcome: its start, its chunk commits and its finish, each in one
 * transaction. The start of an agent that is new in its run and alone in its step is not written
 * by itself: {@link PendingStarts} keeps it for the agent's first commit or finish, which inserts
 * the outcome row with it, and flushes it if neither comes soon enough. Every outcome row these
 * writes commit is handed to {@link KnownRows#outcomeStored}; a write that fails, whose commit
 * is then in doubt, puts the run's outcomes in doubt ({@link KnownRows#outcomesInDoubt}).
 */
final class AgentWrites {

    private final Transactions tx;
    private final ChunkCommitter committer;
    private final KnownRows known;
    private final PendingStarts starts;
    /** The run's subject key as the execution of the step sees it. */
    private final BiFunction<Long, StepRef, String> subjectKey;

    AgentWrites(Transactions tx, ChunkCommitter committer, KnownRows known, PendingStarts starts,
            BiFunction<Long, StepRef, String> subjectKey) {
        this.tx = tx;
        this.committer = committer;
        this.known = known;
        this.starts = starts;
        this.subjectKey = subjectKey;
    }

    Set<String> agentStarted(AgentStart start, boolean concurrent) {
        return inDoubtOnFailure(start.runId(), () -> started(start, concurrent));
    }

    private Set<String> started(AgentStart start, boolean concurrent) {
        long runId = start.runId();
        String agent = start.agent();
        String approach = start.approach();
        long execution = start.step().executionId();
        if (starts.defers() && !concurrent && known.firstStart(runId, execution, agent, approach)) {
            // no row and no item of it exist: the first commit or finish stores the start with itself
            known.itemsStored(runId, agent, approach, execution, List.of());
            starts.defer(start);
            return new HashSet<>();
        }
        if (concurrent) {
            known.outcomesInDoubt(runId); // other steps, maybe in other processes, write this row too
        }
        boolean likelyNew = known.runNew(runId, execution);
        int[] attempts = {0};
        OutcomeEntity[] outcome = new OutcomeEntity[1];
        // this start replaces one of the same execution still pending
        List<ItemRecord> stored = starts.write(runId, agent, approach, execution, pending -> tx.inTransaction(
                "start " + agent, em -> {
                    // alone and new, the agent's outcome is inserted at once; a retry looks for it
                    OutcomeEntity o = likelyNew && !concurrent && attempts[0]++ == 0
                            ? ChunkCommitter.newOutcome(runId, agent, approach)
                            : committer.outcomeForUpdate(em, runId, agent, approach, likelyNew);
                    start.applyTo(o);
                    boolean fresh = o.id == null;
                    ChunkCommitter.persistIfNew(em, o);
                    outcome[0] = o;
                    // an agent without an outcome row has no item rows either: they are committed with it
                    return fresh ? List.<ItemRecord>of() : itemRecords(em, runId, agent, approach);
                }));
        known.outcomeStored(outcome[0]);
        known.itemsStored(runId, agent, approach, execution, stored.stream().map(ItemRecord::itemKey).toList());
        if (concurrent) {
            known.forgetOutcome(runId, agent, approach);
        } else {
            known.outcomeCommitted(execution, outcome[0]); // this step alone writes it now
        }
        return stored.stream().filter(ItemRecord::settled).map(ItemRecord::itemKey)
                .collect(Collectors.toCollection(HashSet::new));
    }

    /**
     * Commits a chunk in one transaction, inserting the items this store knows to be new without
     * reading for them first, and updating the outcome this process last committed without
     * reading it first, except when the transaction is retried; an agent whose start is pending
     * has its outcome row inserted with the start. With {@code more} (the agent is not finished),
     * an outcome this process alone writes is kept for the next write.
     */
    void commit(long runId, String agent, String approach, List<ItemCommit> items, StepRef step, boolean more,
            BiConsumer<OutcomeEntity, List<ItemRecord>> finish) {
        String subject = subjectKey.apply(runId, step);
        inDoubtOnFailure(runId, () -> starts.write(runId, agent, approach, step.executionId(), start -> {
            Optional<OutcomeEntity> mine = start != null ? Optional.empty()
                    : known.takeOutcome(runId, agent, approach, step.executionId());
            int[] attempts = {0};
            OutcomeEntity written = tx.inTransaction("commit " + items.size() + " item(s) of " + agent, em -> {
                boolean first = attempts[0]++ == 0;
                OutcomeEntity given = !first ? null : start != null ? start.newRow() : mine.orElse(null);
                return committer.commit(em, runId, subject, agent, approach, items, step,
                        key -> !first || known.mayExist(runId, agent, approach, step.executionId(), key), given,
                        start, finish);
            });
            known.outcomeStored(written);
            known.itemsWritten(runId, agent, approach, step.executionId(),
                    items.stream().map(ItemCommit::itemKey).toList());
            if (more && (mine.isPresent() || start != null)) {
                known.outcomeCommitted(step.executionId(), written);
            }
            return written;
        }));
    }

    void finishAgent(long runId, String agent, String approach, AgentStatus status, String error,
            boolean retriable, Instant at) {
        inDoubtOnFailure(runId, () -> starts.write(runId, agent, approach, PendingStarts.ANY_EXECUTION, start -> {
            known.forgetOutcome(runId, agent, approach);
            OutcomeEntity finished = tx.inTransaction("finish " + agent, em -> {
                OutcomeEntity o = outcomeForUpdate(em, runId, agent, approach, start);
                o.status = status.name();
                o.error = Codec.bounded(error, 4000);
                o.retriable = retriable;
                o.endedAt = at;
                if (o.startedAt == null) {
                    o.startedAt = at;
                }
                ChunkCommitter.persistIfNew(em, o);
                return o;
            });
            known.outcomeStored(finished);
            return finished;
        }));
    }

    AgentVerdict finishAgent(long runId, String agent, String approach,
            Function<List<ItemRecord>, AgentVerdict> verdict, Instant at) {
        long any = PendingStarts.ANY_EXECUTION;
        return inDoubtOnFailure(runId, () -> starts.write(runId, agent, approach, any, start -> {
            known.forgetOutcome(runId, agent, approach);
            OutcomeEntity[] finished = new OutcomeEntity[1];
            AgentVerdict given = tx.inTransaction("finish " + agent, em -> {
                OutcomeEntity o = outcomeForUpdate(em, runId, agent, approach, start);
                AgentVerdict v = ChunkCommitter.finish(o, verdict.apply(itemRecords(em, runId, agent, approach)), at);
                ChunkCommitter.persistIfNew(em, o);
                finished[0] = o;
                return v;
            });
            known.outcomeStored(finished[0]);
            return given;
        }));
    }

    /**
     * The agent's step has ended: a start that no commit or finish stored is stored now, so that
     * an agent stopped before its first commit is on record as a started one would be.
     */
    void stepEnded(long runId, String agent, String approach, StepRef step) {
        inDoubtOnFailure(runId, () -> starts.write(runId, agent, approach, step.executionId(),
                start -> start == null ? null : starts.store(tx, start)));
    }

    /**
     * Runs one of the agent's writes; should it fail, whether its transaction committed is not
     * known, so the run's outcomes are read from the database from then on.
     */
    private <T> T inDoubtOnFailure(long runId, Supplier<T> write) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            known.outcomesInDoubt(runId);
            throw e;
        }
    }

    /** The agent's outcome row, locked, with {@code start} (when not stored yet) unless it holds one. */
    private OutcomeEntity outcomeForUpdate(EntityManager em, long runId, String agent, String approach,
            AgentStart start) {
        OutcomeEntity o = committer.outcomeForUpdate(em, runId, agent, approach);
        if (start != null) {
            start.applyIfUnstarted(o);
        }
        return o;
    }

    static List<ItemRecord> itemRecords(EntityManager em, long runId, String agent, String approach) {
        return em.createQuery("select i from ItemEntity i where i.runId = :run and i.agent = :agent"
                        + " and i.approach = :approach order by i.id", ItemEntity.class)
                .setParameter("run", runId).setParameter("agent", agent).setParameter("approach", approach)
                .getResultList().stream().map(ChunkCommitter::record).toList();
    }
}
