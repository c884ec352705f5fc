package io.tributary.it.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Wall time of one job at a time, the variants taking turns round by round, so that a change in
 * the machine's load (other processes) falls on all of them alike.
 */
final class LatencyComparison {

    /**
     * @param shape    the agents' latencies
     * @param rounds   measured jobs per variant
     * @param variants wall time per job of each variant, in the order they ran
     */
    record Result(String shape, int rounds, Map<String, Stats> variants) {

        Stats of(String variant) {
            return variants.get(variant);
        }
    }

    private LatencyComparison() {
    }

    static Result run(FiveAgents shape, List<Variant> variants, int warmup, int rounds) throws Exception {
        Map<String, long[]> nanos = new LinkedHashMap<>();
        variants.forEach(v -> nanos.put(v.name(), new long[rounds]));
        for (int round = -warmup; round < rounds; round++) {
            for (Variant v : variants) {
                long t0 = System.nanoTime();
                v.runJob(Math.floorMod(round, FiveAgents.TARGETS));
                long t = System.nanoTime() - t0;
                if (round >= 0) {
                    nanos.get(v.name())[round] = t;
                }
            }
        }
        Map<String, Stats> stats = new LinkedHashMap<>();
        nanos.forEach((name, n) -> stats.put(name, Stats.ofNanos(n)));
        return new Result(shape.name(), rounds, stats);
    }
}
