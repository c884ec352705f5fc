package io.tributary.jobs.launcher;

import io.tributary.api.InvalidInputException;
import io.tributary.core.agent.AgentThreads;
import io.tributary.jobs.capacity.CapacityInputs;
import io.tributary.jobs.capacity.CapacityModel;
import io.tributary.jobs.capacity.CapacityPlan;
import io.tributary.jobs.capacity.RuntimeCost;
import io.tributary.core.config.Settings;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code plan}: what a workload needs (threads, connections, tokens, money, JVMs) and what runs
 * out first, by arithmetic. Reads the settings for its defaults and starts nothing.
 */
@Command(name = "plan", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Work out the threads, database connections, tokens, cost and JVMs a workload needs, and"
                + " what saturates first. Arithmetic only: starts no runtime and no database.",
        footer = {"", "Durations: 1500ms, 2s, 1m or ISO-8601 (PT2S); a bare number is milliseconds.",
                "Example: tributary plan --users 10000 --queries-per-user-per-hour 6 --tasks-per-query 20"
                        + " --latency 2s --latency-p99 8s --tokens-per-task 2000/500 --price 0.0025/0.01"
                        + " --provider-rate-limit 30000rpm,30000000tpm"})
final class PlanCommand implements Callable<Integer> {

    @Option(names = "--users", paramLabel = "N", description = "Concurrent users")
    Long users;

    @Option(names = "--queries-per-user-per-hour", paramLabel = "Q", defaultValue = "1",
            description = "Queries each user starts per hour (default ${DEFAULT-VALUE})")
    double queriesPerUserPerHour;

    @Option(names = "--query-rate", paramLabel = "PER_SECOND", description = "Queries per second, instead of --users")
    Double queryRate;

    @Option(names = "--tasks-per-query", paramLabel = "T", defaultValue = "5",
            description = "Parallel agent calls per query (default ${DEFAULT-VALUE})")
    int tasks;

    @Option(names = "--latency", paramLabel = "P50", defaultValue = "2s",
            description = "Median latency of one agent call (default ${DEFAULT-VALUE})")
    String latency;

    @Option(names = "--latency-p99", paramLabel = "P99", description = "99th percentile of one call (default: the median)")
    String latencyP99;

    @Option(names = "--tokens-per-task", paramLabel = "IN/OUT", defaultValue = "0/0",
            description = "Model input/output tokens per agent call (default ${DEFAULT-VALUE})")
    String tokens;

    @Option(names = "--price", paramLabel = "IN/OUT",
            description = "USD per 1,000 input/output tokens, e.g. 0.0025/0.01 (one figure: the same for both)")
    String price;

    @Option(names = "--price-input", paramLabel = "USD", description = "USD per 1,000 input tokens (default: price.input.per1k)")
    Double priceInput;

    @Option(names = "--price-output", paramLabel = "USD", description = "USD per 1,000 output tokens (default: price.output.per1k)")
    Double priceOutput;

    @Option(names = "--provider-concurrency", paramLabel = "N",
            description = "Agent calls one JVM runs at once per provider, the bulkhead (default: agents.concurrency)")
    Integer providerConcurrency;

    @Option(names = "--provider-rate-limit", paramLabel = "LIMITS",
            description = "The provider's account limits, e.g. 500rpm or 500rpm,2000000tpm (k and m suffixes allowed)")
    String rateLimit;

    @Option(names = "--db-connections-per-jvm", paramLabel = "N", description = "Connection pool per JVM (default: db.pool.size)")
    Integer dbConnections;

    @Option(names = "--threads-per-jvm", paramLabel = "N",
            description = "Batch thread bound per JVM, 0 unbounded (default: batch.threads.max)")
    Integer threads;

    @Option(names = "--cores-per-jvm", paramLabel = "N", description = "Processor cores per JVM (default: this machine's)")
    Double cores;

    @Option(names = "--agent-threads", paramLabel = "platform|virtual",
            description = "Threads of agent calls (default: agents.threads on this JVM)")
    String agentThreads;

    @Option(names = "--overhead-per-query", paramLabel = "DURATION",
            description = "Runtime wall time per query beyond the slowest call (default: measured, see below)")
    String overhead;

    @Option(names = "--cpu-per-task", paramLabel = "DURATION", description = "Runtime CPU per agent task (default: measured)")
    String cpuPerTask;

    @Option(names = "--db-time-per-task", paramLabel = "DURATION",
            description = "Database connection time per agent task (default: measured)")
    String dbPerTask;

    @Option(names = "--jvms", paramLabel = "N", defaultValue = "0", description = "JVMs to plan for; 0 sizes as many as needed")
    int jvms;

    @Option(names = "--target-utilisation", paramLabel = "FRACTION", defaultValue = "0.8",
            description = "Share of each JVM resource to plan for (default ${DEFAULT-VALUE})")
    double utilisation;

    @Mixin
    CommonOptions options = new CommonOptions();

    @Override
    public Integer call() throws Exception {
        Settings settings = Settings.load(options.home);
        CapacityInputs inputs;
        try {
            inputs = inputs(settings);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("plan: " + e.getMessage(), e);
        }
        CapacityPlan plan = CapacityModel.plan(inputs);
        if (options.json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("inputs", inputs);
            out.put("plan", plan);
            out.put("firstToSaturate", plan.firstToSaturate().map(l -> l.resource()).orElse(null));
            out.put("exceeded", plan.exceeded().stream().map(l -> l.resource()).toList());
            System.out.println(Launcher.JSON.writeValueAsString(out));
        } else {
            PlanReport.print(inputs, plan, users, queriesPerUserPerHour, System.out);
        }
        return ExitCodes.OK;
    }

    private CapacityInputs inputs(Settings settings) {
        long[] io = PlanValues.tokens(tokens);
        double[] limits = rateLimit == null ? new double[2] : PlanValues.rateLimits(rateLimit);
        RuntimeCost measured = RuntimeCost.MEASURED_H2;
        RuntimeCost cost = new RuntimeCost(
                overhead == null ? measured.overheadPerQuery() : PlanValues.duration("--overhead-per-query", overhead),
                cpuPerTask == null ? measured.cpuPerTask() : PlanValues.duration("--cpu-per-task", cpuPerTask),
                dbPerTask == null ? measured.dbTimePerTask() : PlanValues.duration("--db-time-per-task", dbPerTask));
        Duration p50 = PlanValues.duration("--latency", latency);
        Double[] prices = {priceInput, priceOutput};
        if (price != null) {
            if (priceInput != null || priceOutput != null) {
                throw new InvalidInputException("plan: give --price or --price-input/--price-output, not both");
            }
            double[] p = PlanValues.prices(price);
            prices = new Double[] {p[0], p[1]};
        }
        return CapacityInputs.builder()
                .queriesPerSecond(rate())
                .tasksPerQuery(tasks)
                .latency(p50, latencyP99 == null ? p50 : PlanValues.duration("--latency-p99", latencyP99))
                .tokensPerTask(io[0], io[1])
                .pricePer1k(prices[0] != null ? prices[0] : settings.getDouble("price.input.per1k"),
                        prices[1] != null ? prices[1] : settings.getDouble("price.output.per1k"))
                .providerConcurrency(providerConcurrency != null ? providerConcurrency : settings.getInt("agents.concurrency"))
                .providerRateLimit(limits[0], limits[1])
                .dbConnectionsPerJvm(dbConnections != null ? dbConnections : settings.getInt("db.pool.size"))
                .threadsPerJvm(threads != null ? threads : settings.getInt("batch.threads.max"))
                .coresPerJvm(cores != null ? cores : (double) Runtime.getRuntime().availableProcessors())
                .virtualAgentThreads(virtual(settings))
                .runtimeCost(cost)
                .jvms(jvms)
                .targetUtilisation(utilisation)
                .build();
    }

    private double rate() {
        if ((users == null) == (queryRate == null)) {
            throw new InvalidInputException("plan: give either --users (with --queries-per-user-per-hour) or"
                    + " --query-rate, not " + (users == null ? "neither" : "both"));
        }
        return queryRate != null ? queryRate : CapacityInputs.rateOf(users, queriesPerUserPerHour);
    }

    private boolean virtual(Settings settings) {
        String mode = agentThreads != null ? agentThreads : settings.get("agents.threads");
        if (agentThreads != null && !agentThreads.equals(AgentThreads.PLATFORM) && !agentThreads.equals(AgentThreads.VIRTUAL)) {
            throw new InvalidInputException("plan: --agent-threads must be platform or virtual, was '" + agentThreads + "'");
        }
        return AgentThreads.isVirtual(mode);
    }
}
