package io.tributary.core.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.outcome.AgentOutcome;
import io.tributary.api.outcome.AgentStatus;
import io.tributary.api.policy.Decision;
import io.tributary.core.config.Settings;
import io.tributary.core.store.ItemRecord;
import io.tributary.core.testing.EchoAgent;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RuntimeSmokeTest {

    /** The older shape: an agent step, then its conclusion step. */
    static final String TWO_STEPS = "core-smoke";
    /** One step per agent, which records the agent's outcome itself. */
    static final String ONE_STEP = "core-one-step";

    @TempDir
    Path home;
    Path input;
    TributaryRuntime runtime;

    @BeforeEach
    void start() throws Exception {
        EchoAgent.reset();
        input = Files.createDirectories(home.resolve("input"));
        runtime = TributaryRuntime.start(Settings.load(home, Map.of(), new Properties(), Map.of()));
    }

    @AfterEach
    void stop() {
        runtime.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {TWO_STEPS, ONE_STEP})
    void twoAgents_allDeliver_proceeds(String job) throws Exception {
        long id = run(job, params());
        assertThat(runtime.jobOperator().getJobExecution(id).getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
        long runId = runtime.jobOperator().getJobInstance(id).getInstanceId();
        assertThat(runtime.store().outcomes(runId)).extracting(AgentOutcome::status)
                .containsExactly(AgentStatus.SUCCEEDED, AgentStatus.SUCCEEDED);
        assertThat(runtime.store().findings(runId)).hasSize(4);
        assertThat(runtime.store().decisions(runId)).last().extracting(d -> d.outcome()).isEqualTo(Decision.PROCEED);
        assertThat(runtime.jobOperator().getJobExecution(id).getExitStatus()).isEqualTo("PROCEED");
    }

    @ParameterizedTest
    @ValueSource(strings = {TWO_STEPS, ONE_STEP})
    void fatalFailure_stopsForReview_andRestartWithAccept_completesDegraded(String job) throws Exception {
        Properties p = params();
        p.setProperty("beta.fail", "fatal");
        long id = run(job, p);
        assertThat(runtime.jobOperator().getJobExecution(id).getBatchStatus()).isEqualTo(BatchStatus.STOPPED);
        assertThat(runtime.jobOperator().getJobExecution(id).getExitStatus()).isEqualTo("ESCALATE");
        assertThat(EchoAgent.calls("beta")).isEqualTo(1);
        int alphaCalls = EchoAgent.calls("alpha");

        Properties review = new Properties();
        review.setProperty("review", "accept");
        review.setProperty("reviewer", "qa");
        long restarted = runtime.jobOperator().restart(id, review);
        await(restarted);
        assertThat(runtime.jobOperator().getJobExecution(restarted).getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(runtime.jobOperator().getJobExecution(restarted).getExitStatus()).isEqualTo("DEGRADED");
        assertThat(EchoAgent.calls("alpha")).isEqualTo(alphaCalls);
    }

    @ParameterizedTest
    @ValueSource(strings = {TWO_STEPS, ONE_STEP})
    void retriableFailure_stopsForRetry_andRestart_callsOnlyTheFailedAgent(String job) throws Exception {
        Properties p = params();
        p.setProperty("beta.fail", "retriable");
        p.setProperty("retries", "0");
        long id = run(job, p);
        assertThat(runtime.jobOperator().getJobExecution(id).getExitStatus()).isEqualTo("RETRY");
        int alphaCalls = EchoAgent.calls("alpha");
        assertThat(alphaCalls).isEqualTo(3);

        Properties fixed = new Properties();
        fixed.setProperty("beta.fail", "");
        long restarted = runtime.jobOperator().restart(id, fixed);
        await(restarted);
        assertThat(runtime.jobOperator().getJobExecution(restarted).getExitStatus()).isEqualTo("PROCEED");
        assertThat(EchoAgent.calls("alpha")).isEqualTo(alphaCalls);
        assertThat(EchoAgent.calls("beta")).isEqualTo(2);
        long runId = runtime.jobOperator().getJobInstance(restarted).getInstanceId();
        assertThat(runtime.store().findings(runId)).hasSize(4);
    }

    @Test
    void oneStepAgentWhoseBeanIsMissing_completesItsStep_andThePolicySeesItsFailureNamingTheBean() throws Exception {
        Properties p = params();
        p.setProperty("beta.approach", "no-such-agent");
        long id = run(ONE_STEP, p);

        assertThat(runtime.jobOperator().getJobExecution(id).getExitStatus()).isEqualTo("ESCALATE");
        assertThat(runtime.jobOperator().getStepExecutions(id)).filteredOn(s -> s.getStepName().equals("beta"))
                .singleElement().satisfies(s -> {
                    assertThat(s.getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
                    assertThat(s.getExitStatus()).isEqualTo("FAILED");
                });
        long runId = runtime.jobOperator().getJobInstance(id).getInstanceId();
        assertThat(runtime.store().outcomes(runId)).filteredOn(o -> o.agent().equals("beta")).singleElement()
                .satisfies(o -> {
                    assertThat(o.status()).isEqualTo(AgentStatus.FAILED);
                    assertThat(o.error()).contains("no agent named 'no-such-agent'");
                });
        assertThat(runtime.store().decisions(runId)).last().extracting(d -> d.outcome()).isEqualTo(Decision.ESCALATE);
    }

    @Test
    void manyFastItems_areCommittedInWindows_andEverySettledExactlyOnce() throws Exception {
        // the count alone ends the chunks: 100, 100, 50
        long id = run(ONE_STEP, params("alpha.items", "250", "checkpointMillis", "600000"));

        assertThat(runtime.jobOperator().getJobExecution(id).getExitStatus()).isEqualTo("PROCEED");
        StepExecution alpha = step(id, "alpha");
        assertThat(metric(alpha, Metric.MetricType.WRITE_COUNT)).isEqualTo(250);
        assertThat(metric(alpha, Metric.MetricType.COMMIT_COUNT)).isEqualTo(3);
        long runId = runtime.jobOperator().getJobInstance(id).getInstanceId();
        assertThat(runtime.store().items(runId, "alpha", "echo")).hasSize(250)
                .allSatisfy(i -> assertThat(i.attempts()).isEqualTo(1)).extracting(ItemRecord::itemKey)
                .doesNotHaveDuplicates();
        assertThat(runtime.store().outcomes(runId)).filteredOn(o -> o.agent().equals("alpha")).singleElement()
                .satisfies(o -> assertThat(o.itemsDone()).isEqualTo(250));
        assertThat(runtime.store().findings(runId)).filteredOn(f -> f.agent().equals("alpha")).hasSize(250);
        assertThat(EchoAgent.calls("alpha")).isEqualTo(250);
    }

    @Test
    void aWindowOfOneItem_commitsEachItemAlone() throws Exception {
        long id = run(ONE_STEP, params("checkpointItems", "1"));

        assertThat(runtime.jobOperator().getJobExecution(id).getExitStatus()).isEqualTo("PROCEED");
        assertThat(metric(step(id, "alpha"), Metric.MetricType.COMMIT_COUNT)).as("3 items, then the empty end")
                .isEqualTo(4);
    }

    @Test
    void itemFailingInsideAMultiItemChunk_isTheOnlyOneARestartAnalysesAgain() throws Exception {
        // the agent's first call, item-1, fails; the five items make one chunk
        long id = run(ONE_STEP, params("alpha.items", "5", "alpha.fail", "retriable-once", "retries", "0",
                "checkpointMillis", "600000"));

        assertThat(runtime.jobOperator().getJobExecution(id).getExitStatus()).isEqualTo("RETRY");
        assertThat(metric(step(id, "alpha"), Metric.MetricType.COMMIT_COUNT)).as("five items in one chunk")
                .isEqualTo(1);
        long runId = runtime.jobOperator().getJobInstance(id).getInstanceId();
        assertThat(runtime.store().items(runId, "alpha", "echo")).filteredOn(ItemRecord::settled)
                .extracting(ItemRecord::itemKey).containsExactlyInAnyOrder("item-2", "item-3", "item-4", "item-5");

        Properties fixed = new Properties();
        fixed.setProperty("alpha.fail", "");
        long restarted = runtime.jobOperator().restart(id, fixed);
        await(restarted);
        assertThat(runtime.jobOperator().getJobExecution(restarted).getExitStatus()).isEqualTo("PROCEED");
        assertThat(EchoAgent.calls("alpha")).isEqualTo(6);
        assertThat(runtime.store().items(runId, "alpha", "echo")).hasSize(5).allSatisfy(i -> assertThat(i.settled())
                .isTrue());
        assertThat(runtime.store().outcomes(runId)).filteredOn(o -> o.agent().equals("alpha"))
                .extracting(AgentOutcome::status, AgentOutcome::itemsDone)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AgentStatus.SUCCEEDED, 5));
        assertThat(runtime.store().findings(runId)).filteredOn(f -> f.agent().equals("alpha")).hasSize(5);
    }

    private StepExecution step(long executionId, String name) {
        return runtime.jobOperator().getStepExecutions(executionId).stream().filter(s -> s.getStepName().equals(name))
                .findFirst().orElseThrow();
    }

    private static long metric(StepExecution step, Metric.MetricType type) {
        return java.util.Arrays.stream(step.getMetrics()).filter(m -> m.getType() == type).findFirst().orElseThrow()
                .getValue();
    }

    private Properties params(String... nameValues) {
        Properties p = new Properties();
        p.setProperty("input", input.toString());
        for (int i = 0; i < nameValues.length; i += 2) {
            p.setProperty(nameValues[i], nameValues[i + 1]);
        }
        return p;
    }

    private long run(String job, Properties p) throws InterruptedException {
        long id = runtime.jobOperator().start(job, p);
        await(id);
        return id;
    }

    private void await(long id) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            BatchStatus s = runtime.jobOperator().getJobExecution(id).getBatchStatus();
            if (s == BatchStatus.COMPLETED || s == BatchStatus.FAILED || s == BatchStatus.STOPPED || s == BatchStatus.ABANDONED) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("execution " + id + " did not end in 30 s");
    }
}
