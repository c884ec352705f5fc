package io.tributary.core.store.internal;

import java.util.Collection;
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

    private final ConcurrentMap<Long, NewRun> newRuns = new ConcurrentHashMap<>();
    private final ConcurrentMap<Approach, Items> items = new ConcurrentHashMap<>();
    private final ConcurrentMap<Approach, Outcome> outcomes = new ConcurrentHashMap<>();

    /** The run was registered for the first time, by this process, for {@code executionId}. */
    void runCreated(long runId, long executionId) {
        bound(newRuns);
        newRuns.put(runId, new NewRun(executionId, ConcurrentHashMap.newKeySet()));
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
