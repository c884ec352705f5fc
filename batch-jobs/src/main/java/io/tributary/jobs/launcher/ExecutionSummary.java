package io.tributary.jobs.launcher;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.tributary.api.outcome.AgentOutcome;
import io.tributary.api.policy.PolicyDecision;
import io.tributary.api.run.PartitionSummary;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import io.tributary.core.store.Lease;
import io.tributary.core.store.ResultStore;
import io.tributary.core.store.RunInfo;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the launcher reports about an execution, as text or as one JSON object.
 *
 * @param error    the sentence a failed step left (bad input, a report that could not be written)
 * @param orphaned true when the execution is still marked running but its process is gone
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExecutionSummary(
        long executionId,
        long runId,
        String job,
        String batchStatus,
        String exitStatus,
        String error,
        Instant startedAt,
        Instant endedAt,
        DecisionView decision,
        List<AgentView> agents,
        ReportView report,
        List<PartitionView> partitions,
        String traceId,
        String recommendation,
        boolean orphaned,
        int exitCode) {

    /** The policy decision. */
    public record DecisionView(String outcome, String reason, List<String> missingAgents, String policy,
            String reviewer) {
    }

    /**
     * One agent's outcome.
     *
     * @param problems the sources it skipped or refused, each "file: problem"; empty when it used
     *                 every source it was given
     */
    public record AgentView(String agent, String approach, String status, int findings, int itemsDone,
            int itemsTotal, int attempts, Instant startedAt, Instant endedAt, String error, long tokens,
            double costUsd, List<String> problems) {
    }

    /** A partitioned agent step: how many partitions, how many ran at once, and each one's share. */
    public record PartitionView(String agent, String approach, int partitions, int concurrency, int items,
            int settled, int failed, List<Integer> sizes) {
    }

    /** Where the report went. */
    public record ReportView(String directory, List<String> files) {
    }

    static ExecutionSummary of(JobOperator operator, ResultStore store, long executionId, boolean orphaned) {
        return of(ExecutionRecords.of(operator, store), executionId, orphaned);
    }

    /** The summary at {@code now}, flagged orphaned when the execution claims to run and its lease is stale. */
    static ExecutionSummary of(ExecutionRecords records, long executionId, Instant now) {
        ExecutionState execution = records.execution(executionId);
        return of(records, executionId, execution,
                orphaned(execution, records.lease(executionId), now, Leases.STALE));
    }

    static ExecutionSummary of(ExecutionRecords records, long executionId, boolean orphaned) {
        return of(records, executionId, records.execution(executionId), orphaned);
    }

    private static ExecutionSummary of(ExecutionRecords records, long executionId, ExecutionState execution,
            boolean orphaned) {
        long runId = execution.runId();
        Optional<RunInfo> run = records.run(runId);
        Optional<PolicyDecision> decision = decisionOf(execution, records.decisions(runId));
        List<AgentView> agents = records.outcomes(runId).stream().map(ExecutionSummary::agent).toList();
        ReportView report = run.flatMap(RunInfo::reportDir).map(ExecutionSummary::report).orElse(null);
        BatchStatus status = execution.status();
        ExitCode code = orphaned ? ExitCode.FAILED
                : ExitCode.of(status, execution.exitStatus(), decision.map(PolicyDecision::outcome));
        return new ExecutionSummary(executionId, runId, execution.job(), status.name(), execution.exitStatus(),
                execution.error(), execution.startedAt(), execution.endedAt(),
                decision.map(d -> new DecisionView(d.outcome().name(), d.reason(), d.missingAgents(), d.policy(),
                        d.reviewer().isEmpty() ? null : d.reviewer())).orElse(null),
                agents, report, partitions(records.partitions(runId)), run.map(RunInfo::traceId).orElse(null),
                run.flatMap(RunInfo::verdict).orElse(null), orphaned, code.code());
    }

    /**
     * The run's latest decision if this execution made it. A restarted execution that was stopped
     * before its policy step made none, and the decision of the execution before must not speak for it.
     */
    private static Optional<PolicyDecision> decisionOf(ExecutionState execution, List<PolicyDecision> decisions) {
        if (decisions.isEmpty()) {
            return Optional.empty();
        }
        PolicyDecision last = decisions.get(decisions.size() - 1);
        Instant started = execution.startedAt();
        return started == null || !last.decidedAt().isBefore(started) ? Optional.of(last) : Optional.empty();
    }

    /** True when the execution claims to run but its lease says its process is gone. */
    static boolean orphaned(ExecutionState execution, Optional<Lease> lease, Instant now, java.time.Duration stale) {
        return execution.claimsRunning() && Leases.ownerGone(lease, now, stale);
    }

    private static List<PartitionView> partitions(List<PartitionSummary> all) {
        Map<String, List<PartitionSummary>> byStep = new TreeMap<>();
        all.forEach(p -> byStep.computeIfAbsent(p.agent() + "/" + p.approach(), k -> new ArrayList<>()).add(p));
        return byStep.values().stream().map(ps -> new PartitionView(ps.get(0).agent(), ps.get(0).approach(),
                ps.get(0).partitions(), ps.get(0).threads(), ps.stream().mapToInt(PartitionSummary::items).sum(),
                ps.stream().mapToInt(PartitionSummary::settled).sum(), ps.stream().mapToInt(PartitionSummary::failed).sum(),
                ps.stream().map(PartitionSummary::items).toList())).toList();
    }

    private static AgentView agent(AgentOutcome o) {
        return new AgentView(o.agent(), o.approach(), o.status().name(), o.findings(), o.itemsDone(), o.itemsTotal(),
                o.attempts(), o.startedAt(), o.endedAt(), o.error().isEmpty() ? null : o.error(), o.usage().tokens(),
                o.costUsd(), o.problems().stream().map(p -> p.file() + ": " + p.problem()).toList());
    }

    private static ReportView report(Path dir) {
        if (!Files.isDirectory(dir)) {
            return new ReportView(dir.toString(), List.of());
        }
        try (Stream<Path> files = Files.list(dir)) {
            return new ReportView(dir.toString(), files.map(Path::toString).sorted().toList());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot list the report folder " + dir, e);
        }
    }

    /** The same summary with another exit code (an execution this process has to give up on). */
    ExecutionSummary withExitCode(ExitCode code) {
        return new ExecutionSummary(executionId, runId, job, batchStatus, exitStatus, error, startedAt, endedAt,
                decision, agents, report, partitions, traceId, recommendation, orphaned, code.code());
    }
}
