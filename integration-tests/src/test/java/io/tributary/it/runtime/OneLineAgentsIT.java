package io.tributary.it.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.outcome.AgentOutcome;
import io.tributary.api.outcome.AgentStatus;
import io.tributary.api.policy.Decision;
import io.tributary.api.policy.PolicyDecision;
import io.tributary.it.support.CallLog;
import io.tributary.it.support.ItRuntime;
import io.tributary.it.support.LauncherProcess;
import jakarta.batch.operations.JobStartException;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Agents declared in one line each ({@code it-one-line}), and a hand-written job with a mistake. */
class OneLineAgentsIT {

    @TempDir
    Path tmp;

    @Test
    void agentsDeclaredInOneLine_runInParallel_policySeesTheFailedOne_andRestartCallsOnlyIt() throws Exception {
        // given five one-line agents taking 500 ms each, of which 'patents' fails retriably
        Path log = tmp.resolve("calls.log");
        Path dossier = ItRuntime.dossier(tmp.resolve("dossier"), "One Line, Inc.");
        try (ItRuntime it = ItRuntime.start(tmp.resolve("home"))) {
            // when the job runs under the all-agents policy
            JobExecution first = it.run("it-one-line", ItRuntime.params("dossier", dossier.toString(),
                    "script.log", log.toString(), "financials.script.sleepMs", "500", "regulatory.script.sleepMs",
                    "500", "leadership.script.sleepMs", "500", "patents.script.fail", "retriable",
                    "press.partitions", "2"));

            // then the failure reached the decision instead of failing the job
            long runId = it.runId(first.getExecutionId());
            assertThat(first.getBatchStatus()).isEqualTo(BatchStatus.STOPPED);
            assertThat(first.getExitStatus()).isEqualTo("RETRY");
            PolicyDecision decision = it.lastDecision(runId);
            assertThat(decision.outcome()).isEqualTo(Decision.RETRY);
            assertThat(decision.missingAgents()).containsExactly("patents");
            assertThat(decision.reason()).contains("patents FAILED");
            List<AgentOutcome> outcomes = it.runtime().store().outcomes(runId);
            assertThat(outcomes).extracting(AgentOutcome::agent)
                    .containsExactlyInAnyOrder("financials", "press", "regulatory", "patents", "leadership");
            assertThat(outcomes).filteredOn(o -> o.agent().equals("press")).singleElement()
                    .satisfies(o -> assertThat(o.itemsDone()).isEqualTo(4));

            // and the three sleeping agents ran at the same time
            List<CallLog.Call> sleepers = CallLog.read(log).stream()
                    .filter(c -> List.of("financials", "regulatory", "leadership").contains(c.agent())).toList();
            assertThat(sleepers).hasSize(3);
            Instant lastStart = sleepers.stream().map(CallLog.Call::start).max(Comparator.naturalOrder()).orElseThrow();
            Instant firstEnd = sleepers.stream().map(CallLog.Call::end).min(Comparator.naturalOrder()).orElseThrow();
            assertThat(lastStart).isBefore(firstEnd);
            long callsBefore = CallLog.read(log).size();

            // when it is restarted with the cause removed
            JobExecution second = it.restart(first.getExecutionId(), ItRuntime.params("patents.script.fail", ""));

            // then only the failed agent is called again, and the run proceeds
            assertThat(second.getExitStatus()).isEqualTo("PROCEED");
            assertThat(CallLog.read(log)).hasSize((int) callsBefore + 1);
            assertThat(CallLog.count(log, "patents")).isEqualTo(2);
            assertThat(it.runtime().store().outcomes(runId)).extracting(AgentOutcome::status)
                    .containsOnly(AgentStatus.SUCCEEDED);
        }
    }

    @Test
    void handWrittenJobMissingTheFailureTransition_isRefusedAtStart_namingTheStep() throws Exception {
        Path dossier = ItRuntime.dossier(tmp.resolve("dossier"), "Mistake, Inc.");
        try (ItRuntime it = ItRuntime.start(tmp.resolve("home"))) {
            assertThatThrownBy(() -> it.runtime().jobOperator().start("it-missing-transition",
                    ItRuntime.params("dossier", dossier.toString())))
                    .isInstanceOf(JobStartException.class)
                    .hasMessageContaining("Job 'it-missing-transition'")
                    .hasMessageContaining("agent step 'beta' has no <next on=\"*\"")
                    .hasMessageNotContaining("'alpha'");
            assertThat(it.runtime().jobOperator().getJobNames()).doesNotContain("it-missing-transition");
        }
    }

    @Test
    void handWrittenJobMissingTheFailureTransition_exits2FromTheLauncher_withTheMessageOnly() throws Exception {
        Path dossier = ItRuntime.dossier(tmp.resolve("dossier"), "Mistake, Inc.");

        LauncherProcess.Result r = LauncherProcess.run(tmp.resolve("home"), true, "run", "it-missing-transition",
                "dossier=" + dossier, "--quiet");

        assertThat(r.exitCode()).as(r.stderr()).isEqualTo(2);
        assertThat(r.stderr()).contains("agent step 'beta' has no <next on=\"*\"").doesNotContain("\tat ");
    }
}
