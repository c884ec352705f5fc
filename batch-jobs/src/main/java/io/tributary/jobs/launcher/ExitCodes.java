package io.tributary.jobs.launcher;

import io.tributary.api.policy.Decision;
import io.tributary.core.batch.Intake;
import jakarta.batch.runtime.BatchStatus;
import java.util.Optional;

/**
 * The launcher's exit codes, for scheduler authors. A run with a missing agent never exits 0.
 * <ul>
 * <li>0: completed, every agent delivered (PROCEED)</li>
 * <li>1: failed (FAIL decision, a step failed, or the execution was abandoned)</li>
 * <li>2: bad usage or bad input (unknown command or job, malformed parameter, invalid input or
 * policy)</li>
 * <li>3: completed DEGRADED: some agents missing, policy met</li>
 * <li>4: stopped for RETRY: restart it to re-run the missing agents</li>
 * <li>5: stopped for human review (ESCALATE): restart with review=accept|reject</li>
 * <li>6: still running ({@code status} of an execution whose process is alive)</li>
 * </ul>
 */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int DEGRADED = 3;
    public static final int RETRY = 4;
    public static final int ESCALATE = 5;
    public static final int RUNNING = 6;

    private ExitCodes() {
    }

    /** The exit code of an execution that ended with this status and, if any, policy decision. */
    public static int of(BatchStatus status, String exitStatus, Optional<Decision> decision) {
        if (Intake.INVALID_INPUT.equals(exitStatus)) {
            return USAGE;
        }
        switch (status) {
            case COMPLETED:
                if (decision.isEmpty()) {
                    return OK;
                }
                return decision.get() == Decision.PROCEED ? OK
                        : decision.get() == Decision.DEGRADED ? DEGRADED : FAILED;
            case STOPPED:
                if (decision.isPresent() && decision.get() == Decision.RETRY) {
                    return RETRY;
                }
                return decision.isPresent() && decision.get() == Decision.ESCALATE ? ESCALATE : FAILED;
            case STARTING:
            case STARTED:
            case STOPPING:
                return RUNNING;
            default:
                return FAILED;
        }
    }
}
