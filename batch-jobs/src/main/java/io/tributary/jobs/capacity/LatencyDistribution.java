package io.tributary.jobs.capacity;

import java.time.Duration;

/**
 * The latency of one agent call, known by its median and 99th percentile and taken to be
 * log-normal (latencies of remote calls are skewed to the right). A query waits for the slowest of
 * its parallel calls, so what matters for a query is a quantile of the maximum of {@code n} calls:
 * {@code P(max <= x) = F(x)^n}. With p99 equal to p50 the latency is fixed and every quantile is
 * the median.
 */
public record LatencyDistribution(Duration p50, Duration p99) {

    /** The standard normal quantile at 0.99. */
    static final double Z99 = 2.3263478740408408;

    public LatencyDistribution {
        if (p50 == null || p50.isNegative() || p50.isZero()) {
            throw new IllegalArgumentException("latency p50 must be more than zero, was " + p50);
        }
        p99 = p99 == null ? p50 : p99;
        if (p99.compareTo(p50) < 0) {
            throw new IllegalArgumentException("latency p99 (" + p99 + ") must not be below p50 (" + p50 + ")");
        }
    }

    /** A fixed latency. */
    public static LatencyDistribution fixed(Duration latency) {
        return new LatencyDistribution(latency, latency);
    }

    /** Seconds at the given quantile (0 &lt; q &lt; 1) of one call. */
    public double quantileSeconds(double q) {
        double median = seconds(p50);
        return sigma() == 0 ? median : median * Math.exp(sigma() * NormalQuantile.of(q));
    }

    /** Seconds at quantile {@code q} of the slowest of {@code n} independent calls. */
    public double slowestOfSeconds(int n, double q) {
        return quantileSeconds(Math.pow(q, 1.0 / n));
    }

    /** Mean seconds of one call (the log-normal mean, {@code median * exp(sigma^2 / 2)}). */
    public double meanSeconds() {
        return seconds(p50) * Math.exp(sigma() * sigma() / 2);
    }

    private double sigma() {
        return Math.log(seconds(p99) / seconds(p50)) / Z99;
    }

    static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }
}
