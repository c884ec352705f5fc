package io.tributary.jobs.launcher;

import io.tributary.api.InvalidInputException;
import io.tributary.core.tracing.ContextFormatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command-line launcher: {@code java -jar tributary.jar <command> ...}. Batch schedulers
 * call it and read its exit code ({@link ExitCode}).
 */
@Command(name = "tributary", mixinStandardHelpOptions = true, version = "Tributary 0.1.0",
        description = "Runs parallel agent jobs on Jakarta Batch and reports what every agent delivered.",
        subcommands = {RunCommand.class, RestartCommand.class, StatusCommand.class, JobsCommand.class,
                ExecutionsCommand.class, RecoverCommand.class, PlanCommand.class, AuditCommand.class},
        exitCodeListHeading = "%nExit codes:%n")
public final class Tributary implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Shutdown shutdown;

    Tributary(Shutdown shutdown) {
        this.shutdown = shutdown;
    }

    public static void main(String[] args) {
        if (System.getProperty("java.util.logging.config.file") == null) {
            for (Handler h : Logger.getLogger("").getHandlers()) {
                h.setFormatter(new ContextFormatter());
                h.setFilter(Tributary::notAnInputError);
            }
        }
        Shutdown shutdown = Shutdown.installed();
        shutdown.exit(commandLine(shutdown).execute(args));
    }

    /** The launcher's command line, ready to execute; its writers can be replaced (tests). */
    static CommandLine commandLine(Shutdown shutdown) {
        Failures failures = new Failures();
        CommandLine cli = new CommandLine(new Tributary(shutdown))
                .setExecutionExceptionHandler(failures)
                .setExitCodeExceptionMapper(failures)
                .setParameterExceptionHandler(failures);
        cli.getCommandSpec().usageMessage().exitCodeList(ExitCode.usageList());
        for (String command : java.util.List.of("run", "restart", "status")) {
            CommandLine sub = cli.getSubcommands().get(command);
            sub.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCode.usageList());
        }
        return cli;
    }

    /** Runs the launcher and returns its exit code, without exiting the JVM. */
    public static int execute(String... args) {
        return commandLine(Shutdown.none()).execute(args);
    }

    Shutdown shutdown() {
        return shutdown;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * The batch runtime logs a failed step's exception with its stack trace. For bad input the
     * launcher prints the sentence itself (summary, {@code error} in the JSON), so that trace is
     * noise and is left out.
     */
    private static boolean notAnInputError(LogRecord log) {
        if (log.getLoggerName() == null || !log.getLoggerName().startsWith("org.jberet")) {
            return true;
        }
        for (Throwable t = log.getThrown(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof InvalidInputException) {
                return false;
            }
        }
        return true;
    }
}
