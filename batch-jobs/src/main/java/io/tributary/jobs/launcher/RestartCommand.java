package io.tributary.jobs.launcher;

import io.tributary.api.InvalidInputException;
import io.tributary.core.bootstrap.TributaryRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.time.Instant;
import java.util.Properties;
import org.jberet.spi.PropertyKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code restart <executionId> [name=value ...]}: restarts a stopped or failed execution. */
@Command(name = "restart", mixinStandardHelpOptions = true,
        description = "Restart a stopped or failed execution: agents that delivered are not called again."
                + " Parameters given here override the original ones (e.g. review=accept).")
final class RestartCommand extends JobCommand {

    @Parameters(index = "0", paramLabel = "EXECUTION_ID", description = "The execution to restart")
    long executionId;

    @Override
    void before() {
        // JBeret's default would mark a STARTED execution failed and run it again, even while the
        // process that owns it is alive elsewhere; orphans go through 'recover' instead.
        params.putIfAbsent(PropertyKey.RESTART_MODE, PropertyKey.RESTART_MODE_STRICT);
    }

    @Override
    long start(TributaryRuntime runtime, Properties parameters) {
        refuseIfNotRestartable(runtime);
        long id = runtime.jobOperator().restart(executionId, parameters);
        if (!options.quiet) {
            options.err().println("Restarted execution " + executionId + " as execution " + id);
        }
        return id;
    }

    private void refuseIfNotRestartable(TributaryRuntime runtime) {
        JobExecution e = runtime.jobOperator().getJobExecution(executionId);
        BatchStatus s = e.getBatchStatus();
        if (s == BatchStatus.COMPLETED || s == BatchStatus.ABANDONED) {
            throw new InvalidInputException("Execution " + executionId + " of " + e.getJobName() + " is " + s
                    + " (exit status " + e.getExitStatus() + "): there is nothing to restart. Start a new run with"
                    + " 'tributary run " + e.getJobName() + " ...'");
        }
        if (s != BatchStatus.STARTED && s != BatchStatus.STARTING && s != BatchStatus.STOPPING) {
            return;
        }
        var lease = runtime.store().lease(executionId);
        String owner = lease.map(l -> l.owner()).orElse("an unknown process");
        if (Leases.ownerGone(lease, Instant.now(), Leases.STALE)) {
            throw new InvalidInputException("Execution " + executionId + " is orphaned: it is marked " + s
                    + " but its process " + owner + " is gone. Run 'tributary recover' first, then restart it.");
        }
        throw new InvalidInputException("Execution " + executionId + " is still running in " + owner
                + "; wait for it to end (tributary status " + executionId + ")");
    }
}
