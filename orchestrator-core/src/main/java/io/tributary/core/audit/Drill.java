package io.tributary.core.audit;

import io.tributary.api.policy.Decision;
import io.tributary.api.policy.PolicyDecision;
import io.tributary.core.store.ResultStore;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

/**
 * Runs drill cases against a job as deployed: each case starts the job's drill copy
 * ({@link DrillJobXmlResolver}) with every role's approach set to {@value FaultAgent#NAME} through
 * the job's own {@code <role>.approach} parameter (a partitioned role's approaches fall back to it) and the outcome per
 * role in {@value FaultAgent#PREFIX}{@code <role>}, waits for it to end, reads the decision the job
 * stored, and restarts a RETRY once to see which agents the restart calls again. Cases run at once
 * up to the settings' parallelism; each one is its own job instance, so they never share a row.
 */
public final class Drill {

    /** The exit code a launcher gives an execution that ended so. */
    @FunctionalInterface
    public interface ExitCodes {
        int of(BatchStatus status, String exitStatus, Optional<Decision> decision);
    }

    private static final Set<BatchStatus> ENDED = Set.of(BatchStatus.COMPLETED, BatchStatus.FAILED,
            BatchStatus.STOPPED, BatchStatus.ABANDONED);

    private final JobOperator operator;
    private final ResultStore store;
    private final FaultAgent faults;
    private final ExitCodes exitCodes;
    private final ThreadFactory threads;

    public Drill(JobOperator operator, ResultStore store, FaultAgent faults, ExitCodes exitCodes) {
        this(operator, store, faults, exitCodes, Executors.defaultThreadFactory());
    }

    /**
     * A drill whose cases wait for their executions on threads of {@code threads}: in an application
     * server its managed thread factory, so that they start jobs with the application's context.
     */
    public Drill(JobOperator operator, ResultStore store, FaultAgent faults, ExitCodes exitCodes,
            ThreadFactory threads) {
        this.operator = operator;
        this.store = store;
        this.faults = faults;
        this.exitCodes = exitCodes;
        this.threads = threads;
    }

    /** Runs every case of {@code cases} against job XML {@code jobXml} (a drill copy's name) and compares. */
    public List<CaseResult> run(String jobXml, DeclaredPolicy policy, DrillCases cases, DrillSettings settings) {
        DrillOracle oracle = new DrillOracle(policy);
        List<CaseResult> results = new ArrayList<>();
        if (cases.cases().isEmpty()) {
            return results;
        }
        // One run before the cases, with every role delivering and a long deadline, loads and compiles
        // what every case needs, so that no case is measured against its short deadline while the
        // runtime warms up. It is not a case and is not compared.
        DrillCase warmUp = new DrillCase(0, cases.cases().get(0).faults().keySet().stream()
                .collect(java.util.stream.Collectors.toMap(r -> r, r -> FaultKind.SUCCEEDED, (a, b) -> a,
                        LinkedHashMap::new)));
        DrillSettings patient = new DrillSettings(settings.input(), settings.caseTimeout(), 1, settings.caseTimeout());
        awaitEnd(operator.start(jobXml, parameters(warmUp, patient)), settings.caseTimeout());
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.parallelism(), cases.cases().size()),
                threads);
        try {
            List<Future<CaseResult>> running = new ArrayList<>();
            for (DrillCase c : cases.cases()) {
                running.add(pool.submit(() -> one(jobXml, c, oracle.expect(c.faults()), settings)));
            }
            for (Future<CaseResult> f : running) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The drill was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A drill case could not run: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private CaseResult one(String jobXml, DrillCase c, Expectation expected, DrillSettings settings) {
        Properties params = parameters(c, settings);
        JobExecution first = awaitEnd(operator.start(jobXml, params), settings.caseTimeout());
        long runId = operator.getJobInstance(first.getExecutionId()).getInstanceId();
        Ended end = ended(first, runId);
        if (!"RETRY".equals(end.decision())) {
            return new CaseResult(c, expected, Expectation.of(end.decision(), end.status(), end.exitCode()),
                    first.getExitStatus(), end.reason());
        }
        Map<String, Integer> before = calls(runId, c);
        JobExecution second = awaitEnd(operator.restart(first.getExecutionId(), params), settings.caseTimeout());
        Set<String> recalled = new TreeSet<>();
        calls(runId, c).forEach((role, n) -> {
            if (n > before.get(role)) {
                recalled.add(role);
            }
        });
        Ended again = ended(second, runId);
        return new CaseResult(c, expected, new Expectation(end.decision(), end.status(), end.exitCode(), recalled,
                again.decision()), first.getExitStatus(), end.reason() + "; after restart: " + again.reason());
    }

    private static Properties parameters(DrillCase c, DrillSettings settings) {
        Properties p = settings.input();
        c.faults().forEach((role, kind) -> {
            p.setProperty(role + ".approach", FaultAgent.NAME);
            p.setProperty(FaultAgent.PREFIX + role, kind.name());
        });
        p.setProperty("agentTimeout", settings.deadline().toString());
        p.setProperty("backoff", Duration.ZERO.toString());
        return p;
    }

    private Map<String, Integer> calls(long runId, DrillCase c) {
        Map<String, Integer> out = new LinkedHashMap<>();
        c.faults().keySet().forEach(role -> out.put(role, faults.calls(runId, role)));
        return out;
    }

    /** How an execution ended: its decision (or NONE), batch status, exit code and the decision's reason. */
    private record Ended(String decision, String status, int exitCode, String reason) {
    }

    private Ended ended(JobExecution e, long runId) {
        List<PolicyDecision> decisions = store.decisions(runId);
        Optional<PolicyDecision> last = decisions.isEmpty() ? Optional.empty()
                : Optional.of(decisions.get(decisions.size() - 1));
        Optional<Decision> decision = last.map(PolicyDecision::outcome);
        String reason = last.map(PolicyDecision::reason).orElse("no decision stored; exit status "
                + e.getExitStatus());
        return new Ended(decision.map(Enum::name).orElse("NONE"), e.getBatchStatus().name(),
                exitCodes.of(e.getBatchStatus(), e.getExitStatus(), decision), reason);
    }

    private JobExecution awaitEnd(long executionId, Duration timeout) {
        long limit = System.nanoTime() + timeout.toNanos();
        while (true) {
            JobExecution e = operator.getJobExecution(executionId);
            if (ENDED.contains(e.getBatchStatus())) {
                return e;
            }
            if (System.nanoTime() - limit > 0) {
                operator.stop(executionId);
                throw new IllegalStateException("Drill execution " + executionId + " did not end within " + timeout);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for drill execution " + executionId, ex);
            }
        }
    }
}
