package io.tributary.jobs.launcher;

import io.tributary.core.bootstrap.TributaryRuntime;
import jakarta.batch.runtime.JobExecution;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code status <executionId>}: how an execution stands, from any process. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show an execution: status, decision, each agent's outcome, report; flags orphaned executions."
                + " The exit code is the one the execution ended with.")
final class StatusCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "EXECUTION_ID")
    long executionId;

    @Mixin
    CommonOptions options = new CommonOptions();

    @Override
    public Integer call() {
        try (TributaryRuntime runtime = Launcher.start(options)) {
            JobExecution e = runtime.jobOperator().getJobExecution(executionId);
            boolean orphaned = ExecutionSummary.orphaned(e, runtime.store().lease(executionId), Instant.now(),
                    Leases.STALE);
            ExecutionSummary summary = ExecutionSummary.of(runtime.jobOperator(), runtime.store(), executionId, orphaned);
            Launcher.print(summary, options.json, options.out());
            return summary.exitCode();
        }
    }
}
