package io.tributary.jobs.launcher;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.tributary.api.outcome.AgentOutcome;
import io.tributary.api.outcome.AgentStatus;
import io.tributary.core.bootstrap.TributaryRuntime;
import io.tributary.core.config.Settings;
import io.tributary.core.store.ResultStore;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the commands share: starting the runtime, job parameters, following an execution, printing. */
final class Launcher {

    static final Duration POLL = Duration.ofMillis(200);
    private static final Set<BatchStatus> ENDED = Set.of(BatchStatus.COMPLETED, BatchStatus.FAILED,
            BatchStatus.STOPPED, BatchStatus.ABANDONED);

    /** The root logger, held so that --quiet's level sticks. */
    private static final java.util.logging.Logger QUIET = java.util.logging.Logger.getLogger("");

    private Launcher() {
    }

    /**
     * The mapper of {@code --json} output, built on first use: a text {@code status} loads no JSON
     * classes. Characters outside ASCII are written as JSON's Unicode escapes, so the output is the
     * same, and lossless, whatever character set the launcher's locale gives standard output (a
     * scheduler's job often runs with none: the POSIX locale, ASCII on Java 17).
     */
    static ObjectMapper json() {
        return Json.MAPPER;
    }

    private static final class Json {
        static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
                .build();
    }

    static TributaryRuntime start(CommonOptions options) {
        return TributaryRuntime.start(settings(options));
    }

    /** The settings of the work directory the options name, with logging quietened for {@code --quiet}. */
    static Settings settings(CommonOptions options) {
        if (options.quiet) {
            QUIET.setLevel(java.util.logging.Level.WARNING);
        }
        return Settings.load(options.home);
    }

    /**
     * Waits for the execution to end, printing agents' progress, then prints its summary and
     * returns its exit code. SIGTERM meanwhile stops the execution: this waits for it to reach
     * STOPPED (at most {@code shutdown.timeout}), and agents still running are marked as stopped.
     */
    static int follow(TributaryRuntime runtime, Shutdown shutdown, long executionId, CommonOptions options)
            throws InterruptedException {
        Duration bound = runtime.settings().getDuration("shutdown.timeout");
        shutdown.watch(() -> stop(runtime, executionId, options.err()), bound);
        try {
            await(runtime, executionId, options.progress(), shutdown, bound);
        } finally {
            shutdown.unwatch();
        }
        long runId = runtime.jobOperator().getJobInstance(executionId).getInstanceId();
        if (shutdown.requested()) {
            failRunningAgents(runtime.store(), runId, "stopped on request (SIGTERM) before it finished; restart"
                    + " the execution to go on");
        }
        ExecutionSummary summary = ExecutionSummary.of(runtime.jobOperator(), runtime.store(), executionId, false);
        if (shutdown.requested() && summary.exitCode() == ExitCode.RUNNING.code()) {
            options.err().println("Execution " + executionId + " did not reach STOPPED within shutdown.timeout (" + bound
                    + "); this process ends now and leaves it orphaned: run 'tributary recover', then restart it");
            summary = summary.withExitCode(ExitCode.FAILED);
        }
        print(summary, options.json, options.out());
        if (summary.error() != null) {
            options.err().println("tributary: " + summary.error());
        }
        if (summary.exitCode() == ExitCode.STOPPED.code()) {
            options.err().println("Execution " + executionId + " stopped; go on with: tributary restart " + executionId);
        }
        return summary.exitCode();
    }

    private static void stop(TributaryRuntime runtime, long executionId, PrintWriter err) {
        err.println("Stopping execution " + executionId + " (SIGTERM): agents finish the item in hand, committed"
                + " work stands");
        err.flush();
        try {
            runtime.jobOperator().stop(executionId);
        } catch (JobExecutionNotRunningException e) {
            err.println("Execution " + executionId + " had already ended");
        }
    }

    private static void await(TributaryRuntime runtime, long executionId, PrintWriter progress, Shutdown shutdown,
            Duration bound) throws InterruptedException {
        Instant start = Instant.now();
        Instant stopAsked = null;
        Map<String, String> seen = new HashMap<>();
        long runId = runtime.jobOperator().getJobInstance(executionId).getInstanceId();
        while (true) {
            JobExecution e = runtime.jobOperator().getJobExecution(executionId);
            if (progress != null) {
                report(runtime.store().outcomes(runId), seen, start, progress);
            }
            if (ENDED.contains(e.getBatchStatus())) {
                return;
            }
            if (shutdown.requested()) {
                stopAsked = stopAsked == null ? Instant.now() : stopAsked;
                if (Duration.between(stopAsked, Instant.now()).compareTo(bound) > 0) {
                    return;
                }
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    /** Marks the run's agents still RUNNING failed (retriable), saying why: their process stopped or died. */
    static void failRunningAgents(ResultStore store, long runId, String why) {
        for (AgentOutcome o : store.outcomes(runId)) {
            if (o.status() == AgentStatus.RUNNING) {
                store.finishAgent(runId, o.agent(), o.approach(), AgentStatus.FAILED, why, true, Instant.now());
            }
        }
    }

    private static void report(List<AgentOutcome> outcomes, Map<String, String> seen, Instant start, PrintWriter out) {
        for (AgentOutcome o : outcomes) {
            String key = o.agent() + "/" + o.approach();
            String state = o.status() + (o.itemsTotal() > 1 ? "/" + o.itemsDone() : "");
            if (!state.equals(seen.put(key, state))) {
                long ms = Duration.between(start, Instant.now()).toMillis();
                String items = o.itemsTotal() > 1 ? " " + o.itemsDone() + "/" + o.itemsTotal() + " items" : "";
                out.printf("[%6.1fs] %-11s %-10s%s%s%n", ms / 1000.0, o.agent(), o.status(), items,
                        o.status().name().equals("RUNNING") ? "" : " (" + o.findings() + " finding"
                                + (o.findings() == 1 ? ")" : "s)"));
                out.flush();
            }
        }
    }

    static void printJson(Object value, PrintWriter out) {
        try {
            out.println(json().writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }

    static void print(ExecutionSummary s, boolean json, PrintWriter out) {
        if (json) {
            printJson(s, out);
            return;
        }
        out.printf("Execution %d of %s (run %d): %s, exit status %s%s%n", s.executionId(), s.job(), s.runId(),
                s.batchStatus(), s.exitStatus(), s.orphaned() ? " (ORPHANED: its process is gone; run recover)" : "");
        if (s.error() != null) {
            out.println("Error: " + s.error());
        }
        if (s.decision() != null) {
            out.printf("Decision: %s. %s%n", s.decision().outcome(), s.decision().reason());
        }
        for (ExecutionSummary.AgentView a : s.agents()) {
            out.printf("  %-11s %-16s %-15s %4d finding%s%s%n", a.agent(),
                    a.approach().equals(a.agent()) ? "" : "(" + a.approach() + ")", a.status(), a.findings(),
                    a.findings() == 1 ? " " : "s", a.error() == null ? "" : "  " + firstLine(a.error()));
            a.problems().forEach(p -> out.println("      skipped " + firstLine(p)));
        }
        for (ExecutionSummary.PartitionView p : s.partitions()) {
            out.printf("  %s (%s): %d partitions, %d at once, %d of %d items settled%s%n", p.agent(), p.approach(),
                    p.partitions(), p.concurrency(), p.settled(), p.items(), p.failed() > 0 ? ", " + p.failed() + " failed" : "");
        }
        if (s.recommendation() != null) {
            out.println("Recommendation: " + s.recommendation());
        }
        if (s.report() != null) {
            out.println("Report: " + s.report().directory());
            s.report().files().forEach(f -> out.println("  " + f));
        }
        if (s.traceId() != null) {
            out.println("Trace: " + s.traceId());
        }
        out.println("Exit code: " + s.exitCode());
        out.flush();
    }

    private static String firstLine(String s) {
        String line = s.lines().findFirst().orElse("");
        return line.length() > 140 ? line.substring(0, 139) + "\u2026" : line;
    }
}
