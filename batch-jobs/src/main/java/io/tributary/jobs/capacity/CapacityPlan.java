package io.tributary.jobs.capacity;

import java.util.List;
import java.util.Optional;

/**
 * What a workload needs, as {@link CapacityModel} works it out. Rates are per second unless the
 * name says otherwise; counts of things held at once (threads, connections, calls in flight) are
 * averages by Little's law.
 *
 * @param queriesPerSecond       arrival rate of queries
 * @param agentCallsPerSecond    agent calls started per second
 * @param agentCallsInFlight     agent calls running at once (calls per second times mean latency)
 * @param queriesInFlight        queries (jobs) running at once
 * @param queryLatencySeconds    median query latency: the slowest of its parallel calls plus the
 *                               runtime's overhead
 * @param queryLatencyP99Seconds 99th percentile of query latency
 * @param tokensPerMinute        model tokens, input and output
 * @param costPerQueryUsd        model cost of one query
 * @param costPerHourUsd         model cost per hour at this rate
 * @param batchThreads           batch threads held at once: one per job plus one per running flow
 * @param platformThreads        platform threads: batch threads, plus agent threads unless they
 *                               are virtual
 * @param dbConnectionsBusy      database connections in use at once
 * @param cpuCoresBusy           processor cores the runtime keeps busy
 * @param jvms                   JVMs planned: as given, or as many as the limits call for
 * @param jvmsGiven              true when the number of JVMs was an input
 * @param limits                 the finite resources, the first to run out first
 * @param assumptions            what the figures rest on, in words
 */
public record CapacityPlan(
        double queriesPerSecond,
        double agentCallsPerSecond,
        double agentCallsInFlight,
        double queriesInFlight,
        double queryLatencySeconds,
        double queryLatencyP99Seconds,
        double tokensPerMinute,
        double costPerQueryUsd,
        double costPerHourUsd,
        double batchThreads,
        double platformThreads,
        double dbConnectionsBusy,
        double cpuCoresBusy,
        int jvms,
        boolean jvmsGiven,
        List<Limit> limits,
        List<String> assumptions) {

    public CapacityPlan {
        limits = List.copyOf(limits);
        assumptions = List.copyOf(assumptions);
    }

    /** The resource that runs out first as the load grows, if any is finite. */
    public Optional<Limit> firstToSaturate() {
        return limits.stream().findFirst();
    }

    /** Resources the planned load overcommits even with the planned JVMs. */
    public List<Limit> exceeded() {
        return limits.stream().filter(Limit::exceeded).toList();
    }

    /** The most queries per second the planned JVMs and the provider allow. */
    public double maxQueriesPerSecond() {
        return firstToSaturate().map(Limit::maxQueriesPerSecond).orElse(Double.POSITIVE_INFINITY);
    }

    /**
     * Throughput when {@code concurrentQueries} clients each start a query as soon as their last
     * one ends (a closed loop, such as a batch scheduler with that many slots): the lesser of what
     * the clients can issue at the unloaded latency and what the first limit allows.
     */
    public double closedLoopQueriesPerSecond(int concurrentQueries) {
        if (concurrentQueries < 1) {
            throw new IllegalArgumentException("concurrent queries must be at least 1, was " + concurrentQueries);
        }
        return Math.min(concurrentQueries / queryLatencySeconds, maxQueriesPerSecond());
    }
}
