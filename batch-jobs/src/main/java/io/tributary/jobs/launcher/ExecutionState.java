package io.tributary.jobs.launcher;

import io.tributary.core.batch.StepFailures;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * What a summary needs of one job execution, read from the job operator or straight from the job
 * repository's tables.
 *
 * @param runId the job instance, which is the run of the result store
 * @param error the sentence the first failed step left, or null
 */
record ExecutionState(String job, long runId, BatchStatus status, String exitStatus, Instant startedAt,
        Instant endedAt, String error) {

    /** The execution as the runtime's job operator gives it. */
    static ExecutionState of(JobOperator operator, long executionId) {
        JobExecution e = operator.getJobExecution(executionId);
        String error = operator.getStepExecutions(executionId).stream().map(StepFailures::message)
                .flatMap(Optional::stream).findFirst().orElse(null);
        return new ExecutionState(e.getJobName(), operator.getJobInstance(executionId).getInstanceId(),
                e.getBatchStatus(), e.getExitStatus(), instant(e.getStartTime()), instant(e.getEndTime()), error);
    }

    /** True while the execution claims to be running (whether or not its process is alive). */
    boolean claimsRunning() {
        return status == BatchStatus.STARTED || status == BatchStatus.STARTING || status == BatchStatus.STOPPING;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
