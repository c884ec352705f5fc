package io.tributary.core.bootstrap.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.core.bootstrap.TributaryRuntime;
import io.tributary.core.config.Settings;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobStartException;
import jakarta.batch.runtime.BatchStatus;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.jberet.runtime.JobExecutionImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runtime's job operator: each job XML parsed once, every execution still its own. */
class ParsedJobsOperatorTest {

    @TempDir
    Path home;

    @Test
    void startsOfOneJob_shareOneParsedDefinition_eachExecutionWithItsOwnParameters() throws Exception {
        try (TributaryRuntime runtime = TributaryRuntime.start(inMemory())) {
            // given the runtime's operator
            JobOperator operator = runtime.jobOperator();
            assertThat(operator).isInstanceOf(ParsedJobsOperator.class);
            ParsedJobsOperator parsed = (ParsedJobsOperator) operator;

            // when one job starts twice with different parameters
            long first = operator.start("core-nested-split", parameters("first"));
            long second = operator.start("core-nested-split", parameters("second"));

            // then both complete, each with its own parameters, from one parsed definition
            assertThat(awaitEnd(operator, first)).isEqualTo(BatchStatus.COMPLETED);
            assertThat(awaitEnd(operator, second)).isEqualTo(BatchStatus.COMPLETED);
            assertThat(operator.getParameters(first).getProperty("label")).isEqualTo("first");
            assertThat(operator.getParameters(second).getProperty("label")).isEqualTo("second");
            assertThat(parsed.definition("core-nested-split")).isSameAs(parsed.definition("core-nested-split"));
            assertThat(operator.getJobInstance(first).getInstanceId())
                    .isNotEqualTo(operator.getJobInstance(second).getInstanceId());
        }
    }

    @Test
    void jobXmlThatIsNotFound_failsEveryStart_andIsNotRemembered() {
        try (TributaryRuntime runtime = TributaryRuntime.start(inMemory())) {
            JobOperator operator = runtime.jobOperator();

            // when a job that has no job XML starts twice, then both starts fail the same way
            for (int i = 0; i < 2; i++) {
                assertThatThrownBy(() -> operator.start("core-no-such-job", new Properties()))
                        .isInstanceOf(JobStartException.class);
            }
        }
    }

    private Settings inMemory() {
        return Settings.load(home, Map.of(), new Properties(), Map.of("jobs.repository", "in-memory"));
    }

    private static Properties parameters(String label) {
        Properties p = new Properties();
        p.setProperty("label", label);
        return p;
    }

    /** Waits for the execution through JBeret's own termination latch, as long as a minute. */
    private static BatchStatus awaitEnd(JobOperator operator, long id) throws InterruptedException {
        JobExecutionImpl execution = (JobExecutionImpl) operator.getJobExecution(id);
        execution.awaitTermination(1, TimeUnit.MINUTES);
        return execution.getBatchStatus();
    }
}
