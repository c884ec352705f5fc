package io.tributary.core.store.internal;

import io.tributary.api.outcome.AgentOutcome;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * What a store in this process knows it wrote or read in an execution, so that a write need not
 * first read what it would only find absent: the runs it registered for the first time (which have
 * no outcome rows before that execution) and which of their approaches have started since, the
 * item keys an approach had stored when it started (any other key is new unless this process
 * committed it since), and the outcome row of an
 * approach that only one step writes at a time, as this process last committed it. Knowledge is
 * per execution and only ever saves a read: a write that meets a row it took for absent fails on
 * the unique key, one that finds a known row changed by someone else fails on its version, and the
 * store's retry reads.
 *
 * <p>For a run's first execution it also keeps every outcome row of the run as this process
 * committed it, so that the policy decision can take them from here: the run had no rows before
 * that execution, and as long as each of its outcome writes is one this process committed and
 * recorded here, these are the rows the database holds. Anything that leaves that in doubt (a
 * write that failed, whose commit may or may not have happened; agents started by concurrent
 * steps, the partitions of a step, which other processes may run; a row found stored by someone
 * else) drops the run's rows for good, and the outcomes are read again.
 */
final class KnownRows {

    /** Entries a memory holds at most; beyond, it starts afresh. */
    private static final int REMEMBERED = 10_000;

    private record Approach(long runId, String agent, String approach) {
    }

    private record Items(long executionId, Set<String> keys) {
    }

    private record Outcome(long executionId, OutcomeEntity row) {
    }

    /** A run this process created for an execution, and the approaches that have started in it since. */
    private record NewRun(long executionId, Set<Approach> started) {
    }

    /** The outcome rows of a run's first execution, all committed here, by approach. */
    private record Committed(long executionId, ConcurrentMap<Approach, AgentOutcome> rows) {
    }

    private final ConcurrentMap<Long, NewRun> newRuns = new ConcurrentHashMap<>();
    private final ConcurrentMap<Long, Committed> committed = new ConcurrentHashMap<>();
    private final ConcurrentMap<Approach, Items> items = new ConcurrentHashMap<>();
    private final ConcurrentMap<Approach, Outcome> outcomes = new ConcurrentHashMap<>();

    /** The run was registered for the first time, by this process, for {@code executionId}. */
    void runCreated(long runId, long executionId) {
        bound(newRuns);
        newRuns.put(runId, new NewRun(executionId, ConcurrentHashMap.newKeySet()));
    }

    /**
     * The run was registered for the first time, by this process, for its job instance's first
     * execution: no execution before it can have written an outcome row, so from now on this
     * process keeps the rows it commits ({@link #outcomeStored}).
     */
    void firstExecutionCreated(long runId, long executionId) {
        bound(committed);
        committed.put(runId, new Committed(executionId, new ConcurrentHashMap<>()));
    }

    /**
     * An outcome row as a transaction of this process committed it, called after that commit
     * and before the next write of the same row.
     */
    void outcomeStored(OutcomeEntity row) {
        Committed run = committed.get(row.runId);
        if (run != null) {
            run.rows().put(new Approach(row.runId, row.agent, row.approach), OutcomeRows.toOutcome(row));
        }
    }

    /** The run's outcome rows may differ from those kept here: they are read from now on. */
    void outcomesInDoubt(long runId) {
        committed.remove(runId);
    }

    /**
     * Every outcome row of the run, by agent and approach, when this process committed all of
     * them in {@code executionId}, the run's first execution; empty when it does not know for sure.
     */
    Optional<List<AgentOutcome>> outcomes(long runId, long executionId) {
        Committed run = committed.get(runId);
        if (run == null || run.executionId() != executionId) {
            return Optional.empty();
        }
        return Optional.of(run.rows().values().stream()
                .sorted(Comparator.comparing(AgentOutcome::agent).thenComparing(AgentOutcome::approach))
                .toList());
    }

    /** True when the run had no rows before {@code executionId}, because this process created it for it. */
    boolean runNew(long runId, long executionId) {
        NewRun created = newRuns.get(runId);
        return created != null && created.executionId() == executionId;
    }

    /**
     * True once per approach of a run this process created for {@code executionId}, when it first
     * starts there: it has no outcome row and no item rows. Forgetting the run errs safely: then
     * no start counts as the first.
     */
    boolean firstStart(long runId, long executionId, String agent, String approach) {
        NewRun created = newRuns.get(runId);
        return created != null && created.executionId() == executionId
                && created.started().add(new Approach(runId, agent, approach));
    }

    /** The item keys an approach had stored when it started in {@code executionId}. */
    void itemsStored(long runId, String agent, String approach, long executionId, Collection<String> keys) {
        bound(items);
        Items fresh = new Items(executionId, ConcurrentHashMap.newKeySet());
        fresh.keys().addAll(keys);
        items.merge(new Approach(runId, agent, approach), fresh, (old, given) -> {
            if (old.executionId() != executionId) {
                return given;
            }
            old.keys().addAll(keys);
            return old;
        });
    }

    /** Item keys an approach wrote in {@code executionId}, once it started there. */
    void itemsWritten(long runId, String agent, String approach, long executionId, Collection<String> keys) {
        Items known = items.get(new Approach(runId, agent, approach));
        if (known != null && known.executionId() == executionId) {
            known.keys().addAll(keys);
        }
    }

    /** False only for an item key this process knows the approach had not stored in {@code executionId}. */
    boolean mayExist(long runId, String agent, String approach, long executionId, String key) {
        Items known = items.get(new Approach(runId, agent, approach));
        return known == null || known.executionId() != executionId || known.keys().contains(key);
    }

    /**
     * The outcome row of its approach as this process committed it in {@code executionId}, its
     * {@code id} and {@code version} those of the stored row, kept for the next write of the same
     * step, which takes it.
     */
    void outcomeCommitted(long executionId, OutcomeEntity row) {
        bound(outcomes);
        outcomes.put(new Approach(row.runId, row.agent, row.approach), new Outcome(executionId, row));
    }

    /**
     * Hands over the outcome row {@link #outcomeCommitted} kept for the approach in {@code
     * executionId}, once: the taker changes it, and keeps it again only when its write committed.
     */
    Optional<OutcomeEntity> takeOutcome(long runId, String agent, String approach, long executionId) {
        Outcome known = outcomes.remove(new Approach(runId, agent, approach));
        return known != null && known.executionId() == executionId ? Optional.of(known.row()) : Optional.empty();
    }

    /** Drops what {@link #outcomeCommitted} kept for the approach: another write is about to change it. */
    void forgetOutcome(long runId, String agent, String approach) {
        outcomes.remove(new Approach(runId, agent, approach));
    }

    private static void bound(ConcurrentMap<?, ?> memory) {
        if (memory.size() >= REMEMBERED) {
            memory.clear();
        }
    }
}
