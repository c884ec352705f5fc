package io.tributary.it.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.api.agent.AgentTask;
import io.tributary.it.support.CallLog;
import io.tributary.it.support.ItRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParallelAgentsIT {

    @TempDir
    Path tmp;

    @Test
    void fiveAgentsOf500ms_runAtTheSameTime() throws Exception {
        // given five agents that each take 500 ms
        Path log = tmp.resolve("calls.log");
        Path dossier = ItRuntime.dossier(tmp.resolve("dossier"), "Parallel, Inc.");
        try (ItRuntime it = ItRuntime.start(tmp.resolve("home"))) {
            it.run("it-five", ItRuntime.params("dossier", dossier.toString())); // warm-up: class loading, JIT

            // when the job runs
            JobExecution e = it.run("it-five", ItRuntime.params("dossier", dossier.toString(),
                    "script.log", log.toString(), "financials.sleepMs", "500", "press.sleepMs", "500",
                    "regulatory.sleepMs", "500", "patents.sleepMs", "500", "leadership.sleepMs", "500"));

            // then every agent started before any finished: the split ran them in parallel
            assertThat(e.getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(e.getExitStatus()).isEqualTo("PROCEED");
            List<CallLog.Call> calls = CallLog.read(log);
            assertThat(calls).hasSize(5);
            Instant lastStart = calls.stream().map(CallLog.Call::start).max(Comparator.naturalOrder()).orElseThrow();
            Instant firstEnd = calls.stream().map(CallLog.Call::end).min(Comparator.naturalOrder()).orElseThrow();
            Instant firstStart = calls.stream().map(CallLog.Call::start).min(Comparator.naturalOrder()).orElseThrow();
            Instant lastEnd = calls.stream().map(CallLog.Call::end).max(Comparator.naturalOrder()).orElseThrow();
            calls.forEach(c -> System.out.printf("%-11s %s .. %s%n", c.agent(), c.start(), c.end()));
            assertThat(lastStart).isBefore(firstEnd);
            // and well under the 2.5 s they take one after another (a generous bound: the machine is shared)
            assertThat(Duration.between(firstStart, lastEnd)).isLessThan(Duration.ofMillis(2000));
            // the scripted agents keep the default conclusion: one item each, and no conclusion committed
            long runId = it.runId(e.getExecutionId());
            for (String agent : List.of("financials", "press", "regulatory", "patents", "leadership")) {
                assertThat(it.runtime().store().items(runId, agent, "scripted"))
                        .extracting(io.tributary.core.store.ItemRecord::itemKey).containsExactly(AgentTask.WHOLE);
            }
        }
    }
}
