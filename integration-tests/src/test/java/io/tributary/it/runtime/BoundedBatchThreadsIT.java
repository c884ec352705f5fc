package io.tributary.it.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tributary.it.support.ItRuntime;
import io.tributary.api.outcome.AgentOutcome;
import jakarta.batch.runtime.JobExecution;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoundedBatchThreadsIT {

    @TempDir
    Path tmp;

    @Test
    void twelveJobsOfFiveFlows_onEightBatchThreads_allComplete() throws Exception {
        // given a pool of 8 batch threads, and 12 jobs that would hold 6 threads each if all ran at once
        Path dossier = ItRuntime.dossier(tmp.resolve("dossier"), "Bounded, Inc.");
        try (ItRuntime it = ItRuntime.start(tmp.resolve("home"), Map.of("batch.threads.max", "8"))) {
            // when they are all started at once
            List<Long> ids = startAll(it, 12, dossier, 50);

            // then the flows wait for threads instead of being refused, and every job delivers
            for (long id : ids) {
                JobExecution e = it.await(id);
                assertThat(e.getExitStatus()).as("execution %d", id).isEqualTo("PROCEED");
            }
            assertThat(it.runtime().batchEnvironment().queuedTasks()).isZero();
        }
    }

    @Test
    void admissionLimitOfTwo_runsTwoJobsAtATime_eachWithItsAgentsInParallel() throws Exception {
        // given an unbounded pool admitting two jobs at once, and six jobs of five 500 ms agents
        Path dossier = ItRuntime.dossier(tmp.resolve("dossier"), "Admitted, Inc.");
        try (ItRuntime it = ItRuntime.start(tmp.resolve("home"), Map.of("batch.jobs.max", "2"))) {
            // when they are all started at once
            List<Long> ids = startAll(it, 6, dossier, 500);
            int mostAdmitted = 0;
            int mostQueued = 0;
            while (ids.stream().anyMatch(id -> it.runtime().jobOperator().getJobExecution(id).getEndTime() == null)) {
                mostAdmitted = Math.max(mostAdmitted, it.runtime().batchEnvironment().admittedJobs());
                mostQueued = Math.max(mostQueued, it.runtime().batchEnvironment().queuedTasks());
                Thread.sleep(20);
            }

            // then no more than two ran at a time while the others waited, and every job delivered with
            // its five agents side by side: each started before any of them ended
            assertThat(mostAdmitted).isEqualTo(2);
            assertThat(mostQueued).isGreaterThanOrEqualTo(1);
            for (long id : ids) {
                JobExecution e = it.await(id);
                assertThat(e.getExitStatus()).as("execution %d", id).isEqualTo("PROCEED");
                List<AgentOutcome> agents = it.runtime().store()
                        .outcomes(it.runtime().jobOperator().getJobInstance(id).getInstanceId());
                assertThat(agents).hasSize(5);
                Instant lastStart = agents.stream().map(AgentOutcome::startedAt).max(Instant::compareTo).orElseThrow();
                Instant firstEnd = agents.stream().map(AgentOutcome::endedAt).min(Instant::compareTo).orElseThrow();
                assertThat(lastStart).as("execution %d: the last agent's start", id).isBefore(firstEnd);
            }
            assertThat(it.runtime().batchEnvironment().queuedTasks()).isZero();
            // a job's end is visible before the pool takes back its admission
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(it.runtime().batchEnvironment().admittedJobs()).isZero());
        }
    }

    /** Starts {@code jobs} executions of {@code it-five} at once, each agent sleeping {@code sleepMs}. */
    private static List<Long> startAll(ItRuntime it, int jobs, Path dossier, int sleepMs) {
        String ms = Integer.toString(sleepMs);
        Properties params = ItRuntime.params("dossier", dossier.toString(), "financials.sleepMs", ms,
                "press.sleepMs", ms, "regulatory.sleepMs", ms, "patents.sleepMs", ms, "leadership.sleepMs", ms);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < jobs; i++) {
            ids.add(it.runtime().jobOperator().start("it-five", params));
        }
        return ids;
    }
}
