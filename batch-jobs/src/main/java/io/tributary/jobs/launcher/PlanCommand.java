package io.tributary.jobs.launcher;

import io.tributary.api.InvalidInputException;
import io.tributary.core.agent.AgentThreads;
import io.tributary.core.config.Settings;
import io.tributary.jobs.capacity.CapacityInputs;
import io.tributary.jobs.capacity.CapacityModel;
import io.tributary.jobs.capacity.CapacityPlan;
import io.tributary.jobs.capacity.RuntimeCost;
import io.tributary.jobs.launcher.PlanValues.DurationConverter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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

    /** How fast queries arrive: a number of users (each asking --queries-per-user-per-hour), or a rate. */
    static final class Rate {
        @Option(names = "--users", paramLabel = "N", required = true, description = "Concurrent users")
        Long users;

        @Option(names = "--query-rate", paramLabel = "PER_SECOND", required = true,
                description = "Queries per second, instead of --users")
        Double queryRate;
    }

    /** Prices: one pair, or input and output apart. */
    static final class Price {
        @Option(names = "--price", paramLabel = "IN/OUT", required = true, converter = PlanValues.PricesConverter.class,
                description = "USD per 1,000 input/output tokens, e.g. 0.0025/0.01 (one figure: the same for both)")
        PlanValues.Prices both;

        @ArgGroup(exclusive = false)
        Separate separate;
    }

    /** Input and output prices given one by one; the one not given comes from the settings. */
    static final class Separate {
        @Option(names = "--price-input", paramLabel = "USD", description = "USD per 1,000 input tokens (default: price.input.per1k)")
        Double input;

        @Option(names = "--price-output", paramLabel = "USD", description = "USD per 1,000 output tokens (default: price.output.per1k)")
        Double output;
    }

    /** Threads agent calls run on. */
    enum Threads { platform, virtual }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Rate rate;

    @Option(names = "--queries-per-user-per-hour", paramLabel = "Q", defaultValue = "1",
            description = "With --users: queries each user starts per hour (default ${DEFAULT-VALUE})")
    double queriesPerUserPerHour;

    @Option(names = "--tasks-per-query", paramLabel = "T", defaultValue = "" + CapacityInputs.DEFAULT_TASKS_PER_QUERY,
            description = "Parallel agent calls per query (default ${DEFAULT-VALUE})")
    int tasks;

    @Option(names = "--latency", paramLabel = "P50", defaultValue = "2s", converter = DurationConverter.class,
            description = "Median latency of one agent call (default ${DEFAULT-VALUE})")
    Duration latency;

    @Option(names = "--latency-p99", paramLabel = "P99", converter = DurationConverter.class,
            description = "99th percentile of one call (default: the median)")
    Duration latencyP99;

    @Option(names = "--tokens-per-task", paramLabel = "IN/OUT", defaultValue = "0/0",
            converter = PlanValues.TokensConverter.class,
            description = "Model input/output tokens per agent call (default ${DEFAULT-VALUE})")
    PlanValues.Tokens tokens;

    @ArgGroup(exclusive = true)
    Price price;

    @Option(names = "--provider-concurrency", paramLabel = "N",
            description = "Agent calls one JVM runs at once per provider, the bulkhead (default: agents.concurrency)")
    Integer providerConcurrency;

    @Option(names = "--provider-rate-limit", paramLabel = "LIMITS", converter = PlanValues.RateLimitsConverter.class,
            description = "The provider's account limits, e.g. 500rpm or 500rpm,2000000tpm (k and m suffixes allowed)")
    PlanValues.RateLimits rateLimit = new PlanValues.RateLimits(0, 0);

    @Option(names = "--db-connections-per-jvm", paramLabel = "N", description = "Connection pool per JVM (default: db.pool.size)")
    Integer dbConnections;

    @Option(names = "--threads-per-jvm", paramLabel = "N",
            description = "Batch thread bound per JVM, 0 unbounded (default: batch.threads.max)")
    Integer threads;

    @Option(names = "--jobs-per-jvm", paramLabel = "N",
            description = "Jobs one JVM runs at once, 0 no limit (default: batch.jobs.max)")
    Integer jobsPerJvm;

    @Option(names = "--cores-per-jvm", paramLabel = "N", description = "Processor cores per JVM (default: this machine's)")
    Double cores;

    @Option(names = "--agent-threads", paramLabel = "platform|virtual",
            description = "Threads of agent calls (default: agents.threads on this JVM)")
    Threads agentThreads;

    @Option(names = "--overhead-per-query", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Runtime wall time per query beyond the slowest call (default: measured, see below)")
    Duration overhead;

    @Option(names = "--cpu-per-task", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Runtime CPU per agent task (default: measured)")
    Duration cpuPerTask;

    @Option(names = "--db-time-per-task", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Database connection time per agent task (default: measured)")
    Duration dbPerTask;

    @Option(names = "--jvms", paramLabel = "N", defaultValue = "0", description = "JVMs to plan for; 0 sizes as many as needed")
    int jvms;

    @Option(names = "--target-utilisation", paramLabel = "FRACTION",
            defaultValue = "" + CapacityInputs.DEFAULT_TARGET_UTILISATION,
            description = "Share of each JVM resource to plan for (default ${DEFAULT-VALUE})")
    double utilisation;

    @Option(names = "--home", paramLabel = "DIR", description = "Work directory whose settings give the defaults")
    Path home;

    @Option(names = "--json", description = "Print one JSON object instead of text")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CapacityInputs inputs;
        try {
            inputs = inputs(Settings.load(home));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("plan: " + e.getMessage(), e);
        }
        CapacityPlan plan = CapacityModel.plan(inputs);
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("inputs", inputs);
            out.put("plan", plan);
            out.put("firstToSaturate", plan.firstToSaturate().map(l -> l.resource()).orElse(null));
            out.put("exceeded", plan.exceeded().stream().map(l -> l.resource()).toList());
            Launcher.printJson(out, spec.commandLine().getOut());
        } else {
            PlanReport.print(inputs, plan, rate.users, queriesPerUserPerHour, spec.commandLine().getOut());
        }
        return ExitCode.OK.code();
    }

    private CapacityInputs inputs(Settings settings) {
        RuntimeCost measured = RuntimeCost.MEASURED_H2;
        RuntimeCost cost = new RuntimeCost(Optional.ofNullable(overhead).orElse(measured.overheadPerQuery()),
                Optional.ofNullable(cpuPerTask).orElse(measured.cpuPerTask()),
                Optional.ofNullable(dbPerTask).orElse(measured.dbTimePerTask()));
        Separate separate = price == null || price.separate == null ? new Separate() : price.separate;
        PlanValues.Prices prices = price != null && price.both != null ? price.both : new PlanValues.Prices(
                separate.input != null ? separate.input : settings.getDouble("price.input.per1k"),
                separate.output != null ? separate.output : settings.getDouble("price.output.per1k"));
        String threadMode = agentThreads != null ? agentThreads.name() : settings.get("agents.threads");
        return CapacityInputs.builder()
                .queriesPerSecond(rate.queryRate != null ? rate.queryRate
                        : CapacityInputs.rateOf(rate.users, queriesPerUserPerHour))
                .tasksPerQuery(tasks)
                .latency(latency, latencyP99 == null ? latency : latencyP99)
                .tokensPerTask(tokens.input(), tokens.output())
                .pricePer1k(prices.input(), prices.output())
                .providerConcurrency(providerConcurrency != null ? providerConcurrency : settings.getInt("agents.concurrency"))
                .providerRateLimit(rateLimit.requestsPerMinute(), rateLimit.tokensPerMinute())
                .dbConnectionsPerJvm(dbConnections != null ? dbConnections : settings.getInt("db.pool.size"))
                .threadsPerJvm(threads != null ? threads : settings.getInt("batch.threads.max"))
                .jobsPerJvm(jobsPerJvm != null ? jobsPerJvm : settings.getInt("batch.jobs.max"))
                .coresPerJvm(cores != null ? cores : (double) Runtime.getRuntime().availableProcessors())
                .virtualAgentThreads(AgentThreads.isVirtual(threadMode))
                .runtimeCost(cost)
                .jvms(jvms)
                .targetUtilisation(utilisation)
                .build();
    }
}
