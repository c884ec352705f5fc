package io.tributary.core.batch;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.StepExecution;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import java.util.Optional;

/**
 * The sentence a failed step leaves for whoever reads the job repository later (the launcher,
 * {@code status} from another process, an application on a server): kept as the step's persistent
 * user data, which the repository stores with the step execution, beside an exit status that
 * names the kind of failure.
 */
public final class StepFailures {

    private StepFailures() {
    }

    /** Marks the step and the job with {@code exitStatus} and keeps {@code message} with the step. */
    public static void record(JobContext job, StepContext step, String exitStatus, String message) {
        job.setExitStatus(exitStatus);
        step.setExitStatus(exitStatus);
        step.setPersistentUserData(message);
    }

    /** The sentence a failed step recorded, if it recorded one. */
    public static Optional<String> message(StepExecution step) {
        if (step.getBatchStatus() == BatchStatus.FAILED && step.getPersistentUserData() instanceof String message
                && !message.isBlank()) {
            return Optional.of(message);
        }
        return Optional.empty();
    }
}
