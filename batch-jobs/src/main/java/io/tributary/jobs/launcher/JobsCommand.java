package io.tributary.jobs.launcher;

import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jobs}: the jobs this distribution can run. */
@Command(name = "jobs", mixinStandardHelpOptions = true, description = "List the jobs that can be run.")
final class JobsCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        TreeSet<String> names = JobCatalog.jobNames(Thread.currentThread().getContextClassLoader());
        if (json) {
            System.out.println(Launcher.JSON.writeValueAsString(Map.of("jobs", names)));
        } else {
            names.forEach(System.out::println);
        }
        return ExitCodes.OK;
    }
}
