package io.tributary.jobs.launcher;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command takes. */
final class CommonOptions {

    @Option(names = "--home", paramLabel = "DIR",
            description = "Work directory (database, reports). Default: TRIBUTARY_HOME or ./tributary-data")
    Path home;

    @Option(names = "--json", description = "Print one JSON object instead of text")
    boolean json;

    @Option(names = "--quiet", description = "Print no progress while the job runs")
    boolean quiet;
}
