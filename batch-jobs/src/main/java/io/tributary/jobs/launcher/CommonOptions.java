package io.tributary.jobs.launcher;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Options every command that reads the work directory takes, and the command's writers. */
final class CommonOptions {

    @Option(names = "--home", paramLabel = "DIR",
            description = "Work directory (database, reports). Default: TRIBUTARY_HOME or ./tributary-data")
    Path home;

    @Option(names = "--json", description = "Print one JSON object instead of text")
    boolean json;

    @Option(names = "--quiet", description = "Print no progress while the job runs")
    boolean quiet;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** Standard output of the command line (the summary, the JSON). */
    PrintWriter out() {
        return command.commandLine().getOut();
    }

    /** Standard error of the command line (progress and messages). */
    PrintWriter err() {
        return command.commandLine().getErr();
    }

    /** Where progress goes: standard error, or nowhere with --quiet. */
    PrintWriter progress() {
        return quiet ? null : err();
    }
}
