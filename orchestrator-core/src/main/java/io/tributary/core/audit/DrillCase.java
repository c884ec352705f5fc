package io.tributary.core.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One drill case: the outcome each agent role is made to produce.
 *
 * @param number its number in the drill, from 1
 * @param faults the outcome per role, in the job's role order
 */
public record DrillCase(int number, Map<String, FaultKind> faults) {

    public DrillCase {
        faults = Collections.unmodifiableMap(new LinkedHashMap<>(faults));
    }

    /** The case as the report's matrix names it ({@code financials=SUCCEEDED press=TIMED_OUT ...}). */
    public String describe() {
        return faults.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }
}
