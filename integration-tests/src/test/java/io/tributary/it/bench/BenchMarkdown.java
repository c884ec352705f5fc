package io.tributary.it.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The benchmark's report in Markdown: one table per question, every JDK side by side, then the targets. */
final class BenchMarkdown {

    /** The targets: ratio to JBeret minimal and to Spring Batch at 100 jobs at once, ms over the ideal, SQL, items/s. */
    static final double TARGET_RATIO_TO_MINIMAL = 0.5;
    static final double TARGET_RATIO_TO_SPRING = 2;
    static final double TARGET_OVERHEAD_MS = 3;
    static final double TARGET_SQL_PER_JOB = 40;
    static final double TARGET_ITEMS_PER_SECOND = 1000;
    static final String TRIBUTARY = "Tributary";

    private final StringBuilder md = new StringBuilder();

    private BenchMarkdown() {
    }

    static String render(List<BenchRun.Results> runs, String command, String machine) {
        BenchMarkdown r = new BenchMarkdown();
        r.header(runs, command, machine);
        r.latency(runs);
        r.throughput(runs);
        r.ratios(runs);
        r.postgres(runs);
        r.sql(runs);
        r.items(runs);
        r.profile(runs);
        runs.stream().filter(run -> run.burst() != null)
                .forEach(run -> Burst.markdown(jdk(run), run.burst()).forEach(r::line));
        r.consistency(runs);
        r.model(runs);
        r.tesla(runs);
        r.targets(runs);
        return r.md.toString();
    }

    private void header(List<BenchRun.Results> runs, String command, String machine) {
        line("# Tributary benchmark");
        line("");
        line("Machine: " + machine + ". Command: `" + command + "`.");
        for (BenchRun.Results r : runs) {
            BenchRun.Environment e = r.environment();
            line("- " + jdk(r) + ": " + e.vm() + ", max heap " + e.maxHeapMb() + " MB, started " + e.startedAt()
                    + ", load average before " + e.loadBefore() + ", after " + e.loadAfter());
        }
        line("");
        line("A shared machine: other processes ran at the same time, so figures are noisy. Latencies are"
                + " medians and 99th percentiles over many jobs; single-job variants take turns round by round so"
                + " that load changes fall on all alike. Tributary runs `it-five` (intake, five agent flows of"
                + " one step each, policy decision, final step) through `JobOperator` on a warm runtime with the"
                + " JDBC job repository and result store on an H2 file, `agents.concurrency=100000` (the bulkhead"
                + " off, as the baselines have none) and the other settings as shipped. Every variant calls the same"
                + " agent (`ScriptedAgent`, sleeping its latency) on the same executor kind. JBeret alone runs the"
                + " same job shape (`it-five-bare`) on the same runtime's JBeret, thread pool and JDBC job"
                + " repository, calling the agent on the batch thread and storing nothing else: the floor that"
                + " the batch runtime itself sets for Tributary's job shape. JBeret minimal (`it-five-minimal`) is five"
                + " parallel batchlet steps and a final step on the same JBeret, pool and JDBC job repository, nothing"
                + " else stored: the floor of any design on JBeret. Spring Batch 6 runs the minimal shape (five tasklet"
                + " steps in a split on an unbounded `TaskExecutor`, a final step) with its JDBC job repository on an H2"
                + " file of its own behind a HikariCP pool of Tributary's size (`db.pool.size`).");
        line("");
    }

    private void latency(List<BenchRun.Results> runs) {
        for (BenchRun.Results run : runs) {
            for (LatencyComparison.Result r : run.latency()) {
                line("## One job at a time: " + r.shape() + " (" + jdk(run) + ", " + r.rounds() + " jobs each)");
                line("");
                line("| variant | median ms | p99 ms | over ideal, median | ratio to ideal | speedup over sequential |");
                line("|---|---:|---:|---:|---:|---:|");
                Stats ideal = r.of("ideal (allOf)");
                Stats seq = r.of("sequential");
                for (var e : r.variants().entrySet()) {
                    Stats s = e.getValue();
                    line("| " + e.getKey() + " | " + f1(s.p50Ms()) + " | " + f1(s.p99Ms()) + " | "
                            + signed(s.p50Ms() - ideal.p50Ms()) + " ms | " + f2(s.p50Ms() / ideal.p50Ms()) + " | "
                            + f2(seq.p50Ms() / s.p50Ms()) + "x |");
                }
                line("");
            }
        }
    }

    private void throughput(List<BenchRun.Results> runs) {
        if (runs.stream().allMatch(r -> r.throughput().isEmpty())) {
            return;
        }
        line("## Throughput: five 20 ms agents, closed loop of N concurrent jobs");
        line("");
        line("Peak threads are live platform threads (virtual threads are not counted), the load driver's own"
                + " client threads excluded; peak heap is sampled every 5 ms, garbage included; live heap is"
                + " the most heap still in use right after a collection.");
        line("");
        line("| JDK, agent threads | concurrent jobs | variant | jobs/s | p50 ms | p99 ms | peak threads |"
                + " peak heap MB | live heap MB | failures |");
        line("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|");
        for (BenchRun.Results run : runs) {
            List<LoadDriver.Result> rows = new ArrayList<>(run.throughput());
            if (run.bounded() != null) {
                rows.add(run.bounded().result());
            }
            for (LoadDriver.Result r : rows) {
                line("| " + jdk(run) + " | " + r.concurrency() + " | " + r.variant() + " | " + f0(r.jobs() / r.seconds())
                        + " | " + f1(r.latency().p50Ms()) + " | " + f1(r.latency().p99Ms()) + " | "
                        + r.peaks().peakThreads() + " | " + f0(r.peaks().peakHeapMb()) + " | "
                        + (r.peaks().peakLiveHeapMb() < 0 ? "no GC" : f0(r.peaks().peakLiveHeapMb())) + " | " + r.failures()
                        + (r.firstError() == null ? "" : " (" + r.firstError() + ")") + " |");
            }
        }
        line("");
        line("The largest level is a burst: every client starts at the same instant and runs a fixed number of"
                + " jobs (the variants with a job repository 1, the others 20); jobs/s is all jobs over the time until the"
                + " last ended.");
        line("");
    }

    private void ratios(List<BenchRun.Results> runs) {
        if (runs.stream().allMatch(r -> r.throughput().isEmpty())) {
            return;
        }
        line("## Ratios within each run: Tributary's throughput over the other durable variants");
        line("");
        line("| JDK, agent threads | concurrent jobs | Tributary jobs/s | / JBeret minimal | / JBeret alone |"
                + " / Spring Batch 6 | JBeret alone / JBeret minimal |");
        line("|---|---:|---:|---:|---:|---:|---:|");
        for (BenchRun.Results run : runs) {
            for (LoadDriver.Result t : run.throughput()) {
                if (!t.variant().equals(TRIBUTARY)) {
                    continue;
                }
                double minimal = rate(run.throughput(), TributaryJobs.MINIMAL, t.concurrency());
                double bare = rate(run.throughput(), TributaryJobs.BARE, t.concurrency());
                double spring = rate(run.throughput(), SpringBatchJobs.NAME, t.concurrency());
                line("| " + jdk(run) + " | " + t.concurrency() + " | " + f0(t.jobsPerSecond()) + " | "
                        + f2(t.jobsPerSecond() / minimal) + "x | " + f2(t.jobsPerSecond() / bare) + "x | "
                        + f2(t.jobsPerSecond() / spring) + "x | " + f2(bare / minimal) + "x |");
            }
        }
        line("");
    }

    private void postgres(List<BenchRun.Results> runs) {
        if (runs.stream().allMatch(r -> r.postgres() == null || r.postgres().isEmpty())) {
            line("No PostgreSQL figures: `TRIBUTARY_TEST_PG_URL` was not set.");
            line("");
            return;
        }
        line("## On PostgreSQL: job repository and result store on the server `TRIBUTARY_TEST_PG_URL` names");
        line("");
        line("| JDK, agent threads | concurrent jobs | variant | jobs/s | p50 ms | p99 ms | failures | Tributary / this |");
        line("|---|---:|---|---:|---:|---:|---:|---:|");
        for (BenchRun.Results run : runs) {
            List<LoadDriver.Result> pg = run.postgres() == null ? List.of() : run.postgres();
            for (LoadDriver.Result r : pg) {
                double tributary = rate(pg, TRIBUTARY + ", PostgreSQL", r.concurrency());
                line("| " + jdk(run) + " | " + r.concurrency() + " | " + r.variant() + " | " + f0(r.jobsPerSecond())
                        + " | " + f1(r.latency().p50Ms()) + " | " + f1(r.latency().p99Ms()) + " | " + r.failures()
                        + " | " + f2(tributary / r.jobsPerSecond()) + "x |");
            }
        }
        line("");
    }

    private void sql(List<BenchRun.Results> runs) {
        if (runs.stream().allMatch(r -> r.sql() == null || r.sql().isEmpty())) {
            return;
        }
        line("## SQL statements per job (five 20 ms agents, one item each, jobs one after another)");
        line("");
        line("Counted by H2 (`SET QUERY_STATISTICS TRUE`, the executions in `INFORMATION_SCHEMA.QUERY_STATISTICS`"
                + " before and after): every statement the database ran, the runtime's lease renewals included.");
        line("");
        line("| JDK | variant | jobs | statements per job |");
        line("|---|---|---:|---:|");
        for (BenchRun.Results run : runs) {
            for (SqlCount.Result r : run.sql() == null ? List.<SqlCount.Result>of() : run.sql()) {
                line("| " + jdk(run) + " | " + r.variant() + " | " + r.jobs() + " | " + f1(r.perJob()) + " |");
            }
        }
        line("");
        topStatements(runs);
    }

    /** Tributary's most frequent statements, by table: where its statements per job go. */
    private void topStatements(List<BenchRun.Results> runs) {
        line("Tributary's " + SqlCount.TOP + " most frequent statements, by table:");
        line("");
        line("| JDK | table | kind | per job | statement |");
        line("|---|---|---|---:|---|");
        for (BenchRun.Results run : runs) {
            for (SqlCount.Result r : run.sql() == null ? List.<SqlCount.Result>of() : run.sql()) {
                if (r.variant().equals(TRIBUTARY) && r.top() != null) {
                    r.top().forEach(t -> line("| " + jdk(run) + " | " + t.table() + " | " + t.kind() + " | "
                            + f1(t.perJob()) + " | `" + t.sql().replace("|", "\\|") + "` |"));
                }
            }
        }
        line("");
    }

    private void items(List<BenchRun.Results> runs) {
        if (runs.stream().allMatch(r -> r.items() == null)) {
            return;
        }
        line("## Items per second of one agent");
        line("");
        line("A Tributary job whose `" + ItemRate.AGENT + "` agent has " + f0(ItemRate.ITEMS) + " small items (no"
                + " latency, one finding each), committed item by item as an agent's items are; stopped when its time is up.");
        line("");
        line("| JDK | items settled | seconds | ended | items/s |");
        line("|---|---:|---:|---|---:|");
        for (BenchRun.Results run : runs) {
            ItemRate.Result r = run.items();
            if (r != null) {
                line("| " + jdk(run) + " | " + r.items() + " | " + f1(r.seconds()) + " | "
                        + (r.finished() ? "finished" : "stopped") + " | " + f0(r.itemsPerSecond()) + " |");
            }
        }
        line("");
    }

    private void profile(List<BenchRun.Results> runs) {
        for (BenchRun.Results run : runs) {
            Profile.Result p = run.profile();
            if (p == null) {
                continue;
            }
            line("## Where " + p.variant() + "'s time goes at " + p.concurrency() + " jobs at once (" + jdk(run) + ")");
            line("");
            line("Execution samples of a flight recording (`" + Path.of(p.recording()).getFileName() + "`), " + p.samples()
                    + " in all, each counted once under the first area its stack shows.");
            line("");
            line("| area | samples | share |");
            line("|---|---:|---:|");
            p.areas().forEach((k, v) -> line("| " + k + " | " + v + " | " + f1(100.0 * v / p.samples()) + " % |"));
            line("");
            line("Longest waits (threads parked or blocked on a monitor over 1 ms, summed):");
            line("");
            p.parkedMs().entrySet().stream().limit(8).forEach(e -> line("- " + e.getKey() + ": " + f0(e.getValue())
                    + " ms"));
            line("");
        }
    }

    private static double rate(List<LoadDriver.Result> results, String variant, int concurrency) {
        return results.stream().filter(r -> r.variant().equals(variant) && r.concurrency() == concurrency)
                .mapToDouble(LoadDriver.Result::jobsPerSecond).findFirst().orElse(Double.NaN);
    }

    private void consistency(List<BenchRun.Results> runs) {
        if (runs.stream().allMatch(r -> r.consistency() == null)) {
            return;
        }
        line("## Nothing lost: the database after all the loads above");
        line("");
        line("Jobs cycle through " + FiveAgents.TARGETS + " targets, so at 1,000 concurrent jobs every agent of"
                + " 100 of them updates the same risk-register row under its row lock; each run's cost ledger takes"
                + " the updates of its five agents at once.");
        line("");
        line("| JDK | job executions | not completed | findings stored | findings in risk registers |"
                + " register mismatches | ledger mismatches | lost updates |");
        line("|---|---:|---:|---:|---:|---:|---:|---|");
        for (BenchRun.Results run : runs) {
            consistencyRow(jdk(run), run.consistency());
            if (run.bounded() != null) {
                consistencyRow(jdk(run) + ", bounded batch pool", run.bounded().consistency());
            }
        }
        line("");
    }

    private void consistencyRow(String label, Consistency c) {
        if (c != null) {
            line("| " + label + " | " + c.executions() + " | " + c.notCompleted() + " | " + c.findingsStored()
                    + " | " + c.findingsInRegisters() + " | " + c.registerMismatches() + " | " + c.ledgerMismatches()
                    + " | " + (c.noLostUpdate() ? "none" : "**YES**") + " |");
        }
    }

    private void model(List<BenchRun.Results> runs) {
        for (BenchRun.Results run : runs) {
            ModelCheck.Result m = run.model();
            if (m == null) {
                continue;
            }
            line("## Capacity model against the runtime (" + jdk(run) + ")");
            line("");
            StringBuilder cal = new StringBuilder("The runtime's own cost, measured first on other loads (the overhead"
                    + " at one job at a time, CPU and database time per task with 200 clients running jobs of five 20 ms"
                    + " agents go into the model): ");
            m.calibration().forEach((k, v) -> cal.append(k).append(" ").append(f2(v)).append("; "));
            line(cal.toString().replaceAll("; $", "."));
            line("");
            for (ModelCheck.Scenario s : m.scenarios()) {
                line("**" + s.scenario() + "**. Binding limit according to the model: " + s.bottleneck() + ". "
                        + s.failures() + " failures; load average afterwards " + s.load() + ".");
                line("");
                line("| quantity | predicted | measured | error |");
                line("|---|---:|---:|---:|");
                for (ModelCheck.Row row : s.rows()) {
                    line("| " + row.quantity() + " | " + f2(row.predicted()) + " | " + f2(row.measured()) + " | "
                            + signed(row.errorPercent()) + " % |");
                }
                line("");
            }
        }
    }

    private void tesla(List<BenchRun.Results> runs) {
        if (runs.stream().allMatch(r -> r.tesla() == null)) {
            return;
        }
        line("## Real agents on the Tesla dossier");
        line("");
        line("| JDK | due-diligence job, median ms | its agent phase, median ms | five agents one after another,"
                + " median ms | speedup of the agent phase | agents alone, median ms |");
        line("|---|---:|---:|---:|---:|---|");
        for (BenchRun.Results run : runs) {
            TeslaComparison.Result t = run.tesla();
            if (t != null) {
                StringBuilder per = new StringBuilder();
                t.perAgentMs().forEach((k, v) -> per.append(k).append(" ").append(f0(v)).append(", "));
                line("| " + jdk(run) + " | " + f0(t.jobWall().p50Ms()) + " | " + f0(t.jobAgents().p50Ms()) + " | "
                        + f0(t.sequential().p50Ms()) + " | " + f2(t.sequential().p50Ms() / t.jobAgents().p50Ms()) + "x | "
                        + per.toString().replaceAll(", $", "") + " |");
            }
        }
        line("");
    }

    private void targets(List<BenchRun.Results> runs) {
        line("## Targets");
        line("");
        for (BenchRun.Results run : runs) {
            String j = "- " + jdk(run) + ": ";
            double t100 = rate(run.throughput(), TRIBUTARY, 100);
            if (!Double.isNaN(t100)) {
                double minimal = t100 / rate(run.throughput(), TributaryJobs.MINIMAL, 100);
                double spring = t100 / rate(run.throughput(), SpringBatchJobs.NAME, 100);
                line(j + "100 jobs at once, at least " + f2(TARGET_RATIO_TO_MINIMAL) + "x JBeret minimal: " + f2(minimal)
                        + "x, " + verdict(minimal >= TARGET_RATIO_TO_MINIMAL));
                line(j + "100 jobs at once, at least " + f0(TARGET_RATIO_TO_SPRING) + "x Spring Batch 6: " + f2(spring)
                        + "x, " + verdict(spring >= TARGET_RATIO_TO_SPRING));
            }
            run.latency().stream().filter(r -> r.shape().equals("5 x 20 ms")).findFirst().ifPresent(r -> {
                double over = r.of(TRIBUTARY).p50Ms() - r.of("ideal (allOf)").p50Ms();
                line(j + "one job at a time, at most " + f0(TARGET_OVERHEAD_MS) + " ms over the ideal: " + f1(over)
                        + " ms, " + verdict(over <= TARGET_OVERHEAD_MS));
            });
            if (run.sql() != null) {
                run.sql().stream().filter(r -> r.variant().equals(TRIBUTARY)).findFirst().ifPresent(r -> line(j
                        + "at most " + f0(TARGET_SQL_PER_JOB) + " SQL statements per job: " + f1(r.perJob()) + ", "
                        + verdict(r.perJob() <= TARGET_SQL_PER_JOB)));
            }
            run.throughput().stream().filter(r -> r.concurrency() == 1000 && r.variant().equals(TRIBUTARY)).findFirst()
                    .ifPresent(r -> line(j + "1,000 jobs at once with the default settings, at least the 100-at-once"
                            + " figure with no failure and no lost update: " + f0(r.jobsPerSecond()) + " jobs/s against "
                            + f0(t100) + ", " + r.failures() + " failures, " + r.peaks().peakThreads()
                            + " peak platform threads, " + verdict(r.jobsPerSecond() >= t100 && r.failures() == 0
                                    && run.consistency() != null && run.consistency().noLostUpdate())));
            if (run.items() != null) {
                line(j + "at least " + f0(TARGET_ITEMS_PER_SECOND) + " items/s of one agent: "
                        + f0(run.items().itemsPerSecond()) + ", "
                        + verdict(run.items().itemsPerSecond() >= TARGET_ITEMS_PER_SECOND));
            }
        }
        line("");
    }

    private static String jdk(BenchRun.Results r) {
        String v = r.environment().java();
        String feature = v.replaceAll("^.* (\\d+)[.+].*$", "$1");
        return "Java " + feature + " (" + r.environment().threads() + ")";
    }

    private static String verdict(boolean met) {
        return met ? "**met**" : "**not met**";
    }

    private void line(String s) {
        md.append(s).append('\n');
    }

    private static String f0(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    private static String f1(double v) {
        return String.format(Locale.ROOT, "%,.1f", v);
    }

    private static String f2(double v) {
        return String.format(Locale.ROOT, "%,.2f", v);
    }

    private static String signed(double v) {
        return String.format(Locale.ROOT, "%+,.1f", v);
    }
}
