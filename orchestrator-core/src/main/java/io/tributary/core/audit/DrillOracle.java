package io.tributary.core.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The decision a drill case must end with, worked out from the declared policy's written meaning
 * (README "Partial-failure policy" and {@code FailurePolicy}), on its own and without the runtime's
 * evaluator, so that an evaluator that decides otherwise shows up as a mismatch:
 * <ol>
 * <li>only a delivery counts: NO_EVIDENCE never counts and never makes a run retry;</li>
 * <li>every agent delivered: PROCEED (exit 0);</li>
 * <li>the rule holds with agents missing: DEGRADED (exit 3);</li>
 * <li>the rule does not hold, but would if the agents that failed retriably or timed out delivered,
 * and restarts remain: RETRY (exit 4), a stop whose restart calls again every agent that failed or
 * timed out (retriably or not: the store keeps only deliveries and no-evidence as settled);</li>
 * <li>otherwise ESCALATE (exit 5, stopped) or FAIL (exit 1, failed), as {@code onUnmet} says.</li>
 * </ol>
 * Over-budget is a delivery by the agent that spent the tokens.
 */
public final class DrillOracle {

    private final DeclaredPolicy policy;

    public DrillOracle(DeclaredPolicy policy) {
        this.policy = policy;
    }

    /** The expected end of a first run whose roles behave as {@code faults} say, with a restart if it is RETRY. */
    public Expectation expect(Map<String, FaultKind> faults) {
        return expect(faults, 0);
    }

    /** The expected end of a run whose roles behave as {@code faults} say, after {@code restartsSoFar} RETRYs. */
    Expectation expect(Map<String, FaultKind> faults, int restartsSoFar) {
        Set<String> delivered = roles(faults, Set.of(FaultKind.SUCCEEDED, FaultKind.OVER_BUDGET));
        Set<String> couldDeliver = new TreeSet<>(delivered);
        couldDeliver.addAll(roles(faults, Set.of(FaultKind.FAILED_RETRIABLE, FaultKind.TIMED_OUT)));
        int agents = faults.size();
        if (delivered.size() == agents) {
            return Expectation.of("PROCEED", "COMPLETED", 0);
        }
        if (policy.satisfiedBy(delivered, agents)) {
            return Expectation.of("DEGRADED", "COMPLETED", 3);
        }
        boolean retryHelps = couldDeliver.size() > delivered.size() && policy.satisfiedBy(couldDeliver, agents);
        if (retryHelps && restartsSoFar < policy.maxRestarts()) {
            Set<String> recalled = new TreeSet<>();
            faults.forEach((role, kind) -> {
                if (kind.callsAgainOnRestart()) {
                    recalled.add(role);
                }
            });
            return new Expectation("RETRY", "STOPPED", 4, recalled, expect(faults, restartsSoFar + 1).decision());
        }
        return policy.escalate() ? Expectation.of("ESCALATE", "STOPPED", 5)
                : Expectation.of("FAIL", "FAILED", 1);
    }

    private static Set<String> roles(Map<String, FaultKind> faults, Set<FaultKind> kinds) {
        Map<String, FaultKind> copy = new LinkedHashMap<>(faults);
        copy.values().removeIf(k -> !kinds.contains(k));
        return new TreeSet<>(copy.keySet());
    }
}
