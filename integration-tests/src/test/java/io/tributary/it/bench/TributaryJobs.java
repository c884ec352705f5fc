package io.tributary.it.bench;

import io.tributary.core.bootstrap.TributaryRuntime;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jberet.runtime.JobExecutionImpl;

/**
 * The five agents as the {@code it-five} job: started through the {@link JobOperator} of a warm
 * runtime (JDBC job repository and result store on H2), awaited through JBeret's termination
 * latch rather than by polling, so that the measured time is the job's own. {@link #bare} runs
 * the same shape as {@code it-five-bare}, on JBeret alone.
 */
final class TributaryJobs implements Variant {

    static final String JOB = "it-five";
    /** The name of {@link #bare} in the results. */
    static final String BARE = "JBeret alone";
    /** The name of {@link #minimal} in the results. */
    static final String MINIMAL = "JBeret minimal";

    private final TributaryRuntime runtime;
    private final String job;
    private final String name;
    private final List<Properties> parameters;
    private final AtomicLong completed = new AtomicLong();
    private final AtomicLong lastExecution = new AtomicLong(-1);
    /** Told {@link System#nanoTime()} as each start returns, when set. */
    private volatile java.util.function.LongConsumer started = t -> { };

    TributaryJobs(TributaryRuntime runtime, FiveAgents shape, List<Path> dossiers) {
        this(runtime, shape, dossiers, "Tributary");
    }

    TributaryJobs(TributaryRuntime runtime, FiveAgents shape, List<Path> dossiers, String name) {
        this(runtime, JOB, shape, dossiers, name);
    }

    private TributaryJobs(TributaryRuntime runtime, String job, FiveAgents shape, List<Path> dossiers, String name) {
        this(runtime, job, name, dossiers.stream().map(shape::jobParameters).toList());
    }

    private TributaryJobs(TributaryRuntime runtime, String job, String name, List<Properties> parameters) {
        this.runtime = runtime;
        this.job = job;
        this.name = name;
        this.parameters = parameters;
    }

    /**
     * The same job shape on the same runtime's JBeret (its thread pool and JDBC job repository),
     * without Tributary's store, tracing, leases or policy: the artifacts of {@link BareJBeret}.
     */
    static TributaryJobs bare(TributaryRuntime runtime, FiveAgents shape, List<Path> dossiers) {
        return new TributaryJobs(runtime, BareJBeret.JOB, shape, dossiers, BARE);
    }

    /**
     * Five parallel batchlet steps and a final step on the same runtime's JBeret and JDBC job
     * repository, nothing else stored: the artifacts of {@link MinimalJBeret}.
     */
    static TributaryJobs minimal(TributaryRuntime runtime, FiveAgents shape, List<Path> dossiers) {
        return new TributaryJobs(runtime, MinimalJBeret.JOB, shape, dossiers, MINIMAL);
    }

    /** This variant on another runtime (another database), named with {@code suffix}. */
    TributaryJobs on(TributaryRuntime other, String suffix) {
        return new TributaryJobs(other, job, name + suffix, parameters);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void runJob(int slot) throws InterruptedException {
        JobOperator operator = runtime.jobOperator();
        Properties params = parameters.get(slot % parameters.size());
        long id = operator.start(job, params);
        started.accept(System.nanoTime());
        JobExecution execution = operator.getJobExecution(id);
        while (!ended(execution.getBatchStatus())) {
            if (execution instanceof JobExecutionImpl impl) {
                impl.awaitTermination(1, TimeUnit.SECONDS);
            } else {
                Thread.sleep(5);
            }
            execution = operator.getJobExecution(id);
        }
        if (execution.getBatchStatus() != BatchStatus.COMPLETED || !"PROCEED".equals(execution.getExitStatus())) {
            throw new IllegalStateException("execution " + id + " ended " + execution.getBatchStatus() + "/"
                    + execution.getExitStatus());
        }
        completed.incrementAndGet();
        lastExecution.set(id);
    }

    /** Has {@code listener} told the time as each start returns. */
    void onStarted(java.util.function.LongConsumer listener) {
        started = listener;
    }

    /** The run (job instance) of the last job that completed, for reading its store rows. */
    long lastRunId() {
        long id = lastExecution.get();
        if (id < 0) {
            throw new IllegalStateException("no job has completed yet");
        }
        return runtime.jobOperator().getJobInstance(id).getInstanceId();
    }

    /** Jobs that completed with every agent delivered. */
    long completed() {
        return completed.get();
    }

    private static boolean ended(BatchStatus s) {
        return s == BatchStatus.COMPLETED || s == BatchStatus.FAILED || s == BatchStatus.STOPPED
                || s == BatchStatus.ABANDONED;
    }
}
