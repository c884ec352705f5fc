package io.tributary.jobs.launcher;

import io.tributary.api.InvalidInputException;
import io.tributary.api.TributaryException;
import io.tributary.core.store.StoreUnavailableException;
import jakarta.batch.operations.BatchRuntimeException;
import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.JobStartException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * What the launcher does with a failure: one sentence on standard error (and, with {@code --json},
 * one JSON object with {@code error} and {@code exitCode} on standard output), and the exit code
 * that says whose fault it is. Bad input gets no stack trace; only an unexpected failure does.
 */
final class Failures implements IExitCodeExceptionMapper, IExecutionExceptionHandler, IParameterExceptionHandler {

    private static final List<Class<? extends Exception>> BAD_INPUT = List.of(InvalidInputException.class,
            NoSuchJobException.class, NoSuchJobExecutionException.class, JobRestartException.class,
            JobStartException.class, JobExecutionAlreadyCompleteException.class,
            JobExecutionNotMostRecentException.class, ParameterException.class);

    @Override
    public int getExitCode(Throwable failure) {
        return BAD_INPUT.stream().anyMatch(type -> type.isInstance(failure)) ? ExitCode.USAGE.code()
                : ExitCode.FAILED.code();
    }

    @Override
    public int handleExecutionException(Exception failure, CommandLine cli, ParseResult parsed) {
        int code = cli.getExitCodeExceptionMapper().getExitCode(failure);
        PrintWriter err = cli.getErr();
        err.println("tributary: " + sentence(failure));
        if (code == ExitCode.FAILED.code()) {
            details(failure, err);
        }
        if (json(parsed)) {
            printJson(cli.getOut(), sentence(failure), code);
        }
        return code;
    }

    @Override
    public int handleParseException(ParameterException failure, String[] args) {
        CommandLine cli = failure.getCommandLine();
        String message = notNameValue(failure).map(arg -> "Job parameter '" + arg + "' must be written name=value")
                .orElse(failure.getMessage());
        cli.getErr().println("tributary: " + message);
        CommandLine.UnmatchedArgumentException.printSuggestions(failure, cli.getErr());
        cli.getErr().println("Try '" + cli.getCommandSpec().qualifiedName() + " --help' for more information.");
        if (List.of(args).contains("--json")) {
            printJson(cli.getOut(), message, ExitCode.USAGE.code());
        }
        return getExitCode(failure);
    }

    /**
     * The argument that was meant as a job parameter but has no '=': picocli leaves it unmatched
     * when the command's {@code NAME=VALUE} parameters are a map.
     */
    private static java.util.Optional<String> notNameValue(ParameterException failure) {
        if (!(failure instanceof CommandLine.UnmatchedArgumentException unmatched) || !failure.getCommandLine()
                .getCommandSpec().positionalParameters().stream().anyMatch(p -> p.typeInfo().isMap())) {
            return java.util.Optional.empty();
        }
        return unmatched.getUnmatched().stream().filter(arg -> !arg.startsWith("-")).findFirst();
    }

    /** The failure's own words, or its type when it has none. */
    static String sentence(Throwable failure) {
        String m = failure.getMessage();
        return m == null || m.isBlank() ? failure.getClass().getSimpleName() : m;
    }

    /** Known failures get their causes, one line each; anything else its stack trace. */
    private static void details(Exception failure, PrintWriter err) {
        if (failure instanceof StoreUnavailableException) {
            return;
        }
        if (failure instanceof TributaryException || failure instanceof BatchRuntimeException) {
            for (Throwable c = failure.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
                err.println("  caused by: " + c);
            }
        } else {
            failure.printStackTrace(err);
        }
    }

    private static boolean json(ParseResult parsed) {
        ParseResult deepest = parsed;
        while (deepest.hasSubcommand()) {
            deepest = deepest.subcommand();
        }
        return deepest.hasMatchedOption("--json");
    }

    static void printJson(PrintWriter out, String error, int code) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("error", error);
        json.put("exitCode", code);
        Launcher.printJson(json, out);
    }
}
