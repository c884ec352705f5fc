package io.tributary.core.batch;

import io.tributary.core.store.ResultStore;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Claims each job execution for this process with a lease that a heartbeat keeps fresh, so that
 * an execution whose process died can be told from one still running; refreshes the run's
 * execution and trace on restart.
 */
@Named("runListener")
@Dependent
public class RunListener implements JobListener {

    /** How often a running execution renews its lease. */
    public static final Duration HEARTBEAT = Duration.ofSeconds(2);

    private static final Logger LOG = Logger.getLogger(RunListener.class.getName());
    private static final ScheduledExecutorService HEARTBEATS = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tributary-heartbeat");
        t.setDaemon(true);
        return t;
    });

    @Inject
    JobContext jobContext;
    @Inject
    ResultStore store;
    @Inject
    Clock clock;
    @Inject
    io.tributary.core.agent.RunSignals signals;

    private ScheduledFuture<?> heartbeat;

    @Override
    public void beforeJob() {
        long execution = jobContext.getExecutionId();
        signals.clear(jobContext.getInstanceId());
        store.acquireLease(execution, jobContext.getInstanceId(), owner(), clock.instant());
        heartbeat = HEARTBEATS.scheduleAtFixedRate(() -> beat(execution), HEARTBEAT.toMillis(), HEARTBEAT.toMillis(),
                TimeUnit.MILLISECONDS);
        store.run(jobContext.getInstanceId()).ifPresent(run -> store.registerRun(new io.tributary.core.store.RunRegistration(
                run.runId(), execution, run.jobName(), run.target(), run.dossier(), run.agents(), run.policy(),
                traceId(jobContext))));
    }

    @Override
    public void afterJob() {
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
        store.releaseLease(jobContext.getExecutionId(), clock.instant());
        signals.clear(jobContext.getInstanceId());
    }

    private void beat(long execution) {
        try {
            store.heartbeat(execution, clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Heartbeat of execution " + execution + " failed; will try again");
        }
    }

    /** This process, as {@code host:pid}. */
    public static String owner() {
        return ManagementFactory.getRuntimeMXBean().getName().replaceFirst("^(\\d+)@(.*)$", "$2:$1");
    }

    /**
     * The trace id of the current execution: kept in the job context so that every step of the
     * execution reports the same one.
     */
    static synchronized String traceId(JobContext job) {
        Object data = job.getTransientUserData();
        if (data instanceof String id && id.length() == 32) {
            return id;
        }
        byte[] bytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        job.setTransientUserData(id);
        return id;
    }
}
