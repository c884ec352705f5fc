package io.tributary.jobs.launcher;

import io.tributary.core.bootstrap.TributaryRuntime;
import java.time.Instant;
import java.util.Optional;
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
        Optional<ExecutionSummary> direct = DirectStatus.read(Launcher.settings(options), executionId, Instant.now());
        if (direct.isPresent()) {
            Launcher.print(direct.get(), options.json, options.out());
            return direct.get().exitCode();
        }
        return throughRuntime();
    }

    private int throughRuntime() {
        try (TributaryRuntime runtime = Launcher.start(options)) {
            ExecutionSummary summary = summary(runtime, executionId, Instant.now());
            Launcher.print(summary, options.json, options.out());
            return summary.exitCode();
        }
    }

    /** The answer of the full runtime, which migrates an older store and names what is wrong. */
    static ExecutionSummary summary(TributaryRuntime runtime, long executionId, Instant now) {
        return ExecutionSummary.of(ExecutionRecords.of(runtime.jobOperator(), runtime.store()), executionId, now);
    }
}
