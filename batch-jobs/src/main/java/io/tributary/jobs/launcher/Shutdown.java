package io.tributary.jobs.launcher;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Makes a plain {@code kill} (SIGTERM, what schedulers and Kubernetes send) graceful. While an
 * execution runs, the JVM's shutdown hook asks it to stop ({@code JobOperator.stop}: agents finish
 * the item in hand, committed work stands) and then waits, bounded, for the command to end it
 * properly: the summary printed, the runtime closed. The process then ends with the command's exit
 * code ({@link ExitCode#STOPPED} for a stopped execution) instead of the JVM's 143. With nothing
 * running, SIGTERM ends the process at once as usual.
 */
final class Shutdown {

    /** Time the hook gives the command beyond its own wait to print and close. */
    private static final Duration CLOSING = Duration.ofSeconds(10);

    private final AtomicReference<Watch> watch = new AtomicReference<>();
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile boolean requested;
    private volatile int exitCode = ExitCode.STOPPED.code();

    /** What to do on SIGTERM while an execution runs, and how long its stop may take. */
    private record Watch(Runnable stop, Duration bound) {
    }

    /** A shutdown that hooks into the JVM: the launcher's own. */
    static Shutdown installed() {
        Shutdown shutdown = new Shutdown();
        Runtime.getRuntime().addShutdownHook(new Thread(shutdown::onSignal, "tributary-shutdown"));
        return shutdown;
    }

    /** A shutdown that is never signalled (launcher run inside another program or a test). */
    static Shutdown none() {
        return new Shutdown();
    }

    /** From now on SIGTERM runs {@code stop} and waits up to {@code bound} for the command to end. */
    void watch(Runnable stop, Duration bound) {
        watch.set(new Watch(stop, bound));
    }

    /** The execution is over; SIGTERM goes back to ending the process at once. */
    void unwatch() {
        watch.set(null);
    }

    /** True once SIGTERM asked the running execution to stop. */
    boolean requested() {
        return requested;
    }

    /**
     * Ends the process with {@code code}. During a SIGTERM shutdown {@code System.exit} would block,
     * so the code goes to the shutdown hook, which ends the process with it.
     */
    void exit(int code) {
        if (requested) {
            exitCode = code;
            ended.countDown();
            return;
        }
        System.exit(code);
    }

    private void onSignal() {
        Watch running = watch.get();
        if (running == null) {
            return;
        }
        requested = true;
        running.stop().run();
        try {
            ended.await(running.bound().plus(CLOSING).toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Runtime.getRuntime().halt(exitCode);
    }
}
