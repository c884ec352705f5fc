package io.tributary.jobs.launcher;

import io.tributary.core.bootstrap.TributaryRuntime;
import io.tributary.core.parameters.JobParameterCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * What {@code run} and {@code restart} share: the {@code name=value} job parameters after their
 * first argument, the common options, and following the execution they start to its end.
 */
abstract class JobCommand implements Callable<Integer> {

    @Parameters(index = "1..*", paramLabel = "NAME=VALUE",
            description = "Job parameters; on restart they override the original ones")
    Map<String, String> params = new LinkedHashMap<>();

    @Mixin
    CommonOptions options = new CommonOptions();

    @ParentCommand
    Tributary root;

    @Override
    public Integer call() throws InterruptedException {
        before();
        Properties parameters = parameters();
        try (TributaryRuntime runtime = Launcher.start(options)) {
            long id = start(runtime, parameters);
            return Launcher.follow(runtime, root.shutdown(), id, options);
        }
    }

    /** Checks that need no runtime, so that a bad call fails before one starts. */
    abstract void before();

    /** Starts the execution to follow, telling so on standard error unless quiet. */
    abstract long start(TributaryRuntime runtime, Properties parameters);

    /**
     * The job parameters. A value written as a relative path (it starts with {@code .} or holds a
     * path separator) that exists is made absolute, so that a restart from another working
     * directory reads the same input; {@code reportDir} is left as written, since a relative report
     * folder is taken inside the work directory, not the working directory.
     */
    private Properties parameters() {
        Properties p = new Properties();
        params.forEach((name, value) -> p.setProperty(name, REPORT_DIR.equals(name) ? value : absoluteIfPath(value)));
        JobParameterCheck.storable(p);
        return p;
    }

    private static final String REPORT_DIR = "reportDir";

    private static String absoluteIfPath(String value) {
        boolean looksLikePath = value.startsWith(".") || value.indexOf('/') >= 0
                || value.indexOf(java.io.File.separatorChar) >= 0;
        if (!looksLikePath) {
            return value;
        }
        try {
            Path path = Path.of(value);
            return !path.isAbsolute() && Files.exists(path) ? path.toAbsolutePath().normalize().toString() : value;
        } catch (java.nio.file.InvalidPathException e) {
            return value;
        }
    }
}
