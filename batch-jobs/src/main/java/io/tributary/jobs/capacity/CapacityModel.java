package io.tributary.jobs.capacity;

import io.tributary.jobs.capacity.Limit.Scope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Works out what a parallel-agent workload needs by arithmetic, so that a plan that looks fine
 * for ten users is checked at ten thousand before it is built. Things held while in use (threads,
 * connections, agent calls in flight, cores) follow Little's law: held at once = arrival rate x
 * time held. A query fans out into parallel agent calls and waits for the slowest; its job holds
 * one batch thread for itself and one per running flow. Resources of a JVM grow with the number
 * of JVMs; a provider's rate limits do not.
 */
public final class CapacityModel {

    private CapacityModel() {
    }

    public static CapacityPlan plan(CapacityInputs in) {
        double rate = in.queriesPerSecond();
        int tasks = in.tasksPerQuery();
        double overhead = LatencyDistribution.seconds(in.runtimeCost().overheadPerQuery());
        double callMean = in.latency().meanSeconds();
        double latency = overhead + in.latency().slowestOfSeconds(tasks, 0.5);
        double latencyP99 = overhead + in.latency().slowestOfSeconds(tasks, 0.99);
        double tokensPerTask = in.inputTokensPerTask() + in.outputTokensPerTask();
        double costPerQuery = tasks * (in.inputTokensPerTask() * in.priceInputPer1k()
                + in.outputTokensPerTask() * in.priceOutputPer1k()) / 1000.0;

        List<Demand> demands = List.of(
                new Demand("provider request rate limit", Scope.GLOBAL, "requests/min", tasks * 60.0,
                        in.providerRequestsPerMinute()),
                new Demand("provider token rate limit", Scope.GLOBAL, "tokens/min", tasks * tokensPerTask * 60.0,
                        in.providerTokensPerMinute()),
                new Demand("provider concurrency (bulkhead)", Scope.JVM, "calls in flight", tasks * callMean,
                        in.providerConcurrency()),
                new Demand("batch threads", Scope.JVM, "threads", (1 + tasks) * latency, in.threadsPerJvm()),
                new Demand("jobs admitted at once", Scope.JVM, "jobs", latency, in.jobsPerJvm()),
                new Demand("database connections", Scope.JVM, "connections",
                        tasks * LatencyDistribution.seconds(in.runtimeCost().dbTimePerTask()), in.dbConnectionsPerJvm()),
                new Demand("processor", Scope.JVM, "cores",
                        tasks * LatencyDistribution.seconds(in.runtimeCost().cpuPerTask()), in.coresPerJvm()));
        List<Demand> finite = demands.stream().filter(d -> d.perQuery() > 0 && d.capacity() > 0).toList();
        int jvms = in.jvms() > 0 ? in.jvms() : finite.stream().mapToInt(d -> d.jvmsNeeded(rate, in.targetUtilisation()))
                .max().orElse(1);
        jvms = Math.max(1, jvms);
        final int planned = jvms;
        List<Limit> limits = new ArrayList<>(finite.stream()
                .map(d -> d.limit(rate, planned, in.targetUtilisation())).toList());
        limits.sort(Comparator.comparingDouble(Limit::maxQueriesPerSecond));

        double batchThreads = rate * (1 + tasks) * latency;
        double callsInFlight = rate * tasks * callMean;
        return new CapacityPlan(rate, rate * tasks, callsInFlight, rate * latency, latency, latencyP99,
                rate * tasks * tokensPerTask * 60.0, costPerQuery, costPerQuery * rate * 3600.0, batchThreads,
                batchThreads + (in.virtualAgentThreads() ? 0 : callsInFlight),
                rate * tasks * LatencyDistribution.seconds(in.runtimeCost().dbTimePerTask()),
                rate * tasks * LatencyDistribution.seconds(in.runtimeCost().cpuPerTask()), jvms, in.jvms() > 0,
                limits, assumptions(in, demands));
    }

    /** The demand one query puts on a resource, and the resource's capacity (0: unbounded). */
    private record Demand(String resource, Scope scope, String unit, double perQuery, double capacity) {

        int jvmsNeeded(double rate, double utilisation) {
            return scope == Scope.GLOBAL ? 0 : (int) Math.ceil(rate * perQuery / (capacity * utilisation) - 1e-9);
        }

        Limit limit(double rate, int jvms, double utilisation) {
            double total = scope == Scope.GLOBAL ? capacity : capacity * jvms;
            return new Limit(resource, scope, unit, perQuery, capacity, total, rate * perQuery, total / perQuery,
                    jvmsNeeded(rate, utilisation));
        }
    }

    private static List<String> assumptions(CapacityInputs in, List<Demand> demands) {
        List<String> a = new ArrayList<>();
        a.add("Little's law: things held at once = arrival rate x time held; averages, not peaks (bursts need the"
                + " headroom of the target utilisation, " + percent(in.targetUtilisation()) + ")");
        a.add("each query makes " + in.tasksPerQuery() + " agent calls in parallel and waits for the slowest");
        a.add(in.latency().p99().equals(in.latency().p50())
                ? "agent call latency fixed at " + in.latency().p50().toMillis() + " ms"
                : "agent call latency log-normal with p50 " + in.latency().p50().toMillis() + " ms and p99 "
                        + in.latency().p99().toMillis() + " ms");
        a.add("a job holds one batch thread for itself and one per running flow (" + (1 + in.tasksPerQuery())
                + " while its agents run), for the whole query");
        a.add("a job counts against the JVM's admission limit (batch.jobs.max) for the whole query; jobs beyond it"
                + " wait, so at the planned utilisation none does");
        a.add(in.virtualAgentThreads() ? "agent calls run on virtual threads (Java 21+): no platform thread each"
                : "each agent call runs on its own platform thread (Java 17) while its flow's thread waits");
        a.add("runtime overhead " + in.runtimeCost().overheadPerQuery().toMillis() + " ms per query, "
                + millis(in.runtimeCost().cpuPerTask()) + " ms CPU and " + millis(in.runtimeCost().dbTimePerTask())
                + " ms of a database connection per agent task; agents' own CPU not counted (remote models)");
        a.add("the bulkhead (agents.concurrency) is per JVM and per provider; a provider's rate limits are for the"
                + " whole account and more JVMs do not raise them");
        for (Demand d : demands) {
            if (d.perQuery() > 0 && d.capacity() == 0) {
                a.add(d.resource() + ": unbounded, not a limit here");
            }
        }
        return a;
    }

    private static String percent(double v) {
        return String.format(Locale.ROOT, "%.0f %%", v * 100);
    }

    private static String millis(java.time.Duration d) {
        return String.format(Locale.ROOT, "%.2f", d.toNanos() / 1e6);
    }
}
