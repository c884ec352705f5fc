package io.tributary.jobs.launcher;

import io.tributary.api.InvalidInputException;
import io.tributary.core.bootstrap.TributaryRuntime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code run <job> [name=value ...]}: starts a job, waits for it, reports. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Start a job, wait for it to end, print a summary; the exit code says how it ended.",
        footer = {"", "Example: tributary run <job> name=value ... (the job's parameters; see 'tributary jobs')"})
final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "JOB", description = "Job name (see 'tributary jobs')")
    String job;

    @Parameters(index = "1..*", paramLabel = "NAME=VALUE", description = "Job parameters")
    List<String> params = new ArrayList<>();

    @Mixin
    CommonOptions options = new CommonOptions();

    @Override
    public Integer call() throws InterruptedException {
        var parameters = Launcher.parameters(params);
        try (TributaryRuntime runtime = Launcher.start(options)) {
            if (!JobCatalog.jobNames(Thread.currentThread().getContextClassLoader()).contains(job)) {
                throw new InvalidInputException("No job named '" + job + "'; known jobs: "
                        + JobCatalog.jobNames(Thread.currentThread().getContextClassLoader()));
            }
            long id = runtime.jobOperator().start(job, parameters);
            if (!options.quiet) {
                System.err.println("Started " + job + ", execution " + id);
            }
            Launcher.await(runtime, id, options.quiet ? null : System.err);
            ExecutionSummary summary = ExecutionSummary.of(runtime.jobOperator(), runtime.store(), id, false);
            Launcher.print(summary, options.json, System.out);
            return summary.exitCode();
        }
    }
}
