package io.tributary.it.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.tributary.core.agent.AgentThreads;
import io.tributary.core.bootstrap.TributaryRuntime;
import io.tributary.core.config.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.function.IntSupplier;

/**
 * One JVM's benchmark: single-job latency side by side, throughput at 1, 100 and 1,000 concurrent
 * jobs, a consistency check after the loads, the capacity model's check and the real agents on the
 * Tesla dossier. Writes its results as JSON for {@link BenchReport}, which runs one of these per JDK.
 *
 * <p>Arguments: {@code --out FILE --work DIR
 * [--sections latency,throughput,sql,items,model,tesla,profile,burst,burst-profile] [--quick]};
 * {@code profile} (not run by default) records where Tributary's time goes at 100 jobs at once in a
 * flight recording beside the work directory, {@code burst} (not run by default) runs the phases of
 * {@link Burst} on a runtime of its own, and {@code burst-profile} records each of them too. The
 * agent threads come from {@code -Dbench.threads} (platform or virtual). With
 * {@code TRIBUTARY_TEST_PG_URL} (and {@code _USER}, {@code _PASSWORD}) set, the throughput section
 * also runs Tributary and the JBeret variants on that PostgreSQL database.
 */
public final class BenchRun {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** Where and how this JVM ran. */
    record Environment(String java, String vm, String threads, int cores, long maxHeapMb, String loadBefore,
            String loadAfter, Instant startedAt, Map<String, String> runtimeSettings) {
    }

    /** Everything one JVM measured; sections not run are empty or null. */
    record Results(Environment environment, List<LatencyComparison.Result> latency,
            List<LoadDriver.Result> throughput, Consistency consistency, BoundedRun bounded, ModelCheck.Result model,
            TeslaComparison.Result tesla, List<SqlCount.Result> sql, ItemRate.Result items,
            List<LoadDriver.Result> postgres, Profile.Result profile, Burst.Result burst) {
    }

    /** A burst on a runtime with a bounded batch pool, and the database checked after it. */
    record BoundedRun(LoadDriver.Result result, Consistency consistency) {
    }

    /** The sections that run on the main runtime, warmed with Spring Batch beside it. */
    private static final Set<String> MAIN_SECTIONS = Set.of("latency", "throughput", "sql", "profile", "items");

    private final Path work;
    private final boolean quick;
    private final String threads;

    private BenchRun(Path work, boolean quick, String threads) {
        this.work = work;
        this.quick = quick;
        this.threads = threads;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = BenchReport.options(args);
        Path out = Path.of(a.getOrDefault("--out", "target/bench/results.json"));
        Path work = Path.of(a.getOrDefault("--work", "target/bench/work"));
        Set<String> sections = Set.of(a.getOrDefault("--sections", "latency,throughput,sql,items,model,tesla")
                .split(","));
        String threads = System.getProperty("bench.threads", AgentThreads.isVirtual("auto") ? "virtual" : "platform");
        BenchRun run = new BenchRun(work, a.containsKey("--quick"), threads);
        BenchReport.deleteTree(work);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Results results = run.run(sections);
        JSON.writeValue(out.toFile(), results);
        System.out.println("bench: results of Java " + Runtime.version() + " written to " + out);
        System.exit(0);
    }

    private Results run(Set<String> sections) throws Exception {
        String loadBefore = BenchReport.loadAverage();
        Instant started = Instant.now();
        List<Path> dossiers = FiveAgents.dossiers(work.resolve("dossiers"));
        Map<String, String> mainSettings = Map.of("agents.concurrency", "100000");
        List<LatencyComparison.Result> latency = new ArrayList<>();
        List<LoadDriver.Result> throughput = new ArrayList<>();
        Consistency consistency = null;
        Map<String, String> shown;
        List<SqlCount.Result> sql = new ArrayList<>();
        ItemRate.Result items = null;
        Profile.Result profile = null;
        ExecutorService executor = AgentThreads.create(threads);
        boolean main = sections.stream().anyMatch(MAIN_SECTIONS::contains);
        try (TributaryRuntime runtime = main ? runtime("main", mainSettings) : null;
                SpringBatchJobs spring = main ? new SpringBatchJobs(work, runtime.settings().getInt("db.pool.size"),
                        FiveAgents.uniform(20, 1000), dossiers) : null) {
            shown = main ? runtime.settings().describe() : Map.of();
            if (main) {
                warm(runtime, spring, dossiers);
            }
            if (sections.contains("latency")) {
                latency.add(latency(runtime, spring, executor, dossiers, FiveAgents.uniform(20, 1000),
                        quick ? 10 : 100, quick ? 20 : 200));
                latency.add(latency(runtime, null, executor, dossiers, FiveAgents.staggered(1000), quick ? 1 : 2,
                        quick ? 3 : 20));
            }
            if (sections.contains("throughput")) {
                throughput.addAll(throughput(runtime, spring, executor, dossiers));
            }
            if (sections.contains("sql")) {
                sql.addAll(sql(runtime, spring, dossiers));
            }
            if (sections.contains("profile")) {
                profile = Profile.run(new TributaryJobs(runtime, FiveAgents.uniform(20, 1000), dossiers), 100,
                        Duration.ofSeconds(quick ? 10 : 30), work.resolveSibling("profile-" + threads + ".jfr"));
            }
            if (sections.contains("latency") || sections.contains("throughput")) {
                consistency = Consistency.check(runtime.database().dataSource());
                System.out.println("bench: consistency " + consistency);
            }
            if (sections.contains("items")) { // after the check: a job it stops does not complete
                items = ItemRate.run(runtime, dossiers.get(0), Duration.ofSeconds(quick ? 20 : 60));
            }
        } finally {
            executor.shutdownNow();
        }
        boolean burstProfile = sections.contains("burst-profile");
        Burst.Result burst = sections.contains("burst") || burstProfile ? burst(mainSettings, dossiers, burstProfile)
                : null;
        List<LoadDriver.Result> postgres = sections.contains("throughput") ? postgres(dossiers) : List.of();
        BoundedRun bounded = sections.contains("throughput") ? bounded(dossiers, quick ? 100 : 1000, quick ? 60 : 600)
                : null;
        ModelCheck.Result model = sections.contains("model")
                ? new ModelCheck(s -> runtime("model-" + s.get("agents.concurrency"), s), dossiers, threads, quick).run()
                : null;
        TeslaComparison.Result tesla = null;
        if (sections.contains("tesla")) {
            // the reports go beside the runtime's work directory, which the setting allows
            try (TributaryRuntime runtime = runtime("tesla", Map.of("reports.outside.home", "true"))) {
                tesla = TeslaComparison.run(runtime, teslaDossier(), work.resolve("reports"), quick ? 1 : 5,
                        quick ? 1 : 10);
            }
        }
        Environment env = new Environment(System.getProperty("java.vm.vendor") + " " + Runtime.version(),
                System.getProperty("java.vm.name"), threads, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / 1048576, loadBefore, BenchReport.loadAverage(), started, shown);
        return new Results(env, latency, throughput, consistency, bounded, model, tesla, sql, items, postgres,
                profile, burst);
    }

    /**
     * Runs jobs until the JIT has compiled the runtime's hot paths (Hibernate, H2, JBeret, Weld):
     * without this the first measurements take several times longer.
     */
    private void warm(TributaryRuntime runtime, SpringBatchJobs spring, List<Path> dossiers)
            throws InterruptedException {
        // a quick run warms for less, but not so little that Tributary's Hibernate paths are still interpreted
        LoadDriver.Result r = LoadDriver.run(new TributaryJobs(runtime, FiveAgents.uniform(20, 1000), dossiers), 8,
                Duration.ofSeconds(quick ? 40 : 150), Duration.ofSeconds(5));
        System.out.printf("bench: warmed up; last 5 s at 8 concurrent jobs: %.1f jobs/s%n", r.jobsPerSecond());
        LoadDriver.Result s = LoadDriver.run(spring, 8, Duration.ofSeconds(quick ? 10 : 30), Duration.ofSeconds(2));
        System.out.printf("bench: Spring Batch warmed up; last 2 s at 8 concurrent jobs: %.1f jobs/s%n",
                s.jobsPerSecond());
    }

    /** Single-job latency of every variant; Spring Batch's only for the shape it was built for (null: left out). */
    private LatencyComparison.Result latency(TributaryRuntime runtime, SpringBatchJobs spring, ExecutorService executor,
            List<Path> dossiers, FiveAgents shape, int warmup, int rounds) throws Exception {
        List<Variant> variants = new ArrayList<>(List.of(Baselines.sequential(shape, dossiers),
                Baselines.ideal(shape, dossiers, executor), new LangChain4jParallel(shape, dossiers, executor),
                TributaryJobs.minimal(runtime, shape, dossiers), TributaryJobs.bare(runtime, shape, dossiers)));
        if (spring != null) {
            variants.add(spring);
        }
        variants.add(new TributaryJobs(runtime, shape, dossiers));
        System.out.println("bench: latency of " + shape.name() + ", " + rounds + " rounds");
        LatencyComparison.Result r = LatencyComparison.run(shape, variants, warmup, rounds);
        System.out.println("bench: " + r);
        return r;
    }

    private List<LoadDriver.Result> throughput(TributaryRuntime runtime, SpringBatchJobs spring, ExecutorService executor,
            List<Path> dossiers) throws Exception {
        FiveAgents shape = FiveAgents.uniform(20, 1000);
        List<LoadDriver.Result> results = new ArrayList<>();
        int[] levels = quick ? new int[] {1, 20, 100} : new int[] {1, 100, 1000};
        for (int c : levels) {
            List<Variant> variants = List.of(Baselines.ideal(shape, dossiers, executor),
                    new LangChain4jParallel(shape, dossiers, executor), TributaryJobs.minimal(runtime, shape, dossiers),
                    TributaryJobs.bare(runtime, shape, dossiers), spring, new TributaryJobs(runtime, shape, dossiers));
            for (Variant v : variants) {
                results.add(load(v, c, c == levels[levels.length - 1], runtime));
            }
        }
        return results;
    }

    /** One variant at {@code c} concurrent jobs: a timed closed loop, or a burst at the largest level. */
    private LoadDriver.Result load(Variant v, int c, boolean largest, TributaryRuntime runtime) throws Exception {
        settle();
        boolean tributary = v instanceof TributaryJobs; // Tributary or a job shape on JBeret alone
        boolean durable = tributary || v instanceof SpringBatchJobs;
        Map<String, IntSupplier> gauges = tributary ? ModelCheck.gauges(runtime) : Map.of();
        LoadDriver.Result r;
        if (c >= 100 && largest) {
            r = LoadDriver.burst(v, c, durable ? 1 : 20, gauges);
        } else {
            int scale = quick ? 1 : durable ? 2 : 1;
            r = LoadDriver.run(v, c, Duration.ofSeconds((quick ? 1 : c >= 100 ? 3 : 2) * scale),
                    Duration.ofSeconds((quick ? 2 : c >= 100 ? 10 : 5) * scale), gauges);
        }
        print(r);
        return r;
    }

    /** SQL statements per job of every variant that keeps a job repository, from H2's statistics. */
    private List<SqlCount.Result> sql(TributaryRuntime runtime, SpringBatchJobs spring, List<Path> dossiers)
            throws Exception {
        FiveAgents shape = FiveAgents.uniform(20, 1000);
        int jobs = quick ? 10 : 30;
        javax.sql.DataSource db = runtime.database().dataSource();
        return List.of(SqlCount.count(db, TributaryJobs.minimal(runtime, shape, dossiers), jobs),
                SqlCount.count(db, TributaryJobs.bare(runtime, shape, dossiers), jobs),
                SqlCount.count(spring.dataSource(), spring, jobs),
                SqlCount.count(db, new TributaryJobs(runtime, shape, dossiers), jobs));
    }

    /**
     * Tributary and the two JBeret variants with everything on PostgreSQL, when the environment
     * names a server ({@code TRIBUTARY_TEST_PG_URL}, as the PostgreSQL tests do); none otherwise.
     */
    private List<LoadDriver.Result> postgres(List<Path> dossiers) throws Exception {
        String url = System.getenv("TRIBUTARY_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            System.out.println("bench: TRIBUTARY_TEST_PG_URL not set, no PostgreSQL figures");
            return List.of();
        }
        FiveAgents shape = FiveAgents.uniform(20, 1000);
        Map<String, String> s = Map.of("agents.concurrency", "100000", "db.url", url,
                "db.user", System.getenv().getOrDefault("TRIBUTARY_TEST_PG_USER", ""),
                "db.password", System.getenv().getOrDefault("TRIBUTARY_TEST_PG_PASSWORD", ""));
        List<LoadDriver.Result> results = new ArrayList<>();
        try (TributaryRuntime pg = runtime("postgres", s)) {
            LoadDriver.run(new TributaryJobs(pg, shape, dossiers), 8, Duration.ofSeconds(quick ? 5 : 30),
                    Duration.ofSeconds(1));
            for (int c : new int[] {1, 100}) {
                for (TributaryJobs v : List.of(TributaryJobs.minimal(pg, shape, dossiers),
                        TributaryJobs.bare(pg, shape, dossiers), new TributaryJobs(pg, shape, dossiers))) {
                    results.add(load(v.on(pg, ", PostgreSQL"), c, false, pg));
                }
            }
        }
        return results;
    }

    /**
     * Loops of 100 jobs and bursts of 1,000 in turn ({@link Burst}) on a runtime of its own with the
     * throughput section's settings, warmed first; with {@code burst-profile}, a flight recording of
     * each phase beside the work directory.
     */
    private Burst.Result burst(Map<String, String> settings, List<Path> dossiers, boolean profile) throws Exception {
        try (TributaryRuntime runtime = runtime("burst", settings)) {
            TributaryJobs jobs = new TributaryJobs(runtime, FiveAgents.uniform(20, 1000), dossiers);
            LoadDriver.run(jobs, 8, Duration.ofSeconds(quick ? 20 : 40), Duration.ofSeconds(5));
            LoadDriver.Result r = LoadDriver.run(jobs, Burst.LOOP, Duration.ofSeconds(quick ? 10 : 20),
                    Duration.ofSeconds(5));
            System.out.printf("bench: burst runtime warmed up; last 5 s at %d concurrent jobs: %.1f jobs/s%n",
                    Burst.LOOP, r.jobsPerSecond());
            return Burst.run(runtime, jobs, quick, profile ? work.getParent() : null);
        }
    }

    /**
     * 1,000 jobs at once on a runtime whose batch pool is bounded: the flows queue for threads
     * instead of each job taking six.
     */
    private BoundedRun bounded(List<Path> dossiers, int clients, int threads) throws Exception {
        FiveAgents shape = FiveAgents.uniform(20, 1000);
        try (TributaryRuntime runtime = runtime("bounded", Map.of("agents.concurrency", "100000",
                "batch.threads.max", Integer.toString(threads)))) {
            TributaryJobs jobs = new TributaryJobs(runtime, shape, dossiers, "Tributary, batch.threads.max=" + threads);
            LoadDriver.run(jobs, 20, Duration.ofSeconds(quick ? 2 : 8), Duration.ofSeconds(1));
            settle();
            LoadDriver.Result r = LoadDriver.burst(jobs, clients, 1, ModelCheck.gauges(runtime));
            print(r);
            Consistency c = Consistency.check(runtime.database().dataSource());
            System.out.println("bench: consistency with a bounded pool " + c);
            return new BoundedRun(r, c);
        }
    }

    private static void print(LoadDriver.Result r) {
        System.out.printf("bench: %-34s c=%-5d %8.1f jobs/s p50 %8.1f ms p99 %8.1f ms threads %5d heap %6.0f MB"
                + " failures %d%n", r.variant(), r.concurrency(), r.jobsPerSecond(), r.latency().p50Ms(),
                r.latency().p99Ms(), r.peaks().peakThreads(), r.peaks().peakHeapMb(), r.failures());
    }

    private TributaryRuntime runtime(String name, Map<String, String> overrides) {
        Map<String, String> s = new HashMap<>(overrides);
        s.put("agents.threads", threads);
        return TributaryRuntime.start(Settings.load(work.resolve("home-" + name), Map.of(), new Properties(), s));
    }

    private static Path teslaDossier() throws IOException {
        Path p = Path.of(System.getProperty("bench.tesla", "../batch-jobs/samples/tesla")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(p.resolve("target.json"))) {
            throw new IOException("The Tesla dossier is not at " + p + "; set -Dbench.tesla=<dir>");
        }
        return p;
    }

    /** Lets the previous load's threads and garbage go before the next one. */
    static void settle() throws InterruptedException {
        System.gc();
        Thread.sleep(500);
    }
}
