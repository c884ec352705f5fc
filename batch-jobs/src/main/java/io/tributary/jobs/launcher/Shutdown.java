package io.tributary.jobs.launcher;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Makes a plain {@code kill} (SIGTERM, what schedulers and Kubernetes send) graceful. While an
 * execution runs, SIGTERM asks it to stop ({@code JobOperator.stop}: agents finish the item in
 * hand, committed work stands) and the command then ends it properly: the summary printed, the
 * runtime closed, the process ended with the command's exit code ({@link ExitCode#STOPPED} for a
 * stopped execution) instead of the JVM's 143. If the command has not ended within the stop's
 * bound, the process exits with that code anyway. With nothing running, SIGTERM ends the process
 * at once as usual.
 *
 * <p>The signal is handled before the JVM begins to shut down: once shutdown hooks run, the
 * embedded database's own hook (H2 in automatic mixed mode always closes on exit) would close the
 * database under the job that is still stopping. Where the runtime offers no signal handling, a
 * shutdown hook does the same with that caveat.
 */
final class Shutdown {

    /** Time the hook gives the command beyond its own wait to print and close. */
    private static final Duration CLOSING = Duration.ofSeconds(10);
    /** The exit code of a process ended by SIGTERM (128 + 15), as without the handler. */
    private static final int TERMINATED = 143;
    private volatile boolean hooked;

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
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("TERM"), signal -> shutdown.onTerm());
        } catch (IllegalArgumentException | LinkageError e) {
            Runtime.getRuntime().addShutdownHook(new Thread(shutdown::onSignal, "tributary-shutdown"));
        }
        return shutdown;
    }

    /** SIGTERM before the JVM shuts down: stop the execution and let the command end the process. */
    private void onTerm() {
        Watch running = watch.get();
        if (running == null) {
            System.exit(TERMINATED);
            return;
        }
        requested = true;
        Thread deadline = new Thread(() -> {
            try {
                if (!ended.await(running.bound().plus(CLOSING).toMillis(), TimeUnit.MILLISECONDS)) {
                    System.exit(exitCode);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "tributary-shutdown-deadline");
        deadline.setDaemon(true);
        deadline.start();
        running.stop().run();
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
     * Ends the process with {@code code}. During a shutdown-hook stop {@code System.exit} would
     * block, so the code goes to the hook, which ends the process with it.
     */
    void exit(int code) {
        exitCode = code;
        ended.countDown();
        if (requested && hooked) {
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
        hooked = true;
        running.stop().run();
        try {
            ended.await(running.bound().plus(CLOSING).toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Runtime.getRuntime().halt(exitCode);
    }
}
