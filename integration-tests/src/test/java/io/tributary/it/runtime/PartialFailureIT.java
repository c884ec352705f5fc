package io.tributary.it.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.outcome.AgentOutcome;
import io.tributary.api.outcome.AgentStatus;
import io.tributary.api.policy.Decision;
import io.tributary.api.policy.PolicyDecision;
import io.tributary.it.support.CallLog;
import io.tributary.it.support.ItRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartialFailureIT {

    @TempDir
    Path tmp;

    @Test
    void failingAgent_doesNotFailTheJob_decisionSeesIt_andRestartCallsOnlyIt() throws Exception {
        // given five agents, of which 'patents' fails with a retriable error
        Path log = tmp.resolve("calls.log");
        Path dossier = ItRuntime.dossier(tmp.resolve("dossier"), "Partial, Inc.");
        try (ItRuntime it = ItRuntime.start(tmp.resolve("home"))) {
            // when the job runs under the all-agents policy
            JobExecution first = it.run("it-five", ItRuntime.params("dossier", dossier.toString(),
                    "script.log", log.toString(), "patents.fail", "retriable", "regulatory.items", "3"));

            // then the job stops for RETRY rather than failing, and the store says why
            long runId = it.runId(first.getExecutionId());
            assertThat(first.getBatchStatus()).isEqualTo(BatchStatus.STOPPED);
            assertThat(first.getExitStatus()).isEqualTo("RETRY");
            PolicyDecision decision = last(it.runtime().store().decisions(runId));
            assertThat(decision.outcome()).isEqualTo(Decision.RETRY);
            assertThat(decision.missingAgents()).containsExactly("patents");
            assertThat(it.runtime().store().outcomes(runId)).filteredOn(o -> o.agent().equals("patents"))
                    .extracting(AgentOutcome::status).containsExactly(AgentStatus.FAILED);
            long callsBefore = CallLog.read(log).size();
            assertThat(CallLog.count(log, "regulatory")).isEqualTo(3);

            // when it is restarted with the cause removed
            JobExecution second = it.restart(first.getExecutionId(), ItRuntime.params("patents.fail", ""));

            // then only the failed agent is called again, and the run completes with every result once
            assertThat(second.getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(second.getExitStatus()).isEqualTo("PROCEED");
            assertThat(CallLog.read(log).size()).isEqualTo(callsBefore + 1);
            assertThat(CallLog.count(log, "patents")).isEqualTo(2);
            assertThat(CallLog.count(log, "regulatory")).isEqualTo(3);
            assertThat(it.runtime().store().outcomes(runId)).extracting(AgentOutcome::status)
                    .containsOnly(AgentStatus.SUCCEEDED).hasSize(5);
            assertThat(it.runtime().store().findings(runId)).hasSize(7);
        }
    }

    @Test
    void agentPastItsDeadline_isTimedOut_andTheRunIsNotPlainSuccess() throws Exception {
        Path log = tmp.resolve("calls.log");
        Path dossier = ItRuntime.dossier(tmp.resolve("dossier"), "Slow, Inc.");
        try (ItRuntime it = ItRuntime.start(tmp.resolve("home"))) {
            JobExecution e = it.run("it-five", ItRuntime.params("dossier", dossier.toString(),
                    "script.log", log.toString(), "press.sleepMs", "30000", "agentTimeout", "PT3S",
                    "policy", "quorum:4"));

            long runId = it.runId(e.getExecutionId());
            assertThat(e.getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(e.getExitStatus()).isEqualTo("DEGRADED");
            assertThat(it.runtime().store().outcomes(runId)).filteredOn(o -> o.agent().equals("press"))
                    .extracting(AgentOutcome::status).containsExactly(AgentStatus.TIMED_OUT);
            assertThat(last(it.runtime().store().decisions(runId)).missingAgents()).containsExactly("press");
        }
    }

    @Test
    void quorumMet_withCancelAfter_cancelsTheStraggler_andProceedsDegraded() throws Exception {
        Path log = tmp.resolve("calls.log");
        Path dossier = ItRuntime.dossier(tmp.resolve("dossier"), "Straggler, Inc.");
        try (ItRuntime it = ItRuntime.start(tmp.resolve("home"))) {
            JobExecution e = it.run("it-five", ItRuntime.params("dossier", dossier.toString(),
                    "script.log", log.toString(), "press.sleepMs", "60000", "policy", "quorum:3",
                    "onQuorum", "cancel-after:PT0.5S"));

            long runId = it.runId(e.getExecutionId());
            assertThat(e.getExitStatus()).isEqualTo("DEGRADED");
            AgentOutcome press = it.runtime().store().outcomes(runId).stream()
                    .filter(o -> o.agent().equals("press")).findFirst().orElseThrow();
            assertThat(press.status()).isEqualTo(AgentStatus.CANCELLED);
            assertThat(java.time.Duration.between(press.startedAt(), press.endedAt()))
                    .isLessThan(java.time.Duration.ofSeconds(30));
            assertThat(last(it.runtime().store().decisions(runId)).missingAgents()).containsExactly("press");
        }
    }

    @Test
    void runBudget_stopsTheAgentThatWouldExceedIt() throws Exception {
        Path dossier = ItRuntime.dossier(tmp.resolve("dossier"), "Budget, Inc.");
        try (ItRuntime it = ItRuntime.start(tmp.resolve("home"))) {
            JobExecution e = it.run("it-five", ItRuntime.params("dossier", dossier.toString(),
                    "regulatory.items", "6", "regulatory.tokens", "100", "budgetTokens", "250",
                    "policy", "quorum:4"));

            long runId = it.runId(e.getExecutionId());
            AgentOutcome regulatory = it.runtime().store().outcomes(runId).stream()
                    .filter(o -> o.agent().equals("regulatory")).findFirst().orElseThrow();
            assertThat(regulatory.status()).isEqualTo(AgentStatus.BUDGET_EXCEEDED);
            assertThat(regulatory.itemsDone()).isEqualTo(3);
            assertThat(it.runtime().store().costs(runId).inputTokens()).isEqualTo(300);
            assertThat(e.getExitStatus()).isEqualTo("DEGRADED");
        }
    }

    private static PolicyDecision last(List<PolicyDecision> decisions) {
        return decisions.get(decisions.size() - 1);
    }
}
