package io.tributary.it.bench;

import java.util.Arrays;

/**
 * Latency percentiles of a sample, in milliseconds (nearest-rank).
 *
 * @param count  jobs in the sample
 * @param p50Ms  median
 * @param p99Ms  99th percentile
 * @param meanMs mean
 * @param maxMs  slowest
 */
record Stats(int count, double p50Ms, double p99Ms, double meanMs, double maxMs) {

    static Stats ofNanos(long[] nanos) {
        if (nanos.length == 0) {
            return new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(Double.NaN);
        return new Stats(sorted.length, ms(rank(sorted, 0.50)), ms(rank(sorted, 0.99)), mean / 1e6,
                ms(sorted[sorted.length - 1]));
    }

    private static long rank(long[] sorted, double q) {
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
