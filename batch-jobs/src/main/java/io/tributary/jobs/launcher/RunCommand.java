package io.tributary.jobs.launcher;

import io.tributary.core.bootstrap.TributaryRuntime;
import java.util.Properties;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code run <job> [name=value ...]}: starts a job, waits for it, reports. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Start a job, wait for it to end, print a summary; the exit code says how it ended."
                + " SIGTERM stops the job gracefully (exit 7); 'restart' goes on from there.",
        footer = {"", "Example: tributary run <job> name=value ... (the job's parameters; see 'tributary jobs')"})
final class RunCommand extends JobCommand {

    @Parameters(index = "0", paramLabel = "JOB", description = "Job name (see 'tributary jobs')")
    String job;

    @Override
    void before() {
        JobCatalog.require(job, Thread.currentThread().getContextClassLoader());
    }

    @Override
    long start(TributaryRuntime runtime, Properties parameters) {
        long id = runtime.jobOperator().start(job, parameters);
        if (!options.quiet) {
            options.err().println("Started " + job + ", execution " + id);
        }
        return id;
    }
}
