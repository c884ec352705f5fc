package io.tributary.jobs.launcher;

import io.tributary.api.InvalidInputException;
import io.tributary.core.bootstrap.TributaryRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.time.Instant;
import org.jberet.spi.PropertyKey;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code restart <executionId> [name=value ...]}: restarts a stopped or failed execution. */
@Command(name = "restart", mixinStandardHelpOptions = true,
        description = "Restart a stopped or failed execution: agents that delivered are not called again."
                + " Parameters given here override the original ones (e.g. review=accept).")
final class RestartCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "EXECUTION_ID", description = "The execution to restart")
    long executionId;

    @Parameters(index = "1..*", paramLabel = "NAME=VALUE", description = "Job parameters to override")
    List<String> params = new ArrayList<>();

    @Mixin
    CommonOptions options = new CommonOptions();

    @Override
    public Integer call() throws InterruptedException {
        var parameters = Launcher.parameters(params);
        // JBeret's default would mark a STARTED execution failed and run it again, even while the
        // process that owns it is alive elsewhere; orphans go through 'recover' instead.
        parameters.putIfAbsent(PropertyKey.RESTART_MODE, PropertyKey.RESTART_MODE_STRICT);
        try (TributaryRuntime runtime = Launcher.start(options)) {
            refuseIfRunning(runtime);
            long id = runtime.jobOperator().restart(executionId, parameters);
            if (!options.quiet) {
                System.err.println("Restarted execution " + executionId + " as execution " + id);
            }
            Launcher.await(runtime, id, options.quiet ? null : System.err);
            ExecutionSummary summary = ExecutionSummary.of(runtime.jobOperator(), runtime.store(), id, false);
            Launcher.print(summary, options.json, System.out);
            return summary.exitCode();
        }
    }

    private void refuseIfRunning(TributaryRuntime runtime) {
        JobExecution e = runtime.jobOperator().getJobExecution(executionId);
        BatchStatus s = e.getBatchStatus();
        if (s != BatchStatus.STARTED && s != BatchStatus.STARTING && s != BatchStatus.STOPPING) {
            return;
        }
        var lease = runtime.store().lease(executionId);
        String owner = lease.map(l -> l.owner()).orElse("an unknown process");
        if (ExecutionSummary.orphaned(e, lease, Instant.now(), Launcher.STALE)) {
            throw new InvalidInputException("Execution " + executionId + " is orphaned: it is marked " + s
                    + " but its process " + owner + " is gone. Run 'tributary recover' first, then restart it.");
        }
        throw new InvalidInputException("Execution " + executionId + " is still running in " + owner
                + "; wait for it to end (tributary status " + executionId + ")");
    }
}
