package io.tributary.core.audit;

/**
 * One row of the drill matrix.
 *
 * @param drillCase  the outcomes injected
 * @param expected   what the declared policy says must happen
 * @param observed   what the deployed job did
 * @param exitStatus the job execution's exit status, as JBeret recorded it
 * @param reason     the stored decision's reason, or why nothing was decided
 */
public record CaseResult(DrillCase drillCase, Expectation expected, Expectation observed, String exitStatus,
        String reason) {

    /** True when the job did what the policy declares. */
    public boolean passed() {
        return expected.equals(observed);
    }
}
