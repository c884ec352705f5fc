package io.tributary.jobs.launcher;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.tributary.api.InvalidInputException;
import io.tributary.api.outcome.AgentOutcome;
import io.tributary.core.bootstrap.TributaryRuntime;
import io.tributary.core.config.Settings;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/** What the commands share: starting the runtime, parsing parameters, waiting, printing. */
final class Launcher {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);
    static final Duration POLL = Duration.ofMillis(200);
    static final Duration STALE = Duration.ofSeconds(30);
    private static final Set<BatchStatus> ENDED = Set.of(BatchStatus.COMPLETED, BatchStatus.FAILED,
            BatchStatus.STOPPED, BatchStatus.ABANDONED);

    private Launcher() {
    }

    static TributaryRuntime start(CommonOptions options) {
        if (options.quiet) {
            QUIET.setLevel(java.util.logging.Level.WARNING);
        }
        return TributaryRuntime.start(Settings.load(options.home));
    }

    /** The root logger, held so that --quiet's level sticks. */
    private static final java.util.logging.Logger QUIET = java.util.logging.Logger.getLogger("");

    /**
     * {@code name=value} arguments as job parameters. A value written as a relative path (it
     * starts with {@code .} or holds a path separator) that exists is made absolute, so that a
     * restart from another working directory reads the same input.
     */
    static Properties parameters(List<String> args) {
        Properties p = new Properties();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq <= 0) {
                throw new InvalidInputException("Job parameter '" + arg + "' must be written name=value");
            }
            String name = arg.substring(0, eq).trim();
            String value = arg.substring(eq + 1);
            p.setProperty(name, absoluteIfPath(value));
        }
        return p;
    }

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

    /** Waits for the execution to end, printing agents' progress to {@code progress} unless null. */
    static void await(TributaryRuntime runtime, long executionId, PrintStream progress) throws InterruptedException {
        Instant start = Instant.now();
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
            Thread.sleep(POLL.toMillis());
        }
    }

    private static void report(List<AgentOutcome> outcomes, Map<String, String> seen, Instant start, PrintStream out) {
        for (AgentOutcome o : outcomes) {
            String key = o.agent() + "/" + o.approach();
            String state = o.status() + (o.itemsTotal() > 1 ? "/" + o.itemsDone() : "");
            if (!state.equals(seen.put(key, state))) {
                long ms = Duration.between(start, Instant.now()).toMillis();
                String items = o.itemsTotal() > 1 ? " " + o.itemsDone() + "/" + o.itemsTotal() + " items" : "";
                out.printf("[%6.1fs] %-11s %-10s%s%s%n", ms / 1000.0, o.agent(), o.status(), items,
                        o.status().name().equals("RUNNING") ? "" : " (" + o.findings() + " finding"
                                + (o.findings() == 1 ? ")" : "s)"));
            }
        }
    }

    static void print(ExecutionSummary s, boolean json, PrintStream out) {
        if (json) {
            try {
                out.println(JSON.writeValueAsString(s));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        out.printf("Execution %d of %s (run %d): %s, exit status %s%s%n", s.executionId(), s.job(), s.runId(),
                s.batchStatus(), s.exitStatus(), s.orphaned() ? " (ORPHANED: its process is gone; run recover)" : "");
        if (s.decision() != null) {
            out.printf("Decision: %s. %s%n", s.decision().outcome(), s.decision().reason());
        }
        for (ExecutionSummary.AgentView a : s.agents()) {
            out.printf("  %-11s %-16s %-15s %4d finding%s%s%n", a.agent(),
                    a.approach().equals(a.agent()) ? "" : "(" + a.approach() + ")", a.status(), a.findings(),
                    a.findings() == 1 ? " " : "s", a.error() == null ? "" : "  " + firstLine(a.error()));
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
    }

    private static String firstLine(String s) {
        String line = s.lines().findFirst().orElse("");
        return line.length() > 140 ? line.substring(0, 139) + "\u2026" : line;
    }
}
