package io.tributary.api.outcome;

/** How an agent ended in a run: a closed set. */
public enum AgentStatus {
    /** Ran and drew findings from at least one usable source. */
    SUCCEEDED,
    /** Ran, but its sources were absent or unusable; retrying cannot create evidence. */
    NO_EVIDENCE,
    /** Failed with an error (retriable or not, see the outcome's error type). */
    FAILED,
    /** Did not finish before its deadline and was abandoned. */
    TIMED_OUT,
    /** Stopped by the runtime after the quorum was met and the grace period ran out. */
    CANCELLED,
    /** Not started, or stopped, because the run-wide budget would have been exceeded. */
    BUDGET_EXCEEDED,
    /** Started and not yet ended (or its process died before it could record an end). */
    RUNNING;

    /** True when the agent delivered usable findings: the only status that counts toward a policy. */
    public boolean delivered() {
        return this == SUCCEEDED;
    }

    /** True when running the agent again may change the result. */
    public boolean retriable() {
        return this == FAILED || this == TIMED_OUT || this == RUNNING;
    }
}
