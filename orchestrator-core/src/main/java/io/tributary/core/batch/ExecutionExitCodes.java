package io.tributary.core.batch;

import io.tributary.api.policy.Decision;
import jakarta.batch.runtime.BatchStatus;
import java.util.Optional;

/**
 * How an ended job execution reads as a process exit code: the numbers the command line exits with
 * and the audit drill compares, in Java SE and on an application server alike (where no process
 * exits, but the drill still compares the same numbers). A run with a missing agent never maps to 0.
 */
public final class ExecutionExitCodes {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int DEGRADED = 3;
    public static final int RETRY = 4;
    public static final int ESCALATE = 5;
    public static final int RUNNING = 6;
    public static final int STOPPED = 7;
    public static final int AUDIT_FAILED = 8;

    private ExecutionExitCodes() {
    }

    /**
     * The exit code of an execution that ended with {@code status} and {@code exitStatus}.
     *
     * @param decision the policy decision this execution made, if it made one
     */
    public static int of(BatchStatus status, String exitStatus, Optional<Decision> decision) {
        if (Intake.INVALID_INPUT.equals(exitStatus)) {
            return USAGE;
        }
        return switch (status) {
            case COMPLETED -> decision.map(d -> d == Decision.PROCEED ? OK : d == Decision.DEGRADED ? DEGRADED : FAILED)
                    .orElse(OK);
            case STOPPED -> decision.map(d -> d == Decision.RETRY ? RETRY : d == Decision.ESCALATE ? ESCALATE : STOPPED)
                    .orElse(STOPPED);
            case STARTING, STARTED, STOPPING -> RUNNING;
            case FAILED, ABANDONED -> FAILED;
        };
    }
}
