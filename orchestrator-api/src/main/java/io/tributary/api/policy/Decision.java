package io.tributary.api.policy;

/**
 * What a run does once its agents have ended. Each value is also the exit status job XML routes
 * on, and maps to a launcher exit code.
 */
public enum Decision {
    /** Every agent delivered: synthesise. */
    PROCEED(0),
    /** The policy is met but some agents are missing: synthesise, naming them. */
    DEGRADED(3),
    /** The policy is not met and retrying may help: stop; a restart re-runs only the missing agents. */
    RETRY(4),
    /** A person must decide: stop; a restart with {@code review=accept|reject} resumes or fails. */
    ESCALATE(5),
    /** The policy cannot be met: fail the run. */
    FAIL(1);

    private final int exitCode;

    Decision(int exitCode) {
        this.exitCode = exitCode;
    }

    /** The process exit code a launcher reports for a run that ends with this decision. */
    public int exitCode() {
        return exitCode;
    }
}
