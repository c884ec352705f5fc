package io.tributary.jobs.launcher;

import io.tributary.api.InvalidInputException;
import io.tributary.api.TributaryException;
import jakarta.batch.operations.BatchRuntimeException;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.JobStartException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command-line launcher: {@code java -jar tributary.jar <command> ...}. Batch schedulers
 * call it and read its exit code ({@link ExitCodes}).
 */
@Command(name = "tributary", mixinStandardHelpOptions = true, version = "Tributary 0.1.0",
        description = "Runs parallel agent jobs on Jakarta Batch and reports what every agent delivered.",
        subcommands = {RunCommand.class, RestartCommand.class, StatusCommand.class, JobsCommand.class,
                ExecutionsCommand.class, RecoverCommand.class, PlanCommand.class},
        footer = {"", "Exit codes: 0 PROCEED, 3 DEGRADED, 4 RETRY (restartable), 5 ESCALATE (restart with"
                + " review=accept|reject), 1 failed, 2 bad usage or input."})
public final class Tributary implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        if (System.getProperty("java.util.logging.config.file") == null) {
            for (java.util.logging.Handler h : java.util.logging.Logger.getLogger("").getHandlers()) {
                h.setFormatter(new io.tributary.core.tracing.ContextFormatter());
            }
        }
        System.exit(execute(args));
    }

    /** Runs the launcher and returns its exit code, without exiting the JVM. */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new Tributary());
        cli.setExecutionExceptionHandler(Tributary::handle);
        cli.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println(ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return ExitCodes.USAGE;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (e instanceof InvalidInputException || e instanceof NoSuchJobException
                || e instanceof NoSuchJobExecutionException || e instanceof JobRestartException
                || e instanceof JobStartException) {
            err.println("tributary: " + message(e));
            return ExitCodes.USAGE;
        }
        if (e instanceof TributaryException || e instanceof BatchRuntimeException) {
            err.println("tributary: " + message(e));
            e.printStackTrace(err);
            return ExitCodes.FAILED;
        }
        err.println("tributary: unexpected failure: " + e);
        e.printStackTrace(err);
        return ExitCodes.FAILED;
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
