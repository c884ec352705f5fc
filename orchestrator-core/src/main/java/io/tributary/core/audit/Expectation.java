package io.tributary.core.audit;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a drill case must end with, or what it did end with.
 *
 * @param decision    PROCEED, DEGRADED, RETRY, ESCALATE or FAIL
 * @param batchStatus the job execution's batch status (COMPLETED, STOPPED or FAILED)
 * @param exitCode    the launcher's exit code for it
 * @param recalled    for RETRY: the roles a restart calls again; empty otherwise
 * @param restarted   for RETRY: the decision of that restart; empty otherwise
 */
public record Expectation(String decision, String batchStatus, int exitCode, Set<String> recalled,
        String restarted) {

    public Expectation {
        recalled = Collections.unmodifiableSortedSet(new TreeSet<>(recalled));
        restarted = restarted == null ? "" : restarted;
    }

    /** An end without a restart. */
    public static Expectation of(String decision, String batchStatus, int exitCode) {
        return new Expectation(decision, batchStatus, exitCode, Set.of(), "");
    }

    /** The outcome in one line, as the audit report's matrix shows it. */
    public String describe() {
        return decision + " (" + batchStatus + ", exit " + exitCode + ")"
                + (decision.equals("RETRY") ? "; restart calls " + (recalled.isEmpty() ? "none" : String.join(",", recalled))
                + " and ends " + restarted : "");
    }
}
