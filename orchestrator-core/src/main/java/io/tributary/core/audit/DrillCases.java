package io.tributary.core.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cases of a drill: every combination of outcome kinds over the job's roles while their number
 * stays within a bound, otherwise a pairwise covering array ({@link CoveringArray}) plus the edge
 * cases in which every role has the same outcome (all succeed, all fail, ...).
 *
 * @param cases      the cases, numbered from 1
 * @param exhaustive true when every combination is there
 * @param method     how they were chosen, as the report says it
 */
public record DrillCases(List<DrillCase> cases, boolean exhaustive, String method) {

    /**
     * The default bound on the number of cases. Every combination for the shipped job (five roles over
     * five outcomes) is 3,125 cases, about 25 minutes on a busy 2-core machine; above the bound the
     * drill takes the pairwise covering array (38 cases, under a minute there).
     */
    public static final int DEFAULT_MAX_CASES = 500;
    /** The seed of the covering array's free cells, fixed so that the same job gives the same cases. */
    public static final long DEFAULT_SEED = 18L;

    public DrillCases {
        cases = List.copyOf(cases);
    }

    /** The cases for {@code roles} over {@code kinds}, exhaustive up to {@code maxCases}. */
    public static DrillCases of(List<String> roles, List<FaultKind> kinds, int maxCases, long seed) {
        if (roles.isEmpty() || kinds.isEmpty()) {
            throw new IllegalArgumentException("a drill needs at least one agent role and one outcome kind");
        }
        if (maxCases < 1) {
            throw new IllegalArgumentException("--max-cases must be at least 1, was " + maxCases);
        }
        double all = Math.pow(kinds.size(), roles.size());
        String overBudget = kinds.contains(FaultKind.OVER_BUDGET) ? "" : "; " + FaultKind.COMBINED_WITHOUT_OVER_BUDGET;
        if (all <= maxCases) {
            return new DrillCases(number(exhaustive(roles, kinds)), true,
                    "every combination of " + kinds.size() + " outcomes over " + roles.size() + " roles" + overBudget);
        }
        int[] levels = new int[roles.size()];
        java.util.Arrays.fill(levels, kinds.size());
        Set<Map<String, FaultKind>> chosen = new LinkedHashSet<>();
        for (FaultKind k : kinds) {
            Map<String, FaultKind> same = new LinkedHashMap<>();
            roles.forEach(r -> same.put(r, k));
            chosen.add(same);
        }
        for (int[] row : CoveringArray.pairwise(levels, seed)) {
            Map<String, FaultKind> c = new LinkedHashMap<>();
            for (int i = 0; i < row.length; i++) {
                c.put(roles.get(i), kinds.get(row[i]));
            }
            chosen.add(c);
        }
        return new DrillCases(number(List.copyOf(chosen)), false, CoveringArray.ALGORITHM + " covering array of"
                + " strength " + CoveringArray.STRENGTH + " (seed " + seed + ") over " + kinds.size()
                + " outcomes and " + roles.size() + " roles, plus every role with the same outcome, because "
                + (long) all + " combinations exceed the bound of " + maxCases + overBudget);
    }

    private static List<Map<String, FaultKind>> exhaustive(List<String> roles, List<FaultKind> kinds) {
        List<Map<String, FaultKind>> out = new ArrayList<>();
        out.add(new LinkedHashMap<>());
        for (String role : roles) {
            List<Map<String, FaultKind>> next = new ArrayList<>();
            for (Map<String, FaultKind> partial : out) {
                for (FaultKind k : kinds) {
                    Map<String, FaultKind> c = new LinkedHashMap<>(partial);
                    c.put(role, k);
                    next.add(c);
                }
            }
            out = next;
        }
        return out;
    }

    private static List<DrillCase> number(List<Map<String, FaultKind>> faults) {
        List<DrillCase> out = new ArrayList<>();
        for (int i = 0; i < faults.size(); i++) {
            out.add(new DrillCase(i + 1, faults.get(i)));
        }
        return out;
    }
}
