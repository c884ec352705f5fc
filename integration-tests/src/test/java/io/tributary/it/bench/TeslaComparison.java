package io.tributary.it.bench;

import io.tributary.agents.source.DossierIntake;
import io.tributary.api.agent.Agent;
import io.tributary.api.agent.AgentResult;
import io.tributary.api.agent.AgentTask;
import io.tributary.api.finding.Finding;
import io.tributary.api.outcome.AgentOutcome;
import io.tributary.api.run.AgentInput;
import io.tributary.core.bootstrap.TributaryRuntime;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.inject.literal.NamedLiteral;
import jakarta.enterprise.inject.spi.BeanManager;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.jberet.runtime.JobExecutionImpl;

/**
 * The real agents on the bundled Tesla dossier: the {@code due-diligence} job (five agents in
 * parallel, then policy, synthesis and report) against the same agent beans called one after
 * another in the calling thread (items, then conclusion, as the job calls them).
 */
final class TeslaComparison {

    /**
     * @param jobWall        wall time of the whole job (agents, policy, synthesis, report)
     * @param jobAgents      the job's agent phase: first agent start to last agent end, from the store
     * @param sequential     the five agents one after another, without synthesis or report
     * @param perAgentMs     median time of each agent when called alone
     * @param exitStatus     how the last job ended
     */
    record Result(Stats jobWall, Stats jobAgents, Stats sequential, Map<String, Double> perAgentMs,
            String exitStatus) {
    }

    private TeslaComparison() {
    }

    static Result run(TributaryRuntime runtime, Path dossier, Path reports, int warmup, int rounds) throws Exception {
        BeanManager beans = runtime.bean(BeanManager.class);
        Map<String, Agent> agents = new LinkedHashMap<>();
        FiveAgents.ROLES.forEach(r -> agents.put(r, beans.createInstance().select(Agent.class, NamedLiteral.of(r)).get()));
        long[] wall = new long[rounds];
        long[] agentPhase = new long[rounds];
        long[] sequential = new long[rounds];
        Map<String, long[]> perAgent = new LinkedHashMap<>();
        agents.keySet().forEach(r -> perAgent.put(r, new long[rounds]));
        String exit = "";
        for (int round = -warmup; round < rounds; round++) {
            long t0 = System.nanoTime();
            JobExecution e = runJob(runtime, dossier, reports.resolve("round-" + (round + warmup)));
            long t1 = System.nanoTime();
            exit = e.getExitStatus();
            Map<String, Long> alone = callSequentially(agents, dossier);
            long t2 = System.nanoTime();
            if (round >= 0) {
                wall[round] = t1 - t0;
                agentPhase[round] = agentPhaseNanos(runtime, e.getExecutionId());
                sequential[round] = t2 - t1;
                int r = round;
                alone.forEach((name, n) -> perAgent.get(name)[r] = n);
            }
        }
        Map<String, Double> medians = new LinkedHashMap<>();
        perAgent.forEach((name, n) -> medians.put(name, Stats.ofNanos(n).p50Ms()));
        return new Result(Stats.ofNanos(wall), Stats.ofNanos(agentPhase), Stats.ofNanos(sequential), medians, exit);
    }

    private static JobExecution runJob(TributaryRuntime runtime, Path dossier, Path reportDir) throws InterruptedException {
        JobOperator op = runtime.jobOperator();
        Properties p = new Properties();
        p.setProperty("dossier", dossier.toString());
        p.setProperty("reportDir", reportDir.toString());
        long id = op.start("due-diligence", p);
        JobExecution e = op.getJobExecution(id);
        while (e.getBatchStatus() == BatchStatus.STARTING || e.getBatchStatus() == BatchStatus.STARTED) {
            if (e instanceof JobExecutionImpl impl) {
                impl.awaitTermination(1, TimeUnit.SECONDS);
            }
            e = op.getJobExecution(id);
        }
        if (e.getBatchStatus() != BatchStatus.COMPLETED) {
            throw new IllegalStateException("due-diligence on " + dossier + " ended " + e.getBatchStatus() + "/"
                    + e.getExitStatus());
        }
        return e;
    }

    private static long agentPhaseNanos(TributaryRuntime runtime, long executionId) {
        long runId = runtime.jobOperator().getJobInstance(executionId).getInstanceId();
        List<AgentOutcome> outcomes = runtime.store().outcomes(runId);
        Instant first = outcomes.stream().map(AgentOutcome::startedAt).min(Instant::compareTo).orElseThrow();
        Instant last = outcomes.stream().map(AgentOutcome::endedAt).max(Instant::compareTo).orElseThrow();
        return Duration.between(first, last).toNanos();
    }

    /** Each agent as the job calls it: its items one by one, then its conclusion. */
    private static Map<String, Long> callSequentially(Map<String, Agent> agents, Path dossier) {
        Map<String, Long> took = new LinkedHashMap<>();
        for (var e : agents.entrySet()) {
            long t0 = System.nanoTime();
            AgentTask task = new AgentTask(0, e.getKey(), e.getKey(), DossierIntake.read(dossier).subject(),
                    new AgentInput.Directory(dossier),
                    AgentTask.WHOLE, Map.of("batchSize", "500"), Instant.now().plusSeconds(120));
            List<Finding> findings = new ArrayList<>();
            for (String item : e.getValue().items(task)) {
                AgentResult r = e.getValue().analyse(task.forItem(item));
                findings.addAll(r.findings());
            }
            e.getValue().conclude(task, findings);
            took.put(e.getKey(), System.nanoTime() - t0);
        }
        return took;
    }
}
