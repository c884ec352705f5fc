package io.tributary.jobs.launcher;

import io.tributary.core.bootstrap.TributaryRuntime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code run <job> [name=value ...]}: starts a job, waits for it, reports. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Start a job, wait for it to end, print a summary; the exit code says how it ended."
                + " SIGTERM stops the job gracefully (exit 7); 'restart' goes on from there.",
        footer = {"", "Example: tributary run <job> name=value ... (the job's parameters; see 'tributary jobs')"})
final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "JOB", description = "Job name (see 'tributary jobs')")
    String job;

    @Parameters(index = "1..*", paramLabel = "NAME=VALUE", description = "Job parameters")
    Map<String, String> params = new LinkedHashMap<>();

    @Mixin
    CommonOptions options = new CommonOptions();

    @ParentCommand
    Tributary root;

    @Override
    public Integer call() throws InterruptedException {
        Properties parameters = Launcher.parameters(params);
        JobCatalog.require(job, Thread.currentThread().getContextClassLoader());
        try (TributaryRuntime runtime = Launcher.start(options)) {
            long id = runtime.jobOperator().start(job, parameters);
            if (!options.quiet) {
                options.err().println("Started " + job + ", execution " + id);
            }
            return Launcher.follow(runtime, root.shutdown(), id, options);
        }
    }
}
