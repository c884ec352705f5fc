package io.tributary.jobs.launcher;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jobs}: the jobs this distribution can run, each with a line saying what it does and an example. */
@Command(name = "jobs", mixinStandardHelpOptions = true,
        description = "List the jobs that can be run, each with what it does and a run on its bundled sample.")
final class JobsCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print {\"jobs\": [{\"name\", \"description\", \"example\"}]}")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<JobCatalog.JobInfo> jobs = JobCatalog.jobs(Thread.currentThread().getContextClassLoader());
        var out = spec.commandLine().getOut();
        if (json) {
            Launcher.printJson(Map.of("jobs", jobs), out);
            return ExitCode.OK.code();
        }
        int width = jobs.stream().mapToInt(j -> j.name().length()).max().orElse(0);
        for (JobCatalog.JobInfo job : jobs) {
            out.printf("%-" + Math.max(width, 1) + "s  %s%n", job.name(), job.description());
            out.printf("%-" + Math.max(width, 1) + "s  e.g. tributary run %s%n", "", String.join(" ", job.example()));
        }
        out.flush();
        return ExitCode.OK.code();
    }
}
