package io.tributary.jobs.capacity;

import java.time.Duration;

/**
 * A workload and the resources it runs on, as the capacity model takes them. Built with
 * {@link #builder()}; every value is checked when built.
 *
 * @param queriesPerSecond            arrival rate of queries (jobs), all users together
 * @param tasksPerQuery               parallel agent calls per query
 * @param latency                     latency of one agent call
 * @param inputTokensPerTask          model input tokens per agent call
 * @param outputTokensPerTask         model output tokens per agent call
 * @param priceInputPer1k             USD per 1,000 input tokens
 * @param priceOutputPer1k            USD per 1,000 output tokens
 * @param providerConcurrency         the bulkhead: agent calls one JVM lets run at once against one
 *                                    provider ({@code agents.concurrency}); 0 for unbounded
 * @param providerRequestsPerMinute   the provider's request rate limit for the whole account; 0 for none
 * @param providerTokensPerMinute     the provider's token rate limit for the whole account; 0 for none
 * @param dbConnectionsPerJvm         connection pool size per JVM ({@code db.pool.size}); 0 for unbounded
 * @param threadsPerJvm               bound of the batch thread pool per JVM
 *                                    ({@code batch.threads.max}); 0 for unbounded
 * @param jobsPerJvm                  jobs one JVM runs at once ({@code batch.jobs.max}); more wait
 *                                    for a running one to end; 0 for no limit
 * @param coresPerJvm                 processor cores each JVM gets (a container may get a fraction)
 * @param virtualAgentThreads         agent calls run on virtual threads (Java 21+), which cost no
 *                                    platform thread
 * @param runtimeCost                 the runtime's own cost per query and per task
 * @param jvms                        how many JVMs share the load; 0 to size as many as needed
 * @param targetUtilisation           the share of each JVM resource to plan for (headroom for
 *                                    bursts), above 0 and at most 1
 */
public record CapacityInputs(
        double queriesPerSecond,
        int tasksPerQuery,
        LatencyDistribution latency,
        long inputTokensPerTask,
        long outputTokensPerTask,
        double priceInputPer1k,
        double priceOutputPer1k,
        int providerConcurrency,
        double providerRequestsPerMinute,
        double providerTokensPerMinute,
        int dbConnectionsPerJvm,
        int threadsPerJvm,
        int jobsPerJvm,
        double coresPerJvm,
        boolean virtualAgentThreads,
        RuntimeCost runtimeCost,
        int jvms,
        double targetUtilisation) {

    public static final int DEFAULT_TASKS_PER_QUERY = 5;
    public static final int DEFAULT_CORES_PER_JVM = 2;
    public static final double DEFAULT_TARGET_UTILISATION = 0.8;

    public CapacityInputs {
        positive("query rate", queriesPerSecond);
        atLeast("tasks per query", tasksPerQuery, 1);
        if (latency == null) {
            throw new IllegalArgumentException("latency is required");
        }
        atLeast("input tokens per task", inputTokensPerTask, 0);
        atLeast("output tokens per task", outputTokensPerTask, 0);
        notNegative("input price", priceInputPer1k);
        notNegative("output price", priceOutputPer1k);
        atLeast("provider concurrency", providerConcurrency, 0);
        notNegative("provider requests per minute", providerRequestsPerMinute);
        notNegative("provider tokens per minute", providerTokensPerMinute);
        atLeast("database connections per JVM", dbConnectionsPerJvm, 0);
        atLeast("threads per JVM", threadsPerJvm, 0);
        atLeast("jobs per JVM", jobsPerJvm, 0);
        positive("cores per JVM", coresPerJvm);
        if (runtimeCost == null) {
            throw new IllegalArgumentException("runtime cost is required");
        }
        atLeast("JVMs", jvms, 0);
        if (!(targetUtilisation > 0 && targetUtilisation <= 1)) {
            throw new IllegalArgumentException("target utilisation must be above 0 and at most 1, was "
                    + targetUtilisation);
        }
    }

    /** Queries per second from a number of users and how often each asks. */
    public static double rateOf(long users, double queriesPerUserPerHour) {
        atLeast("users", users, 1);
        positive("queries per user per hour", queriesPerUserPerHour);
        return users * queriesPerUserPerHour / 3600.0;
    }

    public static Builder builder() {
        return new Builder();
    }

    private static void positive(String what, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(what + " must be more than zero, was " + v);
        }
    }

    private static void notNegative(String what, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(what + " must be zero or more, was " + v);
        }
    }

    private static void atLeast(String what, long v, long min) {
        if (v < min) {
            throw new IllegalArgumentException(what + " must be at least " + min + ", was " + v);
        }
    }

    /** Builds inputs; values not set keep the defaults named in each setter. */
    public static final class Builder {
        private double queriesPerSecond;
        private int tasksPerQuery = DEFAULT_TASKS_PER_QUERY;
        private LatencyDistribution latency;
        private long inputTokens;
        private long outputTokens;
        private double priceInput;
        private double priceOutput;
        private int providerConcurrency;
        private double requestsPerMinute;
        private double tokensPerMinute;
        private int dbConnections;
        private int threads;
        private int jobs;
        private double cores = DEFAULT_CORES_PER_JVM;
        private boolean virtualAgentThreads;
        private RuntimeCost runtimeCost = RuntimeCost.MEASURED_H2;
        private int jvms;
        private double targetUtilisation = DEFAULT_TARGET_UTILISATION;

        private Builder() {
        }

        public Builder queriesPerSecond(double v) {
            queriesPerSecond = v;
            return this;
        }

        public Builder users(long users, double queriesPerUserPerHour) {
            return queriesPerSecond(rateOf(users, queriesPerUserPerHour));
        }

        /** Default {@value #DEFAULT_TASKS_PER_QUERY}. */
        public Builder tasksPerQuery(int v) {
            tasksPerQuery = v;
            return this;
        }

        public Builder latency(Duration p50, Duration p99) {
            latency = new LatencyDistribution(p50, p99);
            return this;
        }

        /** Default none. */
        public Builder tokensPerTask(long input, long output) {
            inputTokens = input;
            outputTokens = output;
            return this;
        }

        /** Default free. */
        public Builder pricePer1k(double input, double output) {
            priceInput = input;
            priceOutput = output;
            return this;
        }

        /** Default 0: unbounded. */
        public Builder providerConcurrency(int v) {
            providerConcurrency = v;
            return this;
        }

        /** Default no limit (0). */
        public Builder providerRateLimit(double requestsPerMinute, double tokensPerMinute) {
            this.requestsPerMinute = requestsPerMinute;
            this.tokensPerMinute = tokensPerMinute;
            return this;
        }

        /** Default 0: unbounded. */
        public Builder dbConnectionsPerJvm(int v) {
            dbConnections = v;
            return this;
        }

        /** Default 0: unbounded. */
        public Builder threadsPerJvm(int v) {
            threads = v;
            return this;
        }

        /** Default 0: no limit. */
        public Builder jobsPerJvm(int v) {
            jobs = v;
            return this;
        }

        /** Default {@value #DEFAULT_CORES_PER_JVM}. */
        public Builder coresPerJvm(double v) {
            cores = v;
            return this;
        }

        /** Default false: platform threads. */
        public Builder virtualAgentThreads(boolean v) {
            virtualAgentThreads = v;
            return this;
        }

        /** Default {@link RuntimeCost#MEASURED_H2}. */
        public Builder runtimeCost(RuntimeCost v) {
            runtimeCost = v;
            return this;
        }

        /** Default 0: as many as needed. */
        public Builder jvms(int v) {
            jvms = v;
            return this;
        }

        /** Default {@value #DEFAULT_TARGET_UTILISATION}. */
        public Builder targetUtilisation(double v) {
            targetUtilisation = v;
            return this;
        }

        public CapacityInputs build() {
            return new CapacityInputs(queriesPerSecond, tasksPerQuery, latency, inputTokens, outputTokens, priceInput,
                    priceOutput, providerConcurrency, requestsPerMinute, tokensPerMinute, dbConnections, threads, jobs, cores,
                    virtualAgentThreads, runtimeCost, jvms, targetUtilisation);
        }
    }
}
