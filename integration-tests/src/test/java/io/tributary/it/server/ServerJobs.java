package io.tributary.it.server;

import io.tributary.api.policy.PolicyDecision;
import io.tributary.it.support.CallLog;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;

/** Helpers for tests inside the server: job parameters, waiting for an execution, counting rows. */
final class ServerJobs {

    private static final Set<BatchStatus> ENDED = Set.of(BatchStatus.COMPLETED, BatchStatus.FAILED,
            BatchStatus.STOPPED, BatchStatus.ABANDONED);
    private static final Duration LIMIT = Duration.ofMinutes(3);

    private ServerJobs() {
    }

    static Properties params(String... nameValues) {
        Properties p = new Properties();
        for (int i = 0; i < nameValues.length; i += 2) {
            p.setProperty(nameValues[i], nameValues[i + 1]);
        }
        return p;
    }

    /** Polls the job operator until the execution has ended; fails after three minutes. */
    static JobExecution await(JobOperator operator, long executionId) throws InterruptedException {
        return await(operator, executionId, LIMIT);
    }

    /** Polls the job operator until the execution has ended; fails after {@code within}. */
    static JobExecution await(JobOperator operator, long executionId, Duration within) throws InterruptedException {
        Instant limit = Instant.now().plus(within);
        while (Instant.now().isBefore(limit)) {
            JobExecution e = operator.getJobExecution(executionId);
            if (ENDED.contains(e.getBatchStatus())) {
                return e;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Execution " + executionId + " did not end within " + within);
    }

    /** A dossier with only a target.json, for jobs of scripted agents. */
    static Path dossier(Path dir, String name, String cik) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("target.json"), "{\"name\": \"" + name + "\", \"cik\": \"" + cik + "\"}");
        return dir;
    }

    static PolicyDecision last(List<PolicyDecision> decisions) {
        return decisions.get(decisions.size() - 1);
    }

    /** The single number a query returns, asked of the server's data source directly. */
    static long count(DataSource dataSource, String sql, long... params) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setLong(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** From an agent's first call to the end of its last, as one call log recorded it. */
    record Span(Path log, String agent, Instant from, Instant to) {
    }

    /** The span of every agent of every log. */
    static List<Span> agentSpans(Path... logs) {
        return Stream.of(logs).flatMap(log -> CallLog.read(log).stream()
                        .collect(Collectors.groupingBy(CallLog.Call::agent)).entrySet().stream()
                        .map(e -> new Span(log, e.getKey(),
                                e.getValue().stream().map(CallLog.Call::start).min(Comparator.naturalOrder()).orElseThrow(),
                                e.getValue().stream().map(CallLog.Call::end).max(Comparator.naturalOrder()).orElseThrow())))
                .toList();
    }
}
