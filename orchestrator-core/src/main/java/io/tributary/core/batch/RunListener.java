package io.tributary.core.batch;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.tributary.core.agent.RunSignals;
import io.tributary.core.store.ResultStore;
import io.tributary.core.store.RunRegistration;
import io.tributary.core.tracing.LogContext;
import io.tributary.core.tracing.Tracing;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Frames each job execution: starts its trace (linked to the trace of the execution it
 * restarts), claims the execution for this process with a lease that a heartbeat keeps fresh
 * (so an execution whose process died can be told from one still running), and on the way out
 * releases the lease and ends the trace with the job's exit status.
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
    RunSignals signals;
    @Inject
    AgentExecutions executions;
    @Inject
    Tracing tracing;

    private ScheduledFuture<?> heartbeat;

    @Override
    public void beforeJob() {
        long execution = jobContext.getExecutionId();
        LogContext.set(new LogContext(execution, "", ""));
        signals.clear(jobContext.getInstanceId());
        // a first execution has no run registered yet: intake registers it
        Optional<io.tributary.core.store.RunInfo> previous = JobModel.mayBeRestart(jobContext)
                ? store.run(jobContext.getInstanceId()) : Optional.empty();
        Optional<SpanContext> restartOf = previous.map(r -> Tracing.remote(r.traceId(), r.spanId()));
        Span root = tracing.startJob(jobContext.getJobName(), jobContext.getInstanceId(), execution, restartOf);
        store.acquireLease(execution, jobContext.getInstanceId(), owner(), clock.instant());
        heartbeat = HEARTBEATS.scheduleAtFixedRate(() -> beat(execution), HEARTBEAT.toMillis(), HEARTBEAT.toMillis(),
                TimeUnit.MILLISECONDS);
        previous.ifPresent(run -> store.registerRun(new RunRegistration(run.runId(), execution, run.jobName(),
                run.subject(), run.input(), run.agents(), run.groups(), run.policy(), root.getSpanContext().getTraceId(),
                root.getSpanContext().getSpanId())));
    }

    @Override
    public void afterJob() {
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
        long execution = jobContext.getExecutionId();
        store.releaseLease(execution, clock.instant());
        executions.forget(execution);
        signals.clear(jobContext.getInstanceId());
        String exit = jobContext.getExitStatus() != null ? jobContext.getExitStatus() : jobContext.getBatchStatus().name();
        tracing.endJob(execution, exit, jobContext.getBatchStatus() == BatchStatus.FAILED);
        LogContext.set(LogContext.NONE);
    }

    private void beat(long execution) {
        try {
            store.heartbeat(execution, clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Heartbeat of execution " + execution + " failed; will try again");
        }
    }

    /** This process, as {@code host:pid}: asked of the JVM once, since asking means looking up the host. */
    private static final String OWNER = ManagementFactory.getRuntimeMXBean().getName()
            .replaceFirst("^(\\d+)@(.*)$", "$2:$1");

    /** This process, as {@code host:pid}. */
    public static String owner() {
        return OWNER;
    }
}
