package io.tributary.jobs.launcher;

import io.tributary.core.bootstrap.TributaryRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.StepExecution;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jberet.repository.JobRepository;
import org.jberet.runtime.AbstractStepExecution;
import org.jberet.runtime.JobExecutionImpl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code recover}: marks FAILED the executions still recorded as running whose process is gone
 * (killed, crashed, machine lost), so that {@code restart} accepts them. An execution whose
 * owner is alive is never touched: on this host the owner's pid is checked, elsewhere its
 * heartbeat must be older than {@code --stale}.
 */
@Command(name = "recover", mixinStandardHelpOptions = true,
        description = "Mark FAILED the executions whose process died while running them, so that they can be restarted.")
final class RecoverCommand implements Callable<Integer> {

    public static final String RECOVERED = "RECOVERED";

    @Option(names = "--stale", defaultValue = Leases.DEFAULT_STALE, converter = PlanValues.DurationConverter.class,
            description = "Heartbeat age after which an owner on another host counts as gone (default ${DEFAULT-VALUE})")
    Duration stale;

    @Option(names = "--dry-run", description = "Only list what would be recovered")
    boolean dryRun;

    @Mixin
    CommonOptions options = new CommonOptions();

    /** One recovered (or recoverable) execution. */
    record Recovered(long executionId, long runId, String job, String owner) {
    }

    @Override
    public Integer call() throws Exception {
        try (TributaryRuntime runtime = Launcher.start(options)) {
            JobRepository repo = runtime.batchEnvironment().getJobRepository();
            List<Recovered> found = new ArrayList<>();
            java.util.Set<String> jobs = new java.util.TreeSet<>(repo.getJobNames());
            jobs.addAll(JobCatalog.jobNames(Thread.currentThread().getContextClassLoader()));
            for (String job : jobs) {
                for (long id : repo.getRunningExecutions(job)) {
                    var lease = runtime.store().lease(id);
                    if (!Leases.ownerGone(lease, Instant.now(), stale)) {
                        continue;
                    }
                    JobExecutionImpl execution = (JobExecutionImpl) repo.getJobExecution(id);
                    long runId = execution.getJobInstance().getInstanceId();
                    found.add(new Recovered(id, runId, job, lease.map(l -> l.owner()).orElse("unknown")));
                    if (!dryRun) {
                        markFailed(repo, execution, runtime);
                        Launcher.failRunningAgents(runtime.store(), runId,
                                "the process running this agent died; recovered");
                        runtime.store().releaseLease(id, Instant.now());
                    }
                }
            }
            if (options.json) {
                Launcher.printJson(Map.of("dryRun", dryRun, "recovered", found), options.out());
            } else if (found.isEmpty()) {
                options.out().println("No orphaned execution.");
            } else {
                found.forEach(r -> options.out().printf("%s execution %d of %s (run %d), owner %s: marked FAILED%s%n",
                        dryRun ? "Would recover" : "Recovered", r.executionId(), r.job(), r.runId(), r.owner(),
                        dryRun ? "" : "; restart it with: tributary restart " + r.executionId()));
            }
            return ExitCode.OK.code();
        }
    }

    private static void markFailed(JobRepository repo, JobExecutionImpl execution, TributaryRuntime runtime) {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        for (StepExecution step : repo.getStepExecutions(execution.getExecutionId(), cl)) {
            BatchStatus s = step.getBatchStatus();
            if (s == BatchStatus.STARTED || s == BatchStatus.STARTING || s == BatchStatus.STOPPING) {
                AbstractStepExecution impl = (AbstractStepExecution) step;
                impl.setBatchStatus(BatchStatus.FAILED);
                impl.setExitStatus(RECOVERED);
                repo.updateStepExecution(impl);
            }
        }
        execution.setBatchStatus(BatchStatus.FAILED);
        execution.setExitStatus(RECOVERED);
        repo.updateJobExecution(execution, true, false);
    }
}
