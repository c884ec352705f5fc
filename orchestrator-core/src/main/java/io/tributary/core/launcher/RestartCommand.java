package io.tributary.core.launcher;

import io.tributary.core.bootstrap.TributaryRuntime;
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
        try (TributaryRuntime runtime = Launcher.start(options)) {
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
}
