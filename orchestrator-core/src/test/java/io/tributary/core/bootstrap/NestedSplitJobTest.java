package io.tributary.core.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.core.config.Settings;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.StepExecution;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JBeret's own split and partition runners on the smallest bounded pool. */
class NestedSplitJobTest {

    @TempDir
    Path home;

    @Test
    void splitInAFlowOfASplit_andPartitionsInASplit_completeOnTheSmallestPool() throws Exception {
        // given the runtime on the smallest bounded pool, in memory
        Settings settings = Settings.load(home, Map.of(), new Properties(), Map.of(
                "batch.threads.max", String.valueOf(TributaryBatchEnvironment.MIN_THREADS),
                "jobs.repository", "in-memory"));
        try (TributaryRuntime runtime = TributaryRuntime.start(settings)) {
            JobOperator operator = runtime.jobOperator();

            // when three jobs of a nested split and a partitioned step in a split start at once
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                ids.add(operator.start("core-nested-split", new Properties()));
            }

            // then every one completes with every step, and the pool kept to its bound
            for (long id : ids) {
                assertThat(awaitEnd(operator, id)).as("execution %d", id).isEqualTo(BatchStatus.COMPLETED);
                assertThat(operator.getStepExecutions(id)).extracting(StepExecution::getStepName)
                        .containsExactlyInAnyOrder("a1.step", "a2.step", "b.partitioned", "c.step", "last");
            }
            assertThat(runtime.batchEnvironment().poolSize()).isLessThanOrEqualTo(TributaryBatchEnvironment.MIN_THREADS);
            assertThat(runtime.batchEnvironment().queuedTasks()).isZero();
        }
    }

    private static BatchStatus awaitEnd(JobOperator operator, long id) throws InterruptedException {
        Instant limit = Instant.now().plus(Duration.ofSeconds(60));
        BatchStatus status = operator.getJobExecution(id).getBatchStatus();
        while (Instant.now().isBefore(limit) && (status == BatchStatus.STARTING || status == BatchStatus.STARTED)) {
            Thread.sleep(20);
            status = operator.getJobExecution(id).getBatchStatus();
        }
        return status;
    }
}
