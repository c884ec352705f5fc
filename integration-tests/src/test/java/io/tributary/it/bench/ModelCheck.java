package io.tributary.it.bench;

import io.tributary.core.agent.AgentCalls;
import io.tributary.core.agent.AgentThreads;
import io.tributary.core.bootstrap.TributaryRuntime;
import io.tributary.jobs.capacity.CapacityInputs;
import io.tributary.jobs.capacity.CapacityModel;
import io.tributary.jobs.capacity.CapacityPlan;
import io.tributary.jobs.capacity.RuntimeCost;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntSupplier;

/**
 * Checks the capacity model against the runtime. The runtime's own cost (overhead per job, CPU
 * and database time per agent task) is measured first, on other loads; the model then predicts
 * each scenario from those figures alone, and the scenario is run and measured:
 * <ol>
 * <li>a planned load: about 200 jobs and 1,000 agent calls at once, jobs arriving in an open loop
 * (as users' queries arrive) at 40 % of the processor ceiling the model predicts;</li>
 * <li>the ceiling a bulkhead sets: 40 clients, jobs of five 200 ms agents,
 * {@code agents.concurrency=10}.</li>
 * </ol>
 */
final class ModelCheck {

    /** One predicted quantity against its measurement. */
    record Row(String quantity, double predicted, double measured) {
        double errorPercent() {
            return 100.0 * (predicted - measured) / measured;
        }
    }

    /**
     * @param scenario    what ran
     * @param concurrency concurrent jobs of the closed loop
     * @param bottleneck  the limit the model says binds, or "clients" when none does
     * @param rows        predictions and measurements
     * @param failures    failed jobs
     * @param load        the machine's load average after the measurement
     */
    record Scenario(String scenario, int concurrency, String bottleneck, List<Row> rows, int failures, String load) {
    }

    /**
     * @param calibration the measured runtime cost fed to the model
     * @param scenarios   the checks
     */
    record Result(Map<String, Double> calibration, List<Scenario> scenarios) {
    }

    private static final long TOKENS = 1000;
    private static final int PLANNED_JOBS = 200;
    /** Share of the predicted processor ceiling the planned load runs at. */
    private static final double PLANNED_SHARE = 0.4;

    private final Function<Map<String, String>, TributaryRuntime> runtimes;
    private final List<Path> dossiers;
    private final String threadsMode;
    private final boolean quick;

    ModelCheck(Function<Map<String, String>, TributaryRuntime> runtimes, List<Path> dossiers, String threadsMode,
            boolean quick) {
        this.runtimes = runtimes;
        this.dossiers = dossiers;
        this.threadsMode = threadsMode;
        this.quick = quick;
    }

    Result run() throws InterruptedException {
        FiveAgents fast = FiveAgents.uniform(20, TOKENS);
        Map<String, Double> calibration = new LinkedHashMap<>();
        RuntimeCost cost;
        Scenario planned;
        // no admission limit: the planned load keeps its 200 jobs in flight at once, as the model plans them
        try (TributaryRuntime runtime = runtimes.apply(Map.of("agents.concurrency", "100000", "batch.jobs.max", "0"))) {
            TributaryJobs jobs = new TributaryJobs(runtime, fast, dossiers);
            LoadDriver.run(jobs, 8, seconds(20), seconds(1));
            cost = calibrate(runtime, jobs, fast, calibration);
            planned = planned(runtime, cost);
        }
        FiveAgents slow = FiveAgents.uniform(200, TOKENS);
        Scenario bulkheadBound;
        try (TributaryRuntime runtime = runtimes.apply(Map.of("agents.concurrency", "10"))) {
            TributaryJobs jobs = new TributaryJobs(runtime, slow, dossiers);
            LoadDriver.run(jobs, 8, seconds(10), seconds(1));
            bulkheadBound = scenario("ceiling: 40 clients, jobs of 5 x 200 ms, agents.concurrency=10", runtime, jobs,
                    slow, cost, 10, quick ? 10 : 40);
        }
        return new Result(calibration, List.of(planned, bulkheadBound));
    }

    /**
     * The runtime's own cost, measured on loads other than the ones checked: one job at a time
     * gives the overhead; {@value #PLANNED_JOBS} clients running jobs of five 20 ms agents back to
     * back (the processor saturated) give the CPU and database time per task that go into the
     * model. The runtime spends more per task the more jobs it holds (threads, lock waits,
     * connection hand-offs), so the cost is measured with as many jobs in flight as the plan
     * expects; the figures at eight at a time are recorded to show the difference.
     */
    private RuntimeCost calibrate(TributaryRuntime runtime, TributaryJobs jobs, FiveAgents shape,
            Map<String, Double> record) throws InterruptedException {
        int clients = quick ? 20 : PLANNED_JOBS;
        LoadDriver.Result one = LoadDriver.run(jobs, 1, seconds(3), seconds(8), gauges(runtime));
        LoadDriver.Result eight = LoadDriver.run(jobs, 8, seconds(3), seconds(10), gauges(runtime));
        LoadDriver.Result loaded = LoadDriver.run(jobs, clients, seconds(5), seconds(20), gauges(runtime));
        double overheadMs = one.latency().p50Ms() - shape.slowestMs();
        record.put("overhead per job, 1 job at a time (ms)", overheadMs);
        record.put("CPU per agent task, " + clients + " jobs at a time (ms)", cpuPerTaskMs(loaded));
        record.put("database connection per agent task, " + clients + " jobs at a time (ms)", dbPerTaskMs(loaded));
        record.put("jobs per second, " + clients + " jobs at a time", loaded.jobsPerSecond());
        record.put("CPU per agent task, 8 jobs at a time (ms)", cpuPerTaskMs(eight));
        record.put("database connection per agent task, 8 jobs at a time (ms)", dbPerTaskMs(eight));
        record.put("jobs per second, 8 jobs at a time", eight.jobsPerSecond());
        return new RuntimeCost(nanos(overheadMs), nanos(cpuPerTaskMs(loaded)), nanos(dbPerTaskMs(loaded)));
    }

    private static double cpuPerTaskMs(LoadDriver.Result r) {
        return r.peaks().cpuSeconds() * 1000 / (r.jobs() * (double) FiveAgents.ROLES.size());
    }

    private static double dbPerTaskMs(LoadDriver.Result r) {
        return r.peaks().gaugeMeans().get("db") * r.seconds() * 1000 / (r.jobs() * (double) FiveAgents.ROLES.size());
    }

    /**
     * About {@value #PLANNED_JOBS} jobs at once, arriving in an open loop at 40 % of the rate the
     * model says this machine's processor can take; the agents' latency is whatever keeps that
     * many jobs in flight at that rate (Little's law), so the load stays well below the ceiling.
     */
    private Scenario planned(TributaryRuntime runtime, RuntimeCost cost) throws InterruptedException {
        int inFlight = quick ? 20 : PLANNED_JOBS;
        CapacityPlan probe = CapacityModel.plan(inputs(runtime, FiveAgents.uniform(20, TOKENS), cost, 100000)
                .queriesPerSecond(1).build());
        double ceiling = probe.firstToSaturate().map(l -> l.maxQueriesPerSecond()).orElse(100.0);
        double rate = Math.max(1, Math.min(40, Math.floor(ceiling * PLANNED_SHARE)));
        FiveAgents shape = FiveAgents.uniform(Math.round(1000 * inFlight / rate), TOKENS);
        CapacityPlan plan = CapacityModel.plan(inputs(runtime, shape, cost, 100000).queriesPerSecond(rate).build());
        TributaryJobs jobs = new TributaryJobs(runtime, shape, dossiers);
        double latency = shape.slowestMs() / 1000.0;
        LoadDriver.Result m = OpenLoopDriver.run(jobs, rate, seconds(latency * 1.5), seconds(Math.max(30, latency * 2)),
                gauges(runtime));
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("throughput (jobs/s)", rate, m.jobsPerSecond()));
        rows.add(new Row("jobs in flight (mean)", plan.queriesInFlight(), m.peaks().gaugeMeans().get("jobs")));
        rows.add(new Row("mean job latency (ms)", plan.queryLatencySeconds() * 1000, m.latency().meanMs()));
        rows.add(new Row("agent calls in flight (mean)", plan.agentCallsInFlight(), m.peaks().gaugeMeans().get("calls")));
        rows.add(new Row("batch threads busy (mean)", plan.batchThreads(), m.peaks().gaugeMeans().get("batch")));
        rows.add(new Row("database connections busy (mean)", plan.dbConnectionsBusy(), m.peaks().gaugeMeans().get("db")));
        rows.add(new Row("processor cores busy", plan.cpuCoresBusy(), m.peaks().cpuSeconds() / m.seconds()));
        rows.add(new Row("cost per job (USD, cost ledger)", plan.costPerQueryUsd(),
                runtime.store().costs(jobs.lastRunId()).costUsd()));
        String name = String.format(Locale.ROOT, "planned load: %.0f jobs/s of 5 x %d ms, open loop", rate,
                shape.slowestMs());
        System.out.println("bench: model check " + name + ": " + rows);
        String bound = plan.firstToSaturate().map(l -> "none (the first to saturate would be " + l.resource() + ", at "
                + String.format(Locale.ROOT, "%.0f", l.maxQueriesPerSecond()) + " jobs/s)").orElse("none");
        return new Scenario(name, (int) Math.round(plan.queriesInFlight()), bound, rows, m.failures(),
                BenchReport.loadAverage());
    }

    private CapacityInputs.Builder inputs(TributaryRuntime runtime, FiveAgents shape, RuntimeCost cost, int bulkhead) {
        return CapacityInputs.builder().tasksPerQuery(FiveAgents.ROLES.size())
                .latency(Duration.ofMillis(shape.slowestMs()), Duration.ofMillis(shape.slowestMs()))
                .tokensPerTask(TOKENS, 0)
                .pricePer1k(runtime.settings().getDouble("price.input.per1k"),
                        runtime.settings().getDouble("price.output.per1k"))
                .providerConcurrency(bulkhead).dbConnectionsPerJvm(runtime.settings().getInt("db.pool.size"))
                .threadsPerJvm(runtime.settings().getInt("batch.threads.max"))
                .jobsPerJvm(runtime.settings().getInt("batch.jobs.max"))
                .coresPerJvm(Runtime.getRuntime().availableProcessors())
                .virtualAgentThreads(AgentThreads.isVirtual(threadsMode)).runtimeCost(cost).jvms(1)
                .targetUtilisation(1.0);
    }

    private Scenario scenario(String name, TributaryRuntime runtime, TributaryJobs jobs, FiveAgents shape,
            RuntimeCost cost, int bulkhead, int concurrency) throws InterruptedException {
        CapacityInputs.Builder in = inputs(runtime, shape, cost, bulkhead);
        double rate = CapacityModel.plan(in.queriesPerSecond(1).build()).closedLoopQueriesPerSecond(concurrency);
        CapacityPlan plan = CapacityModel.plan(in.queriesPerSecond(rate).build());
        String bottleneck = plan.firstToSaturate().filter(l -> l.maxQueriesPerSecond() <= rate * 1.0001)
                .map(l -> l.resource()).orElse("clients (" + concurrency + " at the unloaded latency)");
        double latency = concurrency / rate;
        LoadDriver.Result m = LoadDriver.run(jobs, concurrency, seconds(Math.max(5, 2 * latency)), seconds(20),
                gauges(runtime));
        double coresGot = m.peaks().cpuSeconds() / m.seconds();
        double rateOnCoresGot = CapacityModel.plan(in.coresPerJvm(coresGot).build()).closedLoopQueriesPerSecond(concurrency);
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("throughput (jobs/s)", rate, m.jobsPerSecond()));
        rows.add(new Row(String.format(Locale.ROOT, "throughput on the %.2f cores the JVM got (jobs/s)",
                coresGot), rateOnCoresGot, m.jobsPerSecond()));
        rows.add(new Row("mean job latency (ms)", latency * 1000, m.latency().meanMs()));
        rows.add(new Row("agent calls in flight (mean)", plan.agentCallsInFlight(), m.peaks().gaugeMeans().get("calls")));
        rows.add(new Row("database connections busy (mean)", plan.dbConnectionsBusy(), m.peaks().gaugeMeans().get("db")));
        rows.add(new Row("processor cores busy", plan.cpuCoresBusy(), coresGot));
        rows.add(new Row("cost per job (USD, cost ledger)", plan.costPerQueryUsd(),
                runtime.store().costs(jobs.lastRunId()).costUsd()));
        System.out.println("bench: model check " + name + ": " + rows);
        return new Scenario(name, concurrency, bottleneck, rows, m.failures(), BenchReport.loadAverage());
    }

    static Map<String, IntSupplier> gauges(TributaryRuntime runtime) {
        AgentCalls calls = runtime.bean(AgentCalls.class);
        Map<String, IntSupplier> g = new LinkedHashMap<>();
        g.put("db", () -> runtime.database().activeConnections());
        g.put("calls", () -> calls.inFlight(AgentCalls.LOCAL_PROVIDER));
        g.put("batch", () -> runtime.batchEnvironment().activeThreads());
        return g;
    }

    private Duration seconds(double s) {
        return Duration.ofMillis(Math.round((quick ? Math.min(s, 3) : s) * 1000));
    }

    private static Duration nanos(double ms) {
        return Duration.ofNanos(Math.max(0, Math.round(ms * 1e6)));
    }
}
