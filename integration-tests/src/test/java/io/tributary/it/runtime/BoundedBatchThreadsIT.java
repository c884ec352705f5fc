package io.tributary.it.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.it.support.ItRuntime;
import jakarta.batch.runtime.JobExecution;
import java.nio.file.Path;
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
            Properties params = ItRuntime.params("dossier", dossier.toString(), "financials.sleepMs", "50",
                    "press.sleepMs", "50", "regulatory.sleepMs", "50", "patents.sleepMs", "50",
                    "leadership.sleepMs", "50");

            // when they are all started at once
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                ids.add(it.runtime().jobOperator().start("it-five", params));
            }

            // then the flows wait for threads instead of being refused, and every job delivers
            for (long id : ids) {
                JobExecution e = it.await(id);
                assertThat(e.getExitStatus()).as("execution %d", id).isEqualTo("PROCEED");
            }
            assertThat(it.runtime().batchEnvironment().queuedTasks()).isZero();
        }
    }
}
