package io.tributary.jobs.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.api.outcome.AgentStatus;
import io.tributary.it.support.ItRuntime;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchStatus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code status} read straight from the database gives the same summary, text, JSON and exit code
 * as the full runtime, for every way an execution can stand.
 */
class DirectStatusIT {

    @TempDir
    Path tmp;

    @Test
    void directStatus_isTheRuntimesSummary_forEveryWayAnExecutionEnds() throws Exception {
        Path dossier = ItRuntime.dossier(tmp.resolve("dossier"), "Direct, Inc.");
        Path gate = tmp.resolve("gate");
        try (ItRuntime it = ItRuntime.start(tmp.resolve("home"))) {
            long proceed = it.run("it-five", ItRuntime.params("dossier", dossier.toString())).getExecutionId();
            long degraded = it.run("it-five", ItRuntime.params("dossier", dossier.toString(),
                    "press.noEvidence", "true", "policy", "quorum:4")).getExecutionId();
            long retry = it.run("it-five", ItRuntime.params("dossier", dossier.toString(),
                    "patents.fail", "retriable")).getExecutionId();
            Files.createDirectories(tmp.resolve("empty"));
            long badIntake = it.run("it-five", ItRuntime.params("dossier", tmp.resolve("empty").toString()))
                    .getExecutionId();

            assertSame(it, proceed, 0);
            assertSame(it, degraded, 3);
            assertSame(it, retry, 4);
            assertThat(assertSame(it, badIntake, 2).error()).contains("target.json");

            long running = it.runtime().jobOperator().start("it-five", ItRuntime.params("dossier", dossier.toString(),
                    "press.awaitFile", gate.toString(), "agentTimeout", "PT5M"));
            awaitOnlyPressRunning(it, running);
            // the press agent has committed nothing yet: its start is stored by itself, after its delay
            assertThat(assertSame(it, running, 6).agents()).filteredOn(a -> a.agent().equals("press"))
                    .singleElement().extracting(ExecutionSummary.AgentView::status).isEqualTo("RUNNING");
            it.runtime().store().releaseLease(running, Instant.now());
            assertThat(assertSame(it, running, 1).orphaned()).isTrue();
            Files.writeString(gate, "go");
            it.await(running);

            // an id the repository does not hold is an error at once, as the runtime says it
            assertThatThrownBy(() -> DirectStatus.read(it.runtime().settings(), running + 100, Instant.now()))
                    .isInstanceOf(NoSuchJobExecutionException.class).hasMessageContaining(String.valueOf(running + 100));
            assertThatThrownBy(() -> it.runtime().jobOperator().getJobExecution(running + 100))
                    .isInstanceOf(NoSuchJobExecutionException.class);
        }
    }

    /** Both paths agree on {@code executionId}: the record, its text, its JSON and its exit code. */
    private static ExecutionSummary assertSame(ItRuntime it, long executionId, int exitCode) {
        Instant now = Instant.now();
        ExecutionSummary full = StatusCommand.summary(it.runtime(), executionId, now);
        Optional<ExecutionSummary> direct = DirectStatus.read(it.runtime().settings(), executionId, now);

        assertThat(direct).as("read directly from the database").isPresent();
        assertThat(direct.get()).isEqualTo(full);
        assertThat(printed(direct.get(), false)).isEqualTo(printed(full, false));
        assertThat(printed(direct.get(), true)).isEqualTo(printed(full, true));
        assertThat(direct.get().exitCode()).isEqualTo(exitCode);
        return direct.get();
    }

    private static String printed(ExecutionSummary summary, boolean json) {
        StringWriter out = new StringWriter();
        Launcher.print(summary, json, new PrintWriter(out, true));
        return out.toString();
    }

    /** Waits until every agent but the press, which waits for its gate, has delivered: nothing changes then. */
    private static void awaitOnlyPressRunning(ItRuntime it, long executionId) throws InterruptedException {
        long runId = it.runtime().jobOperator().getJobInstance(executionId).getInstanceId();
        Instant limit = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(limit) && (delivered(it, runId) < 4 || running(it, runId) < 1)) {
            Thread.sleep(50);
        }
        assertThat(delivered(it, runId)).as("agents delivered before the press agent's gate").isEqualTo(4);
        assertThat(running(it, runId)).as("the press agent, waiting for its gate, stored as running").isEqualTo(1);
        assertThat(it.runtime().jobOperator().getJobExecution(executionId).getBatchStatus())
                .isEqualTo(BatchStatus.STARTED);
    }

    private static long delivered(ItRuntime it, long runId) {
        return withStatus(it, runId, AgentStatus.SUCCEEDED);
    }

    private static long running(ItRuntime it, long runId) {
        return withStatus(it, runId, AgentStatus.RUNNING);
    }

    private static long withStatus(ItRuntime it, long runId, AgentStatus status) {
        return it.runtime().store().outcomes(runId).stream().filter(o -> o.status() == status).count();
    }
}
