package io.tributary.core.store.internal;

import io.tributary.api.InvalidInputException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The starts of agents that a store has not written yet. An agent that no other step writes,
 * starting for the first time, need not be written at its start: its first chunk commit inserts
 * its outcome row with the start in the same transaction, or its finish does. So that a reader in
 * another process still sees an agent that runs long as running, a start that no write took
 * within {@code visibleAfter} is flushed: inserted as RUNNING, as an immediate start would have
 * been.
 *
 * <p>The flush and the agent's own writes meet on the start's lock: a write of the agent's outcome
 * holds it for its transaction and takes the start into that transaction when the start is not
 * stored yet; the flush only tries the lock and, finding a write under way, tries again later.
 * A start is stored once, by whichever of them commits first; the flush only ever inserts, and
 * finding the row stored does nothing. A flush that fails is logged and leaves the start to the
 * agent's next write. One daemon thread flushes for the whole store, and only while starts are
 * due.
 */
final class PendingStarts implements AutoCloseable {

    /** The setting that says after how long an unwritten start is flushed. */
    static final String SETTING = "store.start.visible-after";
    /** How long a start waits for the agent's first write by default. */
    static final Duration DEFAULT_VISIBLE_AFTER = Duration.ofSeconds(1);
    /** The longest a start may stay unseen by other processes. */
    static final Duration MAX_VISIBLE_AFTER = Duration.ofMinutes(1);
    /** For {@link #write}: the start of whichever execution is pending. */
    static final long ANY_EXECUTION = -1;

    private static final Logger LOG = Logger.getLogger(PendingStarts.class.getName());
    /** A flush tries this often on lock conflicts and not at all to wait for a lost database. */
    private static final int FLUSH_ATTEMPTS = 3;
    private static final long IDLE_SECONDS = 5;

    private record Key(long runId, String agent, String approach) {
        static Key of(AgentStart s) {
            return new Key(s.runId(), s.agent(), s.approach());
        }
    }

    /** A start not stored yet; {@code stored} is read and written under {@code lock}. */
    private static final class Pending {
        final AgentStart start;
        final ReentrantLock lock = new ReentrantLock();
        boolean stored;
        volatile ScheduledFuture<?> flush;

        Pending(AgentStart start) {
            this.start = start;
        }
    }

    private final Duration visibleAfter;
    private final Transactions flushes;
    private final ChunkCommitter committer;
    private final KnownRows known;
    /** Null when starts are written at once. */
    private final ScheduledThreadPoolExecutor scheduler;
    private final ConcurrentMap<Key, Pending> pending = new ConcurrentHashMap<>();

    /**
     * Starts flushed after {@code visibleAfter} through {@code strategy}; {@link Duration#ZERO}
     * has every start written at once, by its caller.
     */
    PendingStarts(Duration visibleAfter, TransactionStrategy strategy, ChunkCommitter committer, KnownRows known) {
        this.visibleAfter = checked(visibleAfter);
        this.flushes = new Transactions(strategy, FLUSH_ATTEMPTS, Duration.ZERO, java.time.Clock.systemUTC());
        this.committer = committer;
        this.known = known;
        this.scheduler = visibleAfter.isZero() ? null : flusher();
    }

    /** {@code visibleAfter} if it lies between zero and {@link #MAX_VISIBLE_AFTER}; else a clear error naming the setting. */
    static Duration checked(Duration visibleAfter) {
        if (visibleAfter == null || visibleAfter.isNegative() || visibleAfter.compareTo(MAX_VISIBLE_AFTER) > 0) {
            throw new InvalidInputException("Setting '" + SETTING + "' must be a duration from PT0S (write every"
                    + " agent's start at once) to " + MAX_VISIBLE_AFTER + ", was " + visibleAfter);
        }
        return visibleAfter;
    }

    private static ScheduledThreadPoolExecutor flusher() {
        ScheduledThreadPoolExecutor s = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "tributary-store-starts");
            t.setDaemon(true);
            return t;
        });
        s.setRemoveOnCancelPolicy(true); // a start its commit took leaves no task behind
        s.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        s.setKeepAliveTime(IDLE_SECONDS, TimeUnit.SECONDS);
        s.allowCoreThreadTimeOut(true); // the thread ends when no start is due
        return s;
    }

    /** True when starts may wait for the agent's first write. */
    boolean defers() {
        return scheduler != null;
    }

    /** Keeps {@code start} for the agent's first write, and flushes it after the delay unless a write took it. */
    void defer(AgentStart start) {
        Pending p = new Pending(start);
        Pending before = pending.put(Key.of(start), p);
        if (before != null && before.flush != null) {
            before.flush.cancel(false);
        }
        p.flush = scheduler.schedule(() -> flush(p), visibleAfter.toNanos(), TimeUnit.NANOSECONDS);
    }

    /**
     * Runs a write of the agent's outcome: with the start still to be stored (of {@code
     * executionId}, or of {@link #ANY_EXECUTION}), {@code work} is given it, to store it when it
     * makes the row, and holds it meanwhile, so that no flush stores it too; once {@code work}
     * returns the start counts as stored. Otherwise (nothing pending, or stored already) {@code
     * work} is given null. When {@code work} throws, the start stays pending.
     */
    <T> T write(long runId, String agent, String approach, long executionId, Function<AgentStart, T> work) {
        Pending p = pending.get(new Key(runId, agent, approach));
        if (p == null || (executionId != ANY_EXECUTION && p.start.step().executionId() != executionId)) {
            return work.apply(null);
        }
        p.lock.lock();
        try {
            if (!p.stored) {
                T result = work.apply(p.start);
                settle(p);
                return result;
            }
        } finally {
            p.lock.unlock();
        }
        return work.apply(null);
    }

    /**
     * Stores the start in its own transaction of {@code tx}, unless its outcome row exists: the
     * first attempt inserts without looking (the agent is new), a retry looks under lock. Returns
     * the row inserted, or null when there was one.
     */
    OutcomeEntity store(Transactions tx, AgentStart s) {
        int[] attempts = {0};
        OutcomeEntity inserted = tx.inTransaction("start " + s.agent(), em -> {
            OutcomeEntity found = attempts[0]++ == 0 ? null
                    : committer.outcomeForUpdate(em, s.runId(), s.agent(), s.approach());
            if (found != null && found.id != null) {
                return null; // stored meanwhile: a start only ever inserts
            }
            OutcomeEntity row = s.newRow();
            em.persist(row);
            return row;
        });
        if (inserted != null) {
            known.outcomeStored(inserted);
        } else {
            known.outcomesInDoubt(s.runId()); // someone else inserted the row
        }
        return inserted;
    }

    /** Flushes every pending start now, as the delay would; for tests that must order a flush and a write. */
    void flushNow() {
        List.copyOf(pending.values()).forEach(this::flush);
    }

    private void flush(Pending p) {
        if (!p.lock.tryLock()) {
            // the agent's write is under way and stores the start; should it fail, the start is due again
            p.flush = scheduler.schedule(() -> flush(p), visibleAfter.toNanos(), TimeUnit.NANOSECONDS);
            return;
        }
        try {
            if (p.stored) {
                return;
            }
            OutcomeEntity row = store(flushes, p.start);
            if (row != null) {
                known.outcomeCommitted(p.start.step().executionId(), row); // the agent's next write updates it
            }
            settle(p);
        } catch (RuntimeException e) {
            known.outcomesInDoubt(p.start.runId()); // its commit may have happened all the same
            LOG.log(Level.WARNING, e, () -> "The start of agent " + p.start.agent() + "/" + p.start.approach()
                    + " in run " + p.start.runId() + " could not be stored when its delay of " + visibleAfter + " passed; other"
                    + " processes see the agent once its first commit or its finish stores it");
        } finally {
            p.lock.unlock();
        }
    }

    /** Under the start's lock: it is stored now, and its flush is no longer due. */
    private void settle(Pending p) {
        p.stored = true;
        pending.remove(Key.of(p.start), p);
        ScheduledFuture<?> f = p.flush;
        if (f != null) {
            f.cancel(false);
        }
    }

    /**
     * Stops the flushes: those not due yet are dropped (a start not stored is left to the agent's
     * next write), one under way is let finish, not interrupted, before the database closes.
     */
    @Override
    public void close() {
        if (scheduler == null) {
            return;
        }
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(IDLE_SECONDS, TimeUnit.SECONDS)) {
                LOG.warning("A flush of an agent's start was still under way " + IDLE_SECONDS + " s after the store closed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
