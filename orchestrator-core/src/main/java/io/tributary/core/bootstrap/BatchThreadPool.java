package io.tributary.core.bootstrap;

import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads batch tasks run on: jobs, and the flows of splits and partitions of steps that a
 * running task hands over.
 *
 * <p>A bounded pool runs at most {@code max} tasks on its threads at once and never starts more
 * threads. A job that finds no free thread waits in a queue. A nested task (a flow or partition
 * handed over by a task already running on a batch thread) never waits in a queue: it takes a free
 * thread if one is left, and otherwise runs on the thread that handed it over, which would only have
 * waited for it. A thread waiting for its split's flows or its step's partitions therefore never
 * waits for a task that itself waits for a thread, so no job shape can deadlock the pool, however
 * deeply its splits nest, and the bound stays the number of platform threads.
 *
 * <p>An unbounded pool starts a thread for every task that finds none idle.
 *
 * <p>Either pool may also admit at most {@code maxJobs} jobs at once: a job beyond them waits in
 * the same queue, in the order it came, until a running job ends. Admission counts jobs, not
 * threads, so an admitted job's flows and partitions are never held back by it: they run on threads
 * of their own (in a bounded pool while its bound allows). A burst of jobs then runs as many jobs
 * as were admitted, each with its agents in parallel, instead of thousands of threads contending
 * for the processors and the database.
 */
final class BatchThreadPool implements Executor {

    /** Set on a batch thread while it runs a task, on its own thread or lent. */
    private static final ThreadLocal<BatchThreadPool> RUNNING = new ThreadLocal<>();

    /** Set by {@link #lendNext()}: the next task this thread executes is nested. */
    private static final ThreadLocal<Boolean> NESTED_NEXT = new ThreadLocal<>();

    private final ThreadPoolExecutor threads;
    /** Free threads of a bounded pool; null when unbounded. */
    private final Semaphore free;
    /** Jobs that may still be admitted; null when every job runs at once. */
    private final Semaphore admissions;
    /** Jobs waiting for a thread of a bounded pool. */
    private final ConcurrentLinkedDeque<Runnable> waiting = new ConcurrentLinkedDeque<>();
    private final AtomicInteger lent = new AtomicInteger();

    private final int maxJobs;

    private BatchThreadPool(ThreadPoolExecutor threads, Semaphore free, int maxJobs) {
        this.threads = threads;
        this.free = free;
        this.maxJobs = maxJobs;
        this.admissions = maxJobs == 0 ? null : new Semaphore(maxJobs);
    }

    /**
     * A thread per task, idle threads ending after a minute.
     *
     * @param maxJobs jobs admitted at once, 0 for all
     */
    static BatchThreadPool unbounded(int maxJobs) {
        return new BatchThreadPool(new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
                new SynchronousQueue<>(), new BatchThreads()), null, maxJobs);
    }

    /**
     * At most {@code max} threads, idle ones ending after a minute.
     *
     * @param maxJobs jobs admitted at once, 0 for as many as threads are free
     */
    static BatchThreadPool bounded(int max, int maxJobs) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(max, max, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                new BatchThreads());
        pool.allowCoreThreadTimeOut(true);
        return new BatchThreadPool(pool, new Semaphore(max), maxJobs);
    }

    /** Jobs admitted at once; 0 when every job is. */
    int maximumJobs() {
        return maxJobs;
    }

    int maximumPoolSize() {
        return threads.getMaximumPoolSize();
    }

    /** Whether the calling thread is running a task of this pool. */
    boolean runsOnCurrentThread() {
        return RUNNING.get() == this;
    }

    /** Marks the next task the calling thread executes as nested in the task it runs. */
    void lendNext() {
        NESTED_NEXT.set(Boolean.TRUE);
    }

    /** Clears a mark of {@link #lendNext()} that no task consumed. */
    void clearLend() {
        NESTED_NEXT.remove();
    }

    @Override
    public void execute(Runnable task) {
        boolean nested = Boolean.TRUE.equals(NESTED_NEXT.get()) && runsOnCurrentThread();
        NESTED_NEXT.remove();
        if (nested && free != null) {
            runOnFreeThreadOrHere(task);
        } else if (nested || free == null && admissions == null) {
            threads.execute(() -> runMarked(task));
        } else {
            waiting.add(task);
            dispatch();
        }
    }

    private void runOnFreeThreadOrHere(Runnable task) {
        if (free.tryAcquire()) {
            threads.execute(() -> runAndRelease(task));
        } else {
            lent.incrementAndGet();
            try {
                task.run();
            } finally {
                lent.decrementAndGet();
            }
        }
    }

    /**
     * Hands waiting jobs to free threads while admissions are left; re-checks after giving back
     * permits it did not use. A job's permits are always released before the dispatch that follows,
     * and a job is queued before its own dispatch, so no waiting job is left behind.
     */
    private void dispatch() {
        while (!waiting.isEmpty()) {
            if (!tryAcquire(admissions)) {
                return;
            }
            if (!tryAcquire(free)) {
                release(admissions);
                return;
            }
            Runnable task = waiting.poll();
            if (task == null) {
                release(free);
                release(admissions);
                continue;
            }
            threads.execute(() -> runAndRelease(task));
        }
    }

    private void runAndRelease(Runnable task) {
        try {
            runMarked(task);
        } finally {
            release(free);
            release(admissions);
            dispatch();
        }
    }

    private static boolean tryAcquire(Semaphore permits) {
        return permits == null || permits.tryAcquire();
    }

    private static void release(Semaphore permits) {
        if (permits != null) {
            permits.release();
        }
    }

    private void runMarked(Runnable task) {
        RUNNING.set(this);
        try {
            task.run();
        } finally {
            RUNNING.remove();
        }
    }

    /** Threads running a task right now. */
    int activeThreads() {
        return threads.getActiveCount();
    }

    /** Jobs running right now that were admitted (0 when every job is). */
    int admittedJobs() {
        return admissions == null ? 0 : maxJobs - admissions.availablePermits();
    }

    /** Tasks waiting for a thread or an admission right now. */
    int queuedTasks() {
        return waiting.size() + threads.getQueue().size();
    }

    /** Nested tasks running right now on the thread that handed them over. */
    int lentTasks() {
        return lent.get();
    }

    /** Threads of the pool right now, busy or idle. */
    int poolSize() {
        return threads.getPoolSize();
    }

    ThreadPoolExecutor executorService() {
        return threads;
    }

    /** Named daemon threads, so a forgotten job never keeps the JVM alive. */
    private static final class BatchThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "tributary-batch-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
