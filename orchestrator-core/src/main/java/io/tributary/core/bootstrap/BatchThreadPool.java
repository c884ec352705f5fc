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
 */
final class BatchThreadPool implements Executor {

    /** Set on a batch thread while it runs a task, on its own thread or lent. */
    private static final ThreadLocal<BatchThreadPool> RUNNING = new ThreadLocal<>();

    /** Set by {@link #lendNext()}: the next task this thread executes is nested. */
    private static final ThreadLocal<Boolean> NESTED_NEXT = new ThreadLocal<>();

    private final ThreadPoolExecutor threads;
    /** Free threads of a bounded pool; null when unbounded. */
    private final Semaphore free;
    /** Jobs waiting for a thread of a bounded pool. */
    private final ConcurrentLinkedDeque<Runnable> waiting = new ConcurrentLinkedDeque<>();
    private final AtomicInteger lent = new AtomicInteger();

    private BatchThreadPool(ThreadPoolExecutor threads, Semaphore free) {
        this.threads = threads;
        this.free = free;
    }

    /** A thread per task, idle threads ending after a minute. */
    static BatchThreadPool unbounded() {
        return new BatchThreadPool(new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
                new SynchronousQueue<>(), new BatchThreads()), null);
    }

    /** At most {@code max} threads, idle ones ending after a minute. */
    static BatchThreadPool bounded(int max) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(max, max, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                new BatchThreads());
        pool.allowCoreThreadTimeOut(true);
        return new BatchThreadPool(pool, new Semaphore(max));
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
        boolean nested = Boolean.TRUE.equals(NESTED_NEXT.get());
        NESTED_NEXT.remove();
        if (free == null) {
            threads.execute(() -> runMarked(task));
        } else if (nested && runsOnCurrentThread()) {
            runOnFreeThreadOrHere(task);
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

    /** Hands waiting jobs to free threads; re-checks after giving back a permit it did not use. */
    private void dispatch() {
        while (!waiting.isEmpty()) {
            if (!free.tryAcquire()) {
                return;
            }
            Runnable task = waiting.poll();
            if (task == null) {
                free.release();
                continue;
            }
            threads.execute(() -> runAndRelease(task));
        }
    }

    private void runAndRelease(Runnable task) {
        try {
            runMarked(task);
        } finally {
            free.release();
            dispatch();
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

    /** Tasks waiting for a thread right now. */
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
