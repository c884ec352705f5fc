package io.tributary.it.support;

import io.tributary.core.bootstrap.TributaryRuntime;
import io.tributary.core.config.Settings;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/** A runtime in a temporary work directory, with helpers to run a job and wait for it. */
public final class ItRuntime implements AutoCloseable {

    private static final Set<BatchStatus> ENDED = Set.of(BatchStatus.COMPLETED, BatchStatus.FAILED,
            BatchStatus.STOPPED, BatchStatus.ABANDONED);

    private final TributaryRuntime runtime;
    private final Path home;

    private ItRuntime(TributaryRuntime runtime, Path home) {
        this.runtime = runtime;
        this.home = home;
    }

    public static ItRuntime start(Path home) {
        return start(home, Map.of());
    }

    public static ItRuntime start(Path home, Map<String, String> settings) {
        return new ItRuntime(TributaryRuntime.start(Settings.load(home, Map.of(), new Properties(), settings)), home);
    }

    /** A runtime whose spans go to {@code tracing} (an in-memory exporter, in tests). */
    public static ItRuntime start(Path home, io.tributary.core.tracing.Tracing tracing) {
        return new ItRuntime(TributaryRuntime.start(Settings.load(home, Map.of(), new Properties(), Map.of()),
                io.tributary.core.store.internal.JpaResultStore::new, tracing), home);
    }

    public TributaryRuntime runtime() {
        return runtime;
    }

    /** A dossier with only a target.json, for jobs of scripted agents. */
    public static Path dossier(Path dir, String name) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("target.json"), "{\"name\": \"" + name + "\", \"cik\": \"42\"}");
        return dir;
    }

    public static Properties params(String... nameValues) {
        Properties p = new Properties();
        for (int i = 0; i < nameValues.length; i += 2) {
            p.setProperty(nameValues[i], nameValues[i + 1]);
        }
        return p;
    }

    public JobExecution run(String job, Properties params) {
        return await(runtime.jobOperator().start(job, params));
    }

    public JobExecution restart(long executionId, Properties params) {
        return await(runtime.jobOperator().restart(executionId, params));
    }

    public JobExecution await(long executionId) {
        Instant limit = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(limit)) {
            JobExecution e = runtime.jobOperator().getJobExecution(executionId);
            if (ENDED.contains(e.getBatchStatus())) {
                return e;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(ex);
            }
        }
        throw new AssertionError("Execution " + executionId + " did not end within 3 minutes");
    }

    public long runId(long executionId) {
        return runtime.jobOperator().getJobInstance(executionId).getInstanceId();
    }

    /** The run's latest policy decision. */
    public io.tributary.api.policy.PolicyDecision lastDecision(long runId) {
        var decisions = runtime.store().decisions(runId);
        if (decisions.isEmpty()) {
            throw new AssertionError("run " + runId + " has no decision");
        }
        return decisions.get(decisions.size() - 1);
    }

    public Path home() {
        return home;
    }

    @Override
    public void close() {
        runtime.close();
    }
}
